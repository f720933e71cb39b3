import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import {
	contacts,
	debtorEvents,
	debtorGroups,
	debtorPauses,
	debtors,
	deliveries,
	groups,
	invoices,
	organisations,
	outbox,
	payments,
	reminderEvents,
	reminderInvoices,
	reminderRecipients,
	reminders,
	scenarioRuns,
	users,
	type RunEntry
} from '../db/schema';
import type { Actor } from '../auth/actor';
import { readStoredText } from '$lib/stored-text';
import { actionLabel, channelLabel, deliveryLabel, statusLabel } from '$lib/reminder-labels';
import { contactRoleLabel } from '$lib/role-labels';
import { isUuid } from '$lib/validation/ids';
import { dayIn } from '../clock';
import { m } from '$lib/paraglide/messages';
import { recordDebtorEvent } from './events';

export interface PersonalDataFile {
	fileName: string;
	body: Uint8Array;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const instant = (at: Date | null) => at?.toISOString() ?? null;
const fullName = (c: { civility: string; firstName: string; lastName: string }) =>
	[c.civility, c.firstName, c.lastName].filter(Boolean).join(' ');
/** The address a delivery on this channel goes to: the contact's, as the sending history shows it. */
function addressFor(channel: string, c: typeof contacts.$inferSelect): string {
	if (channel === 'email') return c.email ?? '';
	if (channel === 'sms') return c.mobilePhone ?? '';
	return [c.addressLine1, c.addressLine2, `${c.postalCode} ${c.city}`.trim(), c.country].filter(Boolean).join(', ');
}

/**
 * Everything the organisation holds on one debtor and his contacts, as one JSON file in the
 * reader's language, for the debtor who asks for it. The export is written in the debtor's
 * history in the same transaction: no file leaves without its line.
 */
export async function exportPersonalData(db: Db, actor: Actor, debtorId: string): Promise<PersonalDataFile | null> {
	if (!isUuid(debtorId)) return null;
	return db.transaction(async (tx) => {
		const [debtor] = await tx
			.select({ debtor: debtors, organisationName: organisations.name, today: dayIn(organisations.timezone) })
			.from(debtors)
			.innerJoin(organisations, eq(organisations.id, debtors.organisationId))
			.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, actor.organisationId)));
		if (!debtor) return null;
		await recordDebtorEvent(tx, {
			organisationId: actor.organisationId,
			debtorId,
			actorId: actor.userId,
			action: 'personal_data_exported'
		});
		const content = await collect(tx, actor, debtor.debtor, debtor.organisationName);
		return {
			fileName: m.privacy_file_name({ account: debtor.debtor.accountNumber, date: debtor.today }),
			body: new TextEncoder().encode(JSON.stringify(content, null, 2) + '\n')
		};
	});
}

