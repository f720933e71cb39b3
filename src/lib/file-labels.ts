import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

const KIND_LABELS: Record<string, () => string> = {
	debtors: m.imports_kind_debtors,
	contacts: m.imports_kind_contacts,
	invoices: m.imports_kind_invoices,
	payments: m.imports_kind_payments,
	statement: m.imports_kind_statement
};

export const importKindLabel = (kind: string) => KIND_LABELS[kind]?.() ?? kind;

const OUTCOMES: Record<string, (inputs?: object, options?: { locale?: Locale }) => string> = {
	queued: m.history_outcome_queued,
	sending: m.history_outcome_sending,
	sent: m.history_outcome_sent,
	delivered: m.history_outcome_delivered,
	failed: m.history_outcome_failed,
	bounced: m.history_outcome_bounced,
	to_check: m.history_outcome_to_check,
	to_print: m.history_outcome_to_print,
	cancelled: m.history_outcome_cancelled
};

export const DELIVERY_OUTCOMES = Object.keys(OUTCOMES);
export const outcomeLabel = (status: string) => OUTCOMES[status]?.() ?? status;
/** In a given language: a file made in the background, in the language of whoever asked for it. */
export const outcomeLabelIn = (status: string, locale: Locale) => OUTCOMES[status]?.({}, { locale }) ?? status;

/** Export format types, in the order the admin picks from. */
export const typeLabels: Record<string, (inputs?: object, options?: { locale?: Locale }) => string> = {
	relance: m.formats_type_relance,
	unpaid: m.formats_type_unpaid,
	no_contact: m.formats_type_no_contact,
	debtors: m.imports_kind_debtors,
	contacts: m.imports_kind_contacts,
	invoices: m.imports_kind_invoices,
	payments: m.imports_kind_payments
};
