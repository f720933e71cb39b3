import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import {
	contacts,
	debtorGroups,
	debtors,
	invoices,
	organisations,
	reminderInvoices,
	reminderRecipients,
	reminders,
	templates,
	type ReminderContent
} from '../db/schema';
import { checkMergeFields } from '../templates/render';
import type { FieldErrors } from '$lib/validation/form';
import type { Channel, ReminderInput } from '$lib/validation/reminders';
import { m } from '$lib/paraglide/messages';
import { checkRecipients } from '../contacts/recipient-rules';
import { canTransition, isEditable, statusAfterSave, type ReminderStatus } from '../lifecycle/transitions';
import { channelLabel, statusLabel } from '$lib/reminder-labels';
import { recordEvents } from '../lifecycle/history';
import { moveReminder, type MoveSet } from '../lifecycle/move';
import { joinScenario } from '../scenarios/membership';
import { debtorBalance } from '../debtors/balance';
import { formatMoney } from '$lib/format';
import type { Actor } from '../auth/actor';
import { dayIn } from '../clock';
import { enqueue, enqueueSendNow } from '../queue';

export type SaveOutcome = { ok: true; id: string } | { ok: false; status: 400 | 404 | 409; errors: FieldErrors };

/** Which content fields each channel needs before it can leave. */
const REQUIRED_CONTENT: Record<Channel, (keyof ReminderContent)[]> = {
	email: ['emailSubject', 'emailBody'],
	sms: ['smsText'],
	letter: ['letterBody']
};
const CONTENT_OF: Record<Channel, (keyof ReminderContent)[]> = {
	email: ['emailSubject', 'emailHeader', 'emailBody', 'emailFooter'],
	sms: ['smsText'],
	letter: ['letterSubject', 'letterBody']
};

class Refused extends Error {
	constructor(
		readonly status: 400 | 404 | 409,
		readonly errors: FieldErrors
	) {
		super('refused');
	}
}

export interface SaveOptions {
	/**
	 * What the saved reminder sets going, by jobs of its transaction: an immediate one is handed
	 * to sending at once, and approvers learn of one that awaits them. On by default (a person's
	 * form); off for an operation that sends what it writes by its own pass.
	 */
	handOver?: boolean;
}

export function createReminder(
	db: Db,
	actor: Actor,
	input: ReminderInput,
	options: SaveOptions = {}
): Promise<SaveOutcome> {
	return save(db, actor, input, null, options);
}

export function updateReminder(db: Db, actor: Actor, reminderId: string, input: ReminderInput): Promise<SaveOutcome> {
	return save(db, actor, input, reminderId, {});
}

/** One transaction: everything is checked, then everything is written, or nothing is. */
async function save(
	db: Db,
	actor: Actor,
	input: ReminderInput,
	reminderId: string | null,
	{ handOver = true }: SaveOptions
): Promise<SaveOutcome> {
	try {
		const id = await db.transaction(async (tx) => {
			const debtor = await loadDebtor(tx, actor.organisationId, input.debtorId);
			const existing = reminderId ? await lockExisting(tx, actor.organisationId, reminderId, input) : null;
			if (existing && existing.debtorId !== debtor.id) throw new Refused(404, { _form: m.error_not_found() });

			const errors = await checkInput(tx, actor.organisationId, debtor, input, existing);
			if (Object.keys(errors).length) throw new Refused(400, errors);

			const sendDate = input.immediate ? debtor.today : input.sendDate;
			const status = statusAfterSave(input.intent, input.requiresValidation);
			if (existing && !canTransition(existing.status, status))
				throw new Refused(409, {
					_form: m.reminders_error_move({ from: statusLabel(existing.status), to: statusLabel(status) })
				});
			const values = {
				templateId: input.templateId,
				groupId: input.groupId,
				sendDate,
				shortDescription: input.shortDescription,
				description: input.description,
				requiresValidation: input.requiresValidation,
				keep: input.keep,
				immediate: input.immediate,
				registered: input.registered,
				content: input.content,
				updatedBy: actor.userId,
				approvedBy: null,
				approvedAt: null
			};
			const saved = existing
				? await update(tx, actor, existing, status, values, diff(existing, { ...values, recipients: input.recipients }))
				: await insert(tx, actor, debtor.id, status, { ...values, validationLocked: input.requiresValidation });

			await tx.delete(reminderRecipients).where(eq(reminderRecipients.reminderId, saved.id));
			await tx
				.insert(reminderRecipients)
				.values(input.recipients.map((r) => ({ reminderId: saved.id, contactId: r.contactId, channels: r.channels })));
			if (!existing) await coverUnpaidInvoices(tx, saved.id, debtor.id);
			await joinScenario(tx, actor.organisationId, saved.id, debtor.id, input.groupId);
			if (handOver && input.immediate) await enqueueSendNow(tx, actor.organisationId);
			if (handOver && status === 'pending_validation')
				await enqueue(tx, 'tell-approvers', [{ organisationId: actor.organisationId, reminderId: saved.id }]);
			return saved.id;
		});
		return { ok: true, id };
	} catch (error) {
		if (error instanceof Refused) return { ok: false, status: error.status, errors: error.errors };
		throw error;
	}
}