async function collect(
	tx: Tx,
	actor: Actor,
	debtor: typeof debtors.$inferSelect,
	organisationName: string
): Promise<Json> {
	const [actorRow] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
	const groupRows = await tx
		.select({ name: groups.name })
		.from(debtorGroups)
		.innerJoin(groups, eq(groups.id, debtorGroups.groupId))
		.where(eq(debtorGroups.debtorId, debtor.id))
		.orderBy(asc(groups.name));
	const people = await tx
		.select()
		.from(contacts)
		.where(and(eq(contacts.debtorId, debtor.id), eq(contacts.organisationId, actor.organisationId)))
		.orderBy(asc(contacts.createdAt), asc(contacts.id));
	const contactOf = new Map(people.map((c) => [c.id, c]));
	const invoiceRows = await tx
		.select()
		.from(invoices)
		.where(and(eq(invoices.debtorId, debtor.id), eq(invoices.organisationId, actor.organisationId)))
		.orderBy(asc(invoices.dueDate), asc(invoices.number));
	const paymentRows = await tx
		.select({ payment: payments, invoiceNumber: invoices.number })
		.from(payments)
		.leftJoin(invoices, eq(invoices.id, payments.invoiceId))
		.where(and(eq(payments.debtorId, debtor.id), eq(payments.organisationId, actor.organisationId)))
		.orderBy(asc(payments.paidOn), asc(payments.createdAt));
	const [pause] = await tx
		.select()
		.from(debtorPauses)
		.where(and(eq(debtorPauses.debtorId, debtor.id), eq(debtorPauses.organisationId, actor.organisationId)));

	return {
		[m.privacy_key_file()]: {
			[m.privacy_key_organisation()]: organisationName,
			[m.privacy_key_exported_at()]: new Date().toISOString(),
			[m.privacy_key_exported_by()]: actorRow?.name ?? null
		},
		[m.privacy_key_debtor()]: {
			[m.privacy_key_account()]: debtor.accountNumber,
			[m.privacy_key_name()]: debtor.name,
			[m.privacy_key_lease()]: debtor.leaseReference,
			[m.privacy_key_groups()]: groupRows.map((g) => g.name),
			[m.privacy_key_created_at()]: instant(debtor.createdAt),
			[m.privacy_key_updated_at()]: instant(debtor.updatedAt),
			[m.privacy_key_erased_at()]: instant(debtor.erasedAt)
		},
		[m.privacy_key_contacts()]: people.map((c) => ({
			[m.privacy_key_civility()]: c.civility,
			[m.privacy_key_first_name()]: c.firstName,
			[m.privacy_key_last_name()]: c.lastName,
			[m.privacy_key_role()]: contactRoleLabel(c.role),
			[m.privacy_key_email()]: c.email,
			[m.privacy_key_email_check()]: c.emailCheck === null ? null : readStoredText(c.emailCheckReason) || c.emailCheck,
			[m.privacy_key_mobile()]: c.mobilePhone,
			[m.privacy_key_address_line1()]: c.addressLine1,
			[m.privacy_key_address_line2()]: c.addressLine2,
			[m.privacy_key_postal_code()]: c.postalCode,
			[m.privacy_key_city()]: c.city,
			[m.privacy_key_country()]: c.country,
			[m.privacy_key_consents()]: {
				[channelLabel('email')]: c.consentEmail,
				[channelLabel('letter')]: c.consentLetter,
				[channelLabel('sms')]: c.consentSms
			},
			[m.privacy_key_reference()]: c.externalRef,
			[m.privacy_key_created_at()]: instant(c.createdAt),
			[m.privacy_key_updated_at()]: instant(c.updatedAt)
		})),
		[m.privacy_key_invoices()]: invoiceRows.map((i) => ({
			[m.privacy_key_number()]: i.number,
			[m.privacy_key_issue_date()]: i.issueDate,
			[m.privacy_key_due_date()]: i.dueDate,
			[m.privacy_key_amount()]: euros(i.amountCents),
			[m.privacy_key_paid()]: euros(i.paidCents),
			[m.privacy_key_level()]: i.reminderLevel,
			[m.privacy_key_last_reminder()]: instant(i.lastReminderAt),
			[m.privacy_key_tags()]: i.tags
		})),
		[m.privacy_key_payments()]: paymentRows.map(({ payment: p, invoiceNumber }) => ({
			[m.privacy_key_amount()]: euros(p.amountCents),
			[m.privacy_key_paid_on()]: p.paidOn,
			[m.privacy_key_invoice()]: invoiceNumber,
			[m.privacy_key_reference()]: p.reference || p.externalRef,
			[m.privacy_key_created_at()]: instant(p.createdAt)
		})),
		[m.privacy_key_pause()]: pause
			? {
					[m.privacy_key_until()]: pause.until,
					[m.privacy_key_promised()]: euros(pause.promisedCents),
					[m.privacy_key_note()]: pause.note,
					[m.privacy_key_created_at()]: instant(pause.createdAt)
				}
			: null,
		[m.privacy_key_reminders()]: await reminderSection(tx, actor.organisationId, debtor.id, contactOf),
		[m.privacy_key_history()]: await historySection(tx, actor.organisationId, debtor.id),
		[m.privacy_key_run_reports()]: await runSection(tx, actor.organisationId, debtor.id)
	};
}

