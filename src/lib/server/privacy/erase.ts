import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { anyId, textArray } from '../db/arrays';
import {
	contacts,
	debtorPauses,
	debtors,
	decisionRequests,
	deliveries,
	importUploads,
	letterBatches,
	operationFiles,
	outbox,
	payments,
	reminderEvents,
	reminders,
	scenarioRuns,
	templates,
	type ReminderContent,
	type RunEntry
} from '../db/schema';
import { storedText } from '$lib/stored-text';
import { isUuid } from '$lib/validation/ids';
import { sourcesOf } from '../lifecycle/transitions';
import { moveReminders } from '../lifecycle/move';
import type { Actor } from '../auth/actor';
import { settleReminders } from '../delivery/settle';
import { recordDebtorEvent } from './events';
import { withoutPersonalData } from './sanitize';
import { cellTest, fileMentions, type CellTest, type Identifiers } from './stored-files';

const ERASED_REASON = storedText('personal_data_erased');

/**
 * The names an erased person and his contacts keep, stored as their names are, in the app's
 * first language: the same short code at every erasure, taken from the row's own id.
 */
const ERASED_DEBTOR = 'Débiteur effacé';
const ERASED_CONTACT = 'Contact effacé';
const erasureCode = (id: string) => id.slice(0, 8).toUpperCase();
const erasedDebtorName = (id: string) => `${ERASED_DEBTOR} ${erasureCode(id)}`;
/** A reminder without a template keeps this as its name: what a person typed there may name him. */
const ERASED_REMINDER = 'Relance';
const EMPTY_CONTENT: ReminderContent = {
	emailSubject: '',
	emailHeader: '',
	emailBody: '',
	emailFooter: '',
	smsText: '',
	letterSubject: '',
	letterBody: ''
};

/** What may still move towards him: everything that can still be cancelled. */
export const CANCELLABLE = sourcesOf('cancelled');
/** Deliveries not yet handed to a provider (or to the post): they never will be. One in flight ends as it ends. */
const NOT_LEFT = ['queued', 'to_print', 'to_check'] as const;

export type EraseOutcome = 'not_found' | 'erased';

/**
 * Erases a debtor's personal data on his request, in one transaction. Whatever could still
 * leave for him is cancelled first, with the reason in each reminder's history. Then his and
 * his contacts' names, addresses, emails and phones are replaced, and the texts that may hold
 * them are cleared wherever they were kept: reminders' contents, deliveries' provider ids and
 * errors, history reasons and changes, pause notes, scenario run reports, the outbox, letter
 * PDFs and the import and export files that hold him. Invoices, payments, their amounts and
 * dates, and the reminders with their statuses stay, for the accounts. Done again, it changes
 * nothing more; each time is a line of his history.
 */
export async function eraseDebtor(db: Db, actor: Actor, debtorId: string): Promise<EraseOutcome> {
	if (!isUuid(debtorId)) return 'not_found';
	return db.transaction(async (tx): Promise<EraseOutcome> => {
		const [debtor] = await tx
			.select()
			.from(debtors)
			.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, actor.organisationId)))
			.for('update');
		if (!debtor) return 'not_found';
		const people = await tx
			.select()
			.from(contacts)
			.where(and(eq(contacts.debtorId, debtor.id), eq(contacts.organisationId, actor.organisationId)));
		// Read before his data go: the files are searched for what he was.
		const isHis = cellTest(identifiers(debtor, people));

		const reminderIds = await stopWhatWaits(tx, actor, debtor.id);
		await anonymise(tx, debtor.id);
		await clearTexts(tx, debtor.id, reminderIds);
		await clearRunReports(tx, actor.organisationId, debtor.id);
		await deleteFilesHoldingHim(tx, actor.organisationId, isHis);
		await recordDebtorEvent(tx, {
			organisationId: actor.organisationId,
			debtorId: debtor.id,
			actorId: actor.userId,
			action: 'personal_data_erased'
		});
		return 'erased';
	});
}

function identifiers(debtor: typeof debtors.$inferSelect, people: (typeof contacts.$inferSelect)[]): Identifiers {
	const texts = [debtor.accountNumber, debtor.name, debtor.leaseReference];
	for (const c of people) {
		texts.push(c.email ?? '', c.addressLine1, c.externalRef ?? '');
		if (c.firstName) texts.push(`${c.firstName} ${c.lastName}`, `${c.lastName} ${c.firstName}`);
		else texts.push(c.lastName);
	}
	return { texts: texts.filter(Boolean), phones: people.flatMap((c) => (c.mobilePhone ? [c.mobilePhone] : [])) };
}

/**
 * The deliveries not yet handed over are cancelled, and a reminder they leave with nothing on
 * its way settles as sent or failed; then every reminder of his that may still move is
 * cancelled, as a person cancels one, the reason in its history. Locks are taken as the sending
 * paths take them: the printing batches first (confirming a PDF locks its batch, then its
 * letters), then the reminders by id.
 */