/** Shared-locked: an erasure of his personal data waits for this reminder, and then cancels it. */
async function loadDebtor(tx: Tx, organisationId: string, debtorId: string) {
	const [row] = await tx
		.select({ id: debtors.id, today: dayIn(organisations.timezone), erasedAt: debtors.erasedAt })
		.from(debtors)
		.innerJoin(organisations, eq(organisations.id, debtors.organisationId))
		.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)))
		.for('share', { of: debtors });
	if (!row) throw new Refused(404, { _form: m.error_not_found() });
	if (row.erasedAt) throw new Refused(409, { _form: m.privacy_erased_no_reminder() });
	return { id: row.id, today: row.today };
}

type Existing = typeof reminders.$inferSelect & { recipients: { contactId: string; channels: string[] }[] };

async function lockExisting(tx: Tx, organisationId: string, id: string, input: ReminderInput): Promise<Existing> {
	const [row] = await tx
		.select()
		.from(reminders)
		.where(and(eq(reminders.id, id), eq(reminders.organisationId, organisationId)))
		.for('update');
	if (!row) throw new Refused(404, { _form: m.error_not_found() });
	if (!isEditable(row.status))
		throw new Refused(409, { _form: m.reminders_error_not_editable({ status: statusLabel(row.status) }) });
	if (input.version !== undefined && input.version !== row.version)
		throw new Refused(409, { _form: m.reminders_error_changed() });
	if (row.validationLocked && !input.requiresValidation)
		throw new Refused(400, { requiresValidation: m.reminders_error_validation_locked() });
	const recipients = await tx
		.select({ contactId: reminderRecipients.contactId, channels: reminderRecipients.channels })
		.from(reminderRecipients)
		.where(eq(reminderRecipients.reminderId, id));
	return { ...row, recipients };
}

