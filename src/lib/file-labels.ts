import { m } from '$lib/paraglide/messages';

const KIND_LABELS: Record<string, () => string> = {
	debtors: m.imports_kind_debtors,
	contacts: m.imports_kind_contacts,
	invoices: m.imports_kind_invoices,
	payments: m.imports_kind_payments,
	statement: m.imports_kind_statement
};

export const importKindLabel = (kind: string) => KIND_LABELS[kind]?.() ?? kind;