async function stopWhatWaits(tx: Tx, actor: Actor, debtorId: string): Promise<string[]> {
	const his = tx.select({ id: reminders.id }).from(reminders).where(eq(reminders.debtorId, debtorId));
	await tx
		.select({ id: letterBatches.id })
		.from(letterBatches)
		.where(
			and(
				eq(letterBatches.status, 'printing'),
				inArray(
					letterBatches.id,
					tx.select({ id: deliveries.letterBatchId }).from(deliveries).where(inArray(deliveries.reminderId, his))
				)
			)
		)
		.orderBy(asc(letterBatches.id))
		.for('update');
	const mine = and(eq(reminders.debtorId, debtorId), eq(reminders.organisationId, actor.organisationId));
	const ids = (
		await tx.select({ id: reminders.id }).from(reminders).where(mine).orderBy(asc(reminders.id)).for('update')
	).map((r) => r.id);
	if (!ids.length) return [];
	const base = { organisationId: actor.organisationId, debtorId, actorId: actor.userId, action: 'cancelled' };

	const stopped = await tx
		.update(deliveries)
		.set({ status: 'cancelled', lastError: ERASED_REASON, updatedAt: sql`now()` })
		.where(and(anyId(deliveries.reminderId, ids), inArray(deliveries.status, [...NOT_LEFT])))
		.returning({ id: deliveries.id, reminderId: deliveries.reminderId, channel: deliveries.channel });
	await leavePrintingBatches(
		tx,
		stopped.filter((d) => d.channel === 'letter').map((d) => d.id)
	);
	await settleReminders(
		tx,
		stopped.map((d) => d.reminderId),
		{
			actorId: actor.userId,
			locked: true,
			alongside: stopped.map((d) => ({
				...base,
				reminderId: d.reminderId,
				reason: storedText('on_channel', { channel: d.channel, reason: ERASED_REASON })
			}))
		}
	);

	await moveReminders(tx, {
		ids,
		to: 'cancelled',
		set: { heldAt: null, heldBy: null },
		actorId: actor.userId,
		reason: ERASED_REASON,
		reasonOnReminder: true
	});
	return ids;
}

/** A letter cancelled in a PDF not yet confirmed leaves its batch: the PDF is drawn again without it. */
async function leavePrintingBatches(tx: Tx, deliveryIds: string[]): Promise<void> {
	if (!deliveryIds.length) return;
	await tx.execute(sql`
		with gone as (
			update ${deliveries} d set letter_batch_id = null
			from ${letterBatches} b
			where d.letter_batch_id = b.id and b.status = 'printing' and d.id = any(${textArray(deliveryIds)}::uuid[])
			returning b.id as batch_id)
		update ${letterBatches} b set letter_count = greatest(b.letter_count - g.n, 0), pdf = null
		from (select batch_id, count(*)::int as n from gone group by batch_id) g
		where b.id = g.batch_id`);
}

async function anonymise(tx: Tx, debtorId: string): Promise<void> {
	await tx
		.update(debtors)
		.set({
			name: erasedDebtorName(debtorId),
			leaseReference: '',
			erasedAt: sql`coalesce(${debtors.erasedAt}, now())`,
			updatedAt: sql`now()`
		})
		.where(eq(debtors.id, debtorId));
	// No consent left either: no channel can reach a contact who is no one.
	await tx
		.update(contacts)
		.set({
			civility: '',
			firstName: '',
			lastName: sql`${ERASED_CONTACT} || ' ' || upper(left(${contacts.id}::text, 8))`,
			// A file's reference would match him again at the next import.
			externalRef: null,
			email: null,
			emailCheck: null,
			emailSuggestion: null,
			emailCheckReason: '',
			emailCheckOverridden: false,
			mobilePhone: null,
			addressLine1: '',
			addressLine2: '',
			postalCode: '',
			city: '',
			country: '',
			consentEmail: false,
			consentLetter: false,
			consentSms: false,
			updatedAt: sql`now()`
		})
		.where(eq(contacts.debtorId, debtorId));
}

/**
 * The free texts that may name him. History lines are otherwise never rewritten: here their
 * reasons lose the values that named him and their changes go, the lines themselves stay.
 */