async function checkInput(
	tx: Tx,
	organisationId: string,
	debtor: { id: string; today: string },
	input: ReminderInput,
	existing: Existing | null
): Promise<FieldErrors> {
	const errors: FieldErrors = {};
	const dateUnchanged = existing?.sendDate === input.sendDate;
	if (!input.immediate && input.sendDate < debtor.today && !dateUnchanged)
		errors.sendDate = m.reminders_error_past_date();

	if (input.groupId) {
		const [member] = await tx
			.select({ groupId: debtorGroups.groupId })
			.from(debtorGroups)
			.where(and(eq(debtorGroups.debtorId, debtor.id), eq(debtorGroups.groupId, input.groupId)));
		if (!member) errors.groupId = m.reminders_error_group();
	}
	if (input.templateId) {
		const [template] = await tx
			.select({ id: templates.id })
			.from(templates)
			.where(and(eq(templates.id, input.templateId), eq(templates.organisationId, organisationId)));
		if (!template) errors.templateId = m.reminders_error_template();
	}

	const debtorContacts = await tx
		.select()
		.from(contacts)
		.where(and(eq(contacts.debtorId, debtor.id), eq(contacts.organisationId, organisationId)));
	Object.assign(errors, checkRecipients(debtorContacts, input.recipients));

	// A reminder to someone who owes nothing is a person's explicit choice, « à conserver » or not.
	if (!input.owesNothingConfirmed) {
		const [{ balanceCents }] = await tx
			.select({ balanceCents: debtorBalance(debtor.id) })
			.from(debtors)
			.where(eq(debtors.id, debtor.id));
		if (balanceCents <= 0) errors.owesNothingConfirmed = m.guard_owes_nothing({ balance: formatMoney(balanceCents) });
	}

	const used = new Set(input.recipients.flatMap((r) => r.channels));
	const checked: Partial<ReminderContent> = {};
	for (const channel of used) {
		for (const field of REQUIRED_CONTENT[channel])
			if (!input.content[field].trim())
				errors[field] ??= m.reminders_error_content_required({ channel: channelLabel(channel) });
		for (const field of CONTENT_OF[channel]) checked[field] = input.content[field];
	}
	for (const [field, message] of Object.entries(checkMergeFields(checked))) errors[field] ??= message;
	return errors;
}

async function insert(
	tx: Tx,
	actor: Actor,
	debtorId: string,
	status: ReminderStatus,
	values: Omit<typeof reminders.$inferInsert, 'organisationId' | 'debtorId' | 'status'>
) {
	const [row] = await tx
		.insert(reminders)
		.values({ ...values, status, organisationId: actor.organisationId, debtorId, createdBy: actor.userId })
		.returning({ id: reminders.id });
	await recordEvents(tx, [
		{
			organisationId: actor.organisationId,
			reminderId: row.id,
			debtorId,
			actorId: actor.userId,
			action: 'created',
			toStatus: status
		}
	]);
	return row;
}

/** Saving writes its state as any move does: checked, versioned, in the history with what changed. */
async function update(
	tx: Tx,
	actor: Actor,
	existing: Existing,
	status: ReminderStatus,
	values: MoveSet,
	changes: ReturnType<typeof diff>
) {
	await moveReminder(tx, existing, status, { set: values, action: 'updated', actorId: actor.userId, changes });
	return { id: existing.id };
}

async function coverUnpaidInvoices(tx: Tx, reminderId: string, debtorId: string) {
	const unpaid = await tx
		.select({ id: invoices.id })
		.from(invoices)
		.where(and(eq(invoices.debtorId, debtorId), sql`${invoices.paidCents} < ${invoices.amountCents}`))
		.orderBy(asc(invoices.dueDate));
	if (unpaid.length) await tx.insert(reminderInvoices).values(unpaid.map((i) => ({ reminderId, invoiceId: i.id })));
}

const TRACKED = [
	'sendDate',
	'shortDescription',
	'description',
	'requiresValidation',
	'keep',
	'groupId',
	'immediate',
	'registered',
	'templateId',
	'content',
	'recipients'
] as const;

/** What a person changed, field by field, for the history. */
function diff(before: Existing, after: Record<string, unknown>) {
	const changes: Record<string, { from: unknown; to: unknown }> = {};
	const beforeRecord = before as unknown as Record<string, unknown>;
	for (const key of TRACKED) {
		const from = key === 'recipients' ? sortRecipients(before.recipients) : beforeRecord[key];
		const to = key === 'recipients' ? sortRecipients(after.recipients as Existing['recipients']) : after[key];
		if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
	}
	return changes;
}

const sortRecipients = (list: { contactId: string; channels: string[] }[]) =>
	[...list]
		.sort((a, b) => a.contactId.localeCompare(b.contactId))
		.map((r) => ({ ...r, channels: [...r.channels].sort() }));