/** His reminders, each with what it said, to whom and by which channel, and what became of each sending. */
async function reminderSection(
	tx: Tx,
	organisationId: string,
	debtorId: string,
	contactOf: Map<string, typeof contacts.$inferSelect>
): Promise<Json[]> {
	const rows = await tx
		.select()
		.from(reminders)
		.where(and(eq(reminders.debtorId, debtorId), eq(reminders.organisationId, organisationId)))
		.orderBy(asc(reminders.createdAt), asc(reminders.id));
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const [recipientRows, invoiceRows, deliveryRows] = await Promise.all([
		tx.select().from(reminderRecipients).where(inArray(reminderRecipients.reminderId, ids)),
		tx
			.select({
				reminderId: reminderInvoices.reminderId,
				number: invoices.number,
				levelAtSend: reminderInvoices.levelAtSend
			})
			.from(reminderInvoices)
			.innerJoin(invoices, eq(invoices.id, reminderInvoices.invoiceId))
			.where(inArray(reminderInvoices.reminderId, ids))
			.orderBy(asc(invoices.number)),
		tx
			.select({ delivery: deliveries, subject: outbox.subject, text: outbox.text })
			.from(deliveries)
			.leftJoin(outbox, eq(outbox.deliveryId, deliveries.id))
			.where(and(inArray(deliveries.reminderId, ids), eq(deliveries.organisationId, organisationId)))
			.orderBy(asc(deliveries.createdAt), asc(deliveries.id))
	]);
	const name = (contactId: string) => {
		const c = contactOf.get(contactId);
		return c ? fullName(c) : null;
	};
	return rows.map((r) => ({
		[m.privacy_key_subject()]: r.shortDescription,
		[m.privacy_key_description()]: r.description,
		[m.privacy_key_status()]: statusLabel(r.status),
		[m.privacy_key_status_reason()]: readStoredText(r.statusReason),
		[m.privacy_key_send_date()]: r.sendDate,
		[m.privacy_key_sent_at()]: instant(r.sentAt),
		[m.privacy_key_created_at()]: instant(r.createdAt),
		[m.privacy_key_recipients()]: recipientRows
			.filter((p) => p.reminderId === r.id)
			.map((p) => ({
				[m.privacy_key_contact()]: name(p.contactId),
				[m.privacy_key_channels()]: p.channels.map(channelLabel)
			})),
		[m.privacy_key_invoices()]: invoiceRows
			.filter((i) => i.reminderId === r.id)
			.map((i) => ({ [m.privacy_key_number()]: i.number, [m.privacy_key_level_at_send()]: i.levelAtSend })),
		[m.privacy_key_content()]: {
			[m.privacy_key_email_subject()]: r.content.emailSubject,
			[m.privacy_key_email_header()]: r.content.emailHeader,
			[m.privacy_key_email_body()]: r.content.emailBody,
			[m.privacy_key_email_footer()]: r.content.emailFooter,
			[m.privacy_key_sms_text()]: r.content.smsText,
			[m.privacy_key_letter_subject()]: r.content.letterSubject ?? '',
			[m.privacy_key_letter_body()]: r.content.letterBody
		},
		[m.privacy_key_deliveries()]: deliveryRows
			.filter(({ delivery }) => delivery.reminderId === r.id)
			.map(({ delivery: d, subject, text }) => {
				const contact = contactOf.get(d.contactId);
				return {
					[m.privacy_key_channel()]: channelLabel(d.channel),
					[m.privacy_key_contact()]: contact ? fullName(contact) : null,
					[m.privacy_key_address_used()]: contact ? addressFor(d.channel, contact) : null,
					[m.privacy_key_status()]: deliveryLabel(d.status),
					[m.privacy_key_created_at()]: instant(d.createdAt),
					[m.privacy_key_sent_at()]: instant(d.sentAt),
					[m.privacy_key_provider_id()]: d.providerMessageId,
					[m.privacy_key_registered_number()]: d.registeredNumber,
					[m.privacy_key_error()]: readStoredText(d.lastError),
					// What left, as written, when it was kept (without a provider, in the outbox).
					[m.privacy_key_message()]:
						text === null ? null : { [m.privacy_key_email_subject()]: subject, [m.privacy_key_text()]: text }
				};
			})
	}));
}