async function clearTexts(tx: Tx, debtorId: string, reminderIds: string[]): Promise<void> {
	await tx.update(payments).set({ reference: '' }).where(eq(payments.debtorId, debtorId));
	await tx.update(debtorPauses).set({ note: '' }).where(eq(debtorPauses.debtorId, debtorId));
	if (!reminderIds.length) return;
	const ids = textArray(reminderIds);
	await tx.execute(sql`
		update ${reminders} r
		set short_description = coalesce((select t.short_description from ${templates} t where t.id = r.template_id), ${ERASED_REMINDER}),
			description = '', content = ${JSON.stringify(EMPTY_CONTENT)}::jsonb, version = r.version + 1, updated_at = now()
		where r.id = any(${ids}::uuid[])`);
	await rewrite(
		tx,
		'reminders',
		'status_reason',
		await tx
			.select({ id: reminders.id, text: reminders.statusReason })
			.from(reminders)
			.where(anyId(reminders.id, reminderIds))
	);
	await tx
		.update(reminderEvents)
		.set({ changes: null })
		.where(and(eq(reminderEvents.debtorId, debtorId), sql`${reminderEvents.changes} is not null`));
	await rewrite(
		tx,
		'reminder_events',
		'reason',
		await tx
			.select({ id: reminderEvents.id, text: reminderEvents.reason })
			.from(reminderEvents)
			.where(eq(reminderEvents.debtorId, debtorId))
	);
	const sendings = await tx
		.update(deliveries)
		.set({ providerMessageId: null, registeredNumber: null })
		.where(anyId(deliveries.reminderId, reminderIds))
		.returning({ id: deliveries.id, text: deliveries.lastError, batchId: deliveries.letterBatchId });
	await rewrite(tx, 'deliveries', 'last_error', sendings);
	if (sendings.length) {
		await tx.delete(outbox).where(
			anyId(
				outbox.deliveryId,
				sendings.map((d) => d.id)
			)
		);
		const batchIds = [...new Set(sendings.flatMap((d) => (d.batchId ? [d.batchId] : [])))];
		if (batchIds.length)
			await tx
				.update(letterBatches)
				.set({ pdf: null })
				.where(and(anyId(letterBatches.id, batchIds), sql`${letterBatches.pdf} is not null`));
	}
	// A phone's decision answered with a reminder's reason, which a person may have typed.
	await tx
		.update(decisionRequests)
		.set({ outcome: sql`${decisionRequests.outcome} - 'message'` })
		.where(and(anyId(decisionRequests.reminderId, reminderIds), sql`${decisionRequests.outcome} is not null`));
}

/** Each row's stored text without what names him, written back where it changed. */
async function rewrite(
	tx: Tx,
	table: 'reminders' | 'reminder_events' | 'deliveries',
	column: string,
	rows: { id: string; text: string }[]
): Promise<void> {
	const changed = rows
		.map((r) => ({ id: r.id, text: withoutPersonalData(r.text) }))
		.filter((r, i) => r.text !== rows[i].text);
	if (!changed.length) return;
	await tx.execute(sql`
		update ${sql.identifier(table)} t set ${sql.identifier(column)} = v.text
		from (select unnest(${textArray(changed.map((r) => r.id))}::uuid[]) as id, unnest(${textArray(changed.map((r) => r.text))}) as text) v
		where t.id = v.id`);
}

/** Run reports keep their lines about him, under his new name and without what named him. */
async function clearRunReports(tx: Tx, organisationId: string, debtorId: string): Promise<void> {
	const runs = await tx
		.select({ id: scenarioRuns.id, details: scenarioRuns.details })
		.from(scenarioRuns)
		.where(
			and(eq(scenarioRuns.organisationId, organisationId), sql`${scenarioRuns.details}::text like ${`%${debtorId}%`}`)
		)
		.for('update');
	const name = erasedDebtorName(debtorId);
	const clean = (entries: RunEntry[] = []) =>
		entries.map((e) => (e.debtorId === debtorId ? { ...e, debtorName: name, text: withoutPersonalData(e.text) } : e));
	for (const run of runs)
		await tx
			.update(scenarioRuns)
			.set({
				details: {
					created: clean(run.details.created),
					deleted: clean(run.details.deleted),
					skipped: clean(run.details.skipped)
				}
			})
			.where(eq(scenarioRuns.id, run.id));
}

/**
 * Files kept for a later step (an upload waiting for its import, an export waiting for its
 * download) are deleted when they hold him: read one at a time, never all in memory at once.
 */
async function deleteFilesHoldingHim(tx: Tx, organisationId: string, isHis: CellTest): Promise<void> {
	const uploads = await tx
		.select({ id: importUploads.id })
		.from(importUploads)
		.where(eq(importUploads.organisationId, organisationId));
	for (const { id } of uploads) {
		const [upload] = await tx
			.select({ content: importUploads.content })
			.from(importUploads)
			.where(eq(importUploads.id, id));
		if (upload && (await fileMentions(Buffer.from(upload.content, 'base64'), isHis)))
			await tx.delete(importUploads).where(eq(importUploads.id, id));
	}
	const files = await tx
		.select({ id: operationFiles.operationId })
		.from(operationFiles)
		.where(eq(operationFiles.organisationId, organisationId));
	for (const { id } of files) {
		const [file] = await tx
			.select({ bytes: operationFiles.bytes })
			.from(operationFiles)
			.where(eq(operationFiles.operationId, id));
		if (file && (await fileMentions(file.bytes, isHis)))
			await tx.delete(operationFiles).where(eq(operationFiles.operationId, id));
	}
}
