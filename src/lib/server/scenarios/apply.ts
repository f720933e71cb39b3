import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { reminderInvoices, reminderRecipients, reminders, scenarioReminders } from '../db/schema';
import { recordEvents, type ReminderEvent } from '../reminders/history';
import { UNSENT, type Plan, type ScenarioDef } from './engine';
import { reasonText, skipText } from './reasons';
import type { TemplateRow } from './state';
import { m } from '$lib/paraglide/messages';

export interface Outcome {
	debtorId: string;
	created: { reminderId: string; text: string }[];
	deleted: { reminderId: string; text: string }[];
	skipped: string | null;
}

const INSERT_CHUNK = 1000;

/**
 * Brings the database where the plans say, in the caller's transaction: deletes (state
 * « supprimée », reason kept in the history) and creations, each written in bulk.
 */
export async function applyPlans(
	tx: DbOrTx,
	organisationId: string,
	plans: { debtorId: string; plan: Plan }[],
	scenarioById: Map<string, ScenarioDef>,
	templateById: Map<string, TemplateRow>
): Promise<Outcome[]> {
	const outcomes = plans.map(({ debtorId, plan }) => ({
		debtorId,
		created: [] as Outcome['created'],
		deleted: [] as Outcome['deleted'],
		skipped: plan.skip ? skipText(plan.skip) : null
	}));

	const deletions = plans.flatMap(({ debtorId, plan }, i) => plan.delete.map((d) => ({ debtorId, i, ...d, text: reasonText(d.reason) })));
	if (deletions.length) {
		// Only what is still unsent moves: a reminder that began sending meanwhile stays as it is.
		const still = await tx
			.select({ id: reminders.id, status: reminders.status })
			.from(reminders)
			.where(
				and(
					eq(reminders.organisationId, organisationId),
					inArray(reminders.id, deletions.map((d) => d.reminderId)),
					inArray(reminders.status, [...UNSENT])
				)
			)
			.for('update');
		const fromStatus = new Map(still.map((r) => [r.id, r.status]));
		if (still.length)
			await tx
				.update(reminders)
				.set({
					status: 'deleted',
					statusReason: sql`case ${reminders.id} ${sql.join(
						deletions.filter((d) => fromStatus.has(d.reminderId)).map((d) => sql`when ${d.reminderId}::uuid then ${d.text}`),
						sql` `
					)} end`,
					version: sql`${reminders.version} + 1`,
					updatedAt: sql`now()`
				})
				.where(inArray(reminders.id, [...fromStatus.keys()]));
		const events: ReminderEvent[] = [];
		for (const d of deletions) {
			const from = fromStatus.get(d.reminderId);
			if (!from) continue;
			outcomes[d.i].deleted.push({ reminderId: d.reminderId, text: d.text });
			events.push({ organisationId, reminderId: d.reminderId, debtorId: d.debtorId, action: 'deleted', fromStatus: from, toStatus: 'deleted', reason: d.text });
		}
		await insertChunked(events, (chunk) => recordEvents(tx, chunk));
	}

	const creations = plans.flatMap(({ debtorId, plan }, i) => (plan.create ? [{ debtorId, i, create: plan.create }] : []));
	if (!creations.length) return outcomes;
	const reminderRows: (typeof reminders.$inferInsert)[] = [];
	const recipientRows: (typeof reminderRecipients.$inferInsert)[] = [];
	const invoiceRows: (typeof reminderInvoices.$inferInsert)[] = [];
	const linkRows: (typeof scenarioReminders.$inferInsert)[] = [];
	const events: ReminderEvent[] = [];
	for (const { debtorId, i, create } of creations) {
		const template = templateById.get(create.templateId)!;
		const scenario = scenarioById.get(create.scenarioId)!;
		const id = crypto.randomUUID();
		const status = create.requiresValidation ? 'pending_validation' : 'scheduled';
		const text = m.scenarios_created_reason({ scenario: scenario.name, position: create.stepPosition }, { locale: 'fr' });
		reminderRows.push({
			id,
			organisationId,
			debtorId,
			templateId: template.id,
			groupId: create.groupId,
			status,
			sendDate: create.sendDate,
			shortDescription: template.shortDescription,
			description: template.description,
			requiresValidation: create.requiresValidation,
			validationLocked: create.requiresValidation,
			keep: template.keep,
			content: {
				emailSubject: template.emailSubject,
				emailHeader: template.emailHeader,
				emailBody: template.emailBody,
				emailFooter: template.emailFooter,
				smsText: template.smsText,
				letterBody: template.letterBody
			}
		});
		for (const r of create.recipients) recipientRows.push({ reminderId: id, contactId: r.contactId, channels: r.channels });
		for (const invoiceId of create.invoiceIds) invoiceRows.push({ reminderId: id, invoiceId });
		linkRows.push({ reminderId: id, scenarioId: create.scenarioId, stepPosition: create.stepPosition, tag: create.tag });
		events.push({ organisationId, reminderId: id, debtorId, action: 'created', toStatus: status, reason: text });
		outcomes[i].created.push({ reminderId: id, text: `${template.shortDescription} — ${text}` });
	}
	await insertChunked(reminderRows, (chunk) => tx.insert(reminders).values(chunk));
	await insertChunked(recipientRows, (chunk) => tx.insert(reminderRecipients).values(chunk));
	await insertChunked(invoiceRows, (chunk) => tx.insert(reminderInvoices).values(chunk));
	await insertChunked(linkRows, (chunk) => tx.insert(scenarioReminders).values(chunk));
	await insertChunked(events, (chunk) => recordEvents(tx, chunk));
	return outcomes;
}

async function insertChunked<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
	for (let start = 0; start < rows.length; start += INSERT_CHUNK) await write(rows.slice(start, start + INSERT_CHUNK));
}