/** Every line of his history: his reminders' and his own (exports and erasures of his data). */
async function historySection(tx: Tx, organisationId: string, debtorId: string): Promise<Json[]> {
	const [reminderLines, debtorLines] = await Promise.all([
		tx
			.select({ event: reminderEvents, reminder: reminders.shortDescription, actorName: users.name })
			.from(reminderEvents)
			.innerJoin(reminders, eq(reminders.id, reminderEvents.reminderId))
			.leftJoin(users, eq(users.id, reminderEvents.actorId))
			.where(and(eq(reminderEvents.organisationId, organisationId), eq(reminderEvents.debtorId, debtorId))),
		tx
			.select({ event: debtorEvents, actorName: users.name })
			.from(debtorEvents)
			.leftJoin(users, eq(users.id, debtorEvents.actorId))
			.where(and(eq(debtorEvents.organisationId, organisationId), eq(debtorEvents.debtorId, debtorId)))
	]);
	const lines = [
		...reminderLines.map(({ event: e, reminder, actorName }) => ({
			at: e.at,
			line: {
				[m.privacy_key_date()]: instant(e.at),
				[m.privacy_key_reminder()]: reminder,
				[m.privacy_key_action()]: actionLabel(e.action),
				[m.privacy_key_by()]: actorName,
				[m.privacy_key_from_status()]: e.fromStatus && statusLabel(e.fromStatus),
				[m.privacy_key_to_status()]: e.toStatus && statusLabel(e.toStatus),
				[m.privacy_key_reason()]: readStoredText(e.reason),
				[m.privacy_key_changes()]: (e.changes ?? null) as Json
			} as { [key: string]: Json }
		})),
		...debtorLines.map(({ event: e, actorName }) => ({
			at: e.at,
			line: {
				[m.privacy_key_date()]: instant(e.at),
				[m.privacy_key_action()]:
					e.action === 'personal_data_erased' ? m.privacy_event_erased() : m.privacy_event_exported(),
				[m.privacy_key_by()]: actorName
			}
		}))
	];
	return lines.sort((a, b) => a.at.getTime() - b.at.getTime()).map((l) => l.line);
}

/** The lines of scenario run reports that name him. */
async function runSection(tx: Tx, organisationId: string, debtorId: string): Promise<Json[]> {
	const runs = await tx
		.select({ startedAt: scenarioRuns.startedAt, details: scenarioRuns.details })
		.from(scenarioRuns)
		.where(
			and(eq(scenarioRuns.organisationId, organisationId), sql`${scenarioRuns.details}::text like ${`%${debtorId}%`}`)
		)
		.orderBy(asc(scenarioRuns.startedAt));
	const his = (entries: RunEntry[]) => entries.filter((e) => e.debtorId === debtorId);
	return runs.flatMap((run) =>
		(['created', 'deleted', 'skipped'] as const).flatMap((list) =>
			his(run.details[list] ?? []).map((e) => ({
				[m.privacy_key_date()]: instant(run.startedAt),
				[m.privacy_key_name()]: e.debtorName,
				[m.privacy_key_reason()]: readStoredText(e.text)
			}))
		)
	);
}
