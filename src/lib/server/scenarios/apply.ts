import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { reminderInvoices, reminderRecipients, reminders, scenarioReminders, templates } from '../db/schema';
import { recordEvents, type ReminderEvent } from '../lifecycle/history';
import { moveReminders } from '../lifecycle/move';
import { UNSENT, type Plan, type ScenarioDef } from './engine';
import { reasonText, skipText } from './reasons';
import { storedText } from '$lib/stored-text';
import type { TemplateRow } from './state';

export interface Outcome {
	debtorId: string;
	created: { reminderId: string; text: string; awaitsValidation: boolean }[];
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

	const deletions = plans.flatMap(({ debtorId, plan }, i) =>
		plan.delete.map((d) => ({ debtorId, i, ...d, text: reasonText(d.reason) }))
	);
	if (deletions.length) {
		// Only what is still unsent moves: a reminder that began sending meanwhile stays as it is.
		const moved = await moveReminders(tx, {
			ids: deletions.map((d) => d.reminderId),
			where: eq(reminders.organisationId, organisationId),
			from: UNSENT,
			to: 'deleted',
			reason: new Map(deletions.map((d) => [d.reminderId, d.text])),
			reasonOnReminder: true
		});
		const gone = new Set(moved.map((r) => r.id));
		for (const d of deletions)
			if (gone.has(d.reminderId)) outcomes[d.i].deleted.push({ reminderId: d.reminderId, text: d.text });
	}

	const creations = plans.flatMap(({ debtorId, plan }, i) =>
		plan.create ? [{ debtorId, i, create: plan.create }] : []
	);
	if (!creations.length) return outcomes;
	const reminderRows: Record<string, unknown>[] = [];
	const recipientRows: Record<string, unknown>[] = [];
	const invoiceRows: Record<string, unknown>[] = [];
	const linkRows: Record<string, unknown>[] = [];
	const events: ReminderEvent[] = [];
	for (const { debtorId, i, create } of creations) {
		const template = templateById.get(create.templateId)!;
		const scenario = scenarioById.get(create.scenarioId)!;
		const id = crypto.randomUUID();
		const status = create.requiresValidation ? 'pending_validation' : 'scheduled';
		const reason = storedText('scenario_created', { scenario: scenario.name, position: create.stepPosition });
		reminderRows.push({
			id,
			organisation_id: organisationId,
			debtor_id: debtorId,
			template_id: template.id,
			group_id: create.groupId,
			status,
			send_date: create.sendDate,
			requires_validation: create.requiresValidation,
			registered: create.registered
		});
		for (const r of create.recipients)
			recipientRows.push({ reminder_id: id, contact_id: r.contactId, channels: `{${r.channels.join(',')}}` });
		for (const invoiceId of create.invoiceIds) invoiceRows.push({ reminder_id: id, invoice_id: invoiceId });
		linkRows.push({
			reminder_id: id,
			scenario_id: create.scenarioId,
			step_position: create.stepPosition,
			tag: create.tag
		});
		events.push({ organisationId, reminderId: id, debtorId, action: 'created', toStatus: status, reason });
		outcomes[i].created.push({
			reminderId: id,
			text: storedText('run_created', { template: template.shortDescription, reason }),
			awaitsValidation: create.requiresValidation
		});
	}
	// Rows travel as one JSON parameter each, and the template's options and content are copied
	// by the database: a batch is a few statements, not tens of thousands of parameters.
	const json = (rows: Record<string, unknown>[]) => sql`${JSON.stringify(rows)}::json`;
	await insertChunked(reminderRows, (chunk) =>
		tx.execute(sql`
			insert into ${reminders} (id, organisation_id, debtor_id, template_id, group_id, status, send_date, short_description,
				description, requires_validation, validation_locked, keep, registered, content)
			select r.id, r.organisation_id, r.debtor_id, t.id, r.group_id, r.status::reminder_status, r.send_date, t.short_description,
				t.description, r.requires_validation, r.requires_validation, t.keep, r.registered or t.registered,
				jsonb_build_object('emailSubject', t.email_subject, 'emailHeader', t.email_header, 'emailBody', t.email_body,
					'emailFooter', t.email_footer, 'smsText', t.sms_text, 'letterSubject', t.letter_subject, 'letterBody', t.letter_body)
			from json_to_recordset(${json(chunk)}) as r(id uuid, organisation_id uuid, debtor_id uuid, template_id uuid, group_id uuid,
				status text, send_date date, requires_validation boolean, registered boolean)
			join ${templates} t on t.id = r.template_id and t.organisation_id = r.organisation_id`)
	);
	await insertChunked(recipientRows, (chunk) =>
		tx.execute(sql`insert into ${reminderRecipients} (reminder_id, contact_id, channels)
			select reminder_id, contact_id, channels from json_to_recordset(${json(chunk)}) as r(reminder_id uuid, contact_id uuid, channels text[])`)
	);
	await insertChunked(invoiceRows, (chunk) =>
		tx.execute(sql`insert into ${reminderInvoices} (reminder_id, invoice_id)
			select reminder_id, invoice_id from json_to_recordset(${json(chunk)}) as r(reminder_id uuid, invoice_id uuid)`)
	);
	await insertChunked(linkRows, (chunk) =>
		tx.execute(sql`insert into ${scenarioReminders} (reminder_id, scenario_id, step_position, tag)
			select reminder_id, scenario_id, step_position, tag from json_to_recordset(${json(chunk)}) as r(reminder_id uuid, scenario_id uuid, step_position int, tag text)`)
	);
	await insertChunked(events, (chunk) => recordEvents(tx, chunk));
	return outcomes;
}

async function insertChunked<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
	for (let start = 0; start < rows.length; start += INSERT_CHUNK) await write(rows.slice(start, start + INSERT_CHUNK));
}
