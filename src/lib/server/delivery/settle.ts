import { sql } from 'drizzle-orm';
import { anyId, idRows } from '../db/arrays';
import type { DbOrTx } from '../db';
import { deliveries, invoices, reminderInvoices, reminders, scenarioReminders } from '../db/schema';
import type { ReminderEvent } from '../lifecycle/history';
import { moveReminders } from '../lifecycle/move';

// 'to_check' waits for a person: the reminder is neither sent nor failed until he decides.
const OPEN = ['queued', 'sending', 'to_print', 'to_check'] as const;
const LEFT = ['sent', 'delivered'] as const;

const inList = (values: readonly string[]) =>
	sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	);

/**
 * Once none of a reminder's deliveries is still on its way, the reminder is sent (if any
 * left) or failed. The move from 'sending' happens once under the rows' locks, so the effects
 * of sending (invoice levels, last reminder date) are applied exactly once.
 */
export async function settleReminders(
	tx: DbOrTx,
	reminderIds: string[],
	{
		actorId = null,
		locked = false,
		alongside = []
	}: {
		actorId?: string | null;
		/** The caller holds the reminders' locks already (see lockReminders). */
		locked?: boolean;
		/** History the caller writes with the reminders' own, in the same statement. */
		alongside?: ReminderEvent[];
	} = {}
): Promise<void> {
	const ids = locked ? [...new Set(reminderIds)].sort() : await lockReminders(tx, reminderIds);
	// One statement counts each reminder's deliveries and moves those with none left on the way.
	// The counts are subqueries per reminder, found by its primary key: each is an index lookup
	// whatever the statistics say, where a join (or a NOT EXISTS, which the planner turns into
	// one) could read the whole deliveries table.
	const left = sql`(select count(*) from ${deliveries} d where d.reminder_id = ${reminders.id} and d.status in (${inList(LEFT)}))`;
	const moved = await moveReminders(tx, {
		ids,
		from: ['sending'],
		to: {
			among: ['sent', 'failed'],
			value: sql`(case when ${left} > 0 then 'sent' else 'failed' end)::reminder_status`
		},
		set: { sentAt: sql`case when ${left} > 0 then now() end` },
		where: sql`(select count(*) from ${deliveries} d where d.reminder_id = ${reminders.id} and d.status in (${inList(OPEN)})) = 0`,
		actorId,
		alongside
	});
	await raiseInvoiceLevels(
		tx,
		moved.filter((r) => r.to === 'sent').map((r) => r.id)
	);
}

/**
 * Two deliveries of one reminder may end at the same moment in two workers: the lock makes the
 * second wait and then see the first, so that one of them, not neither, settles the reminder.
 * A transaction that records a delivery's outcome takes it first, before it writes anything
 * that refers to the reminder (history rows take a key-share lock on it), and in id order, so
 * that two workers recording overlapping sets cannot deadlock.
 */
export async function lockReminders(tx: DbOrTx, reminderIds: string[]): Promise<string[]> {
	const ids = [...new Set(reminderIds)].sort();
	if (ids.length)
		await tx
			.select({ id: reminders.id })
			.from(reminders)
			.where(anyId(reminders.id, ids))
			.orderBy(reminders.id)
			.for('update');
	return ids;
}

/**
 * Sending raises the level of the unpaid invoices the reminders cover and stamps the date; a
 * scenario step's reminder also adds the step's tag to them, once. Each reminder
 * keeps the level each of its invoices stood at once it was sent: the history shows that one,
 * not the level later reminders raised the invoice to.
 */
async function raiseInvoiceLevels(tx: DbOrTx, reminderIds: string[]): Promise<void> {
	if (!reminderIds.length) return;
	const covered = sql`select k.id as reminder_id, ri.invoice_id, cur.level from ${idRows(reminderIds)}
		cross join lateral (select invoice_id from ${reminderInvoices} where reminder_id = k.id offset 0) ri
		cross join lateral (select reminder_level as level from ${invoices} where id = ri.invoice_id offset 0) cur`;
	const stepTags = sql`select distinct ri.invoice_id, sr.tag from ${idRows(reminderIds)}
		cross join lateral (select tag from ${scenarioReminders} where reminder_id = k.id and tag <> '' offset 0) sr
		cross join lateral (select invoice_id from ${reminderInvoices} where reminder_id = k.id offset 0) ri`;
	// One statement: the raised levels and the added tags come back from the update; a paid
	// invoice keeps its own. An upsert rather than an UPDATE … FROM: its conflict check finds
	// each row by the primary key, where the join of an update reads the whole table while it
	// has no statistics.
	await tx.execute(sql`
		with covered as (${covered}),
		step_tags as materialized (${stepTags}),
		raised as (
			update ${invoices} set reminder_level = ${invoices.reminderLevel} + 1, last_reminder_at = now(),
				tags = ${invoices.tags} || array(select t.tag from step_tags t where t.invoice_id = ${invoices.id} and not (t.tag = any(${invoices.tags})) order by t.tag)
			where ${invoices.id} = any(array(select invoice_id from covered)) and ${invoices.paidCents} < ${invoices.amountCents}
			returning ${invoices.id} as id, ${invoices.reminderLevel} as level)
		insert into ${reminderInvoices} (reminder_id, invoice_id, level_at_send)
		select c.reminder_id, c.invoice_id, coalesce(r.level, c.level) from covered c left join raised r on r.id = c.invoice_id
		on conflict (reminder_id, invoice_id) do update set level_at_send = excluded.level_at_send`);
}
