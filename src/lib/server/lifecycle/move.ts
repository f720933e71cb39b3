import { getTableColumns, is, sql, SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { rowsOf, textArray } from '../db/arrays';
import { reminderEvents, reminders } from '../db/schema';
import { eventRows, recordEvents, type ReminderEvent } from './history';
import { canTransition, sourcesOf, type ReminderStatus } from './transitions';

type Columns = typeof reminders.$inferInsert;
/** Columns written with the state: a value, or an expression on the reminder's row. */
export type MoveSet = { [K in Exclude<keyof Columns, 'status' | 'version' | 'updatedAt'>]?: Columns[K] | SQL };

export interface Move {
	/** The reminders to move, by id. Without ids, `where` picks them from the whole table. */
	ids?: readonly string[];
	/** A further condition on each reminder's row, checked by the statement that moves it. */
	where?: SQL;
	/**
	 * The states a reminder must be in to move; by default every state the transitions table lets
	 * reach the target. A reminder in any other state is left as it is.
	 */
	from?: readonly ReminderStatus[];
	/** The new state, or one of several decided per row by an expression on the reminder's row. */
	to: ReminderStatus | { among: readonly ReminderStatus[]; value: SQL };
	set?: MoveSet;
	/** The history line's action; by default the new state. */
	action?: string;
	actorId?: string | null;
	/** Why, in the history: one text for all, or one per reminder id. */
	reason?: string | ReadonlyMap<string, string>;
	/** The reason is also the reminder's own (its statusReason), as a cancellation's or a deletion's. */
	reasonOnReminder?: boolean;
	changes?: ReminderEvent['changes'];
	/** Other history lines, written in the same statement (what the caller did to their deliveries). */
	alongside?: ReminderEvent[];
}

export interface Moved {
	id: string;
	organisationId: string;
	debtorId: string;
	from: ReminderStatus;
	to: ReminderStatus;
}

export class IllegalTransition extends Error {
	constructor(from: readonly ReminderStatus[], to: readonly ReminderStatus[]) {
		super(`A reminder cannot move from ${from.join('|')} to ${to.join('|')}`);
	}
}

const COLUMNS = getTableColumns(reminders);

/**
 * The one way a reminder's state changes, in the caller's transaction: each move is checked
 * against the transitions table, and the state, the version, the time of the change and the
 * history line are written together. Set-based: many reminders in one statement whatever
 * their number (two when they may start from several states: their locks and former states are
 * read first). A reminder that is not (any more) in a state the move starts from, or that fails
 * `where`, is left alone and missing from the answer: what a concurrent change wrote stands.
 */
export async function moveReminders(tx: DbOrTx, move: Move): Promise<Moved[]> {
	const targets = typeof move.to === 'string' ? [move.to] : move.to.among;
	const legal = sourcesOf(...targets);
	const from = move.from ?? legal;
	if (!from.length || from.some((s) => !legal.includes(s))) throw new IllegalTransition(from, targets);

	if (move.ids && !move.ids.length) {
		await recordEvents(tx, move.alongside ?? []);
		return [];
	}
	if (from.length === 1) return update(tx, move, move.ids ?? null, from, null);

	// Several possible former states: each reminder's is read under its lock, which keeps it.
	const locked = rowsOf<{ id: string; status: ReminderStatus }>(
		await tx.execute(sql`
			select ${reminders.id} as id, ${reminders.status} as status from ${reminders}
			where ${selection(move.ids ?? null, from)} ${move.where ? sql`and (${move.where})` : sql``}
			order by ${reminders.id}
			for update`)
	);
	if (!locked.length) {
		await recordEvents(tx, move.alongside ?? []);
		return [];
	}
	const formerOf = Object.fromEntries(locked.map((r) => [r.id, r.status]));
	return update(
		tx,
		move,
		locked.map((r) => r.id),
		from,
		formerOf
	);
}

/** One reminder whose row the caller read (and locked): it moves only if still as read. */
export async function moveReminder(
	tx: DbOrTx,
	reminder: { id: string; status: ReminderStatus; version?: number },
	to: ReminderStatus,
	event: Omit<Move, 'ids' | 'from' | 'to'> = {}
): Promise<boolean> {
	if (!canTransition(reminder.status, to)) throw new IllegalTransition([reminder.status], [to]);
	const version = reminder.version === undefined ? undefined : sql`${reminders.version} = ${reminder.version}`;
	const where = event.where && version ? sql`(${event.where}) and ${version}` : (event.where ?? version);
	const moved = await moveReminders(tx, { ...event, ids: [reminder.id], from: [reminder.status], to, where });
	return moved.length === 1;
}

/**
 * By id, the state compared as text: the rows are found by their key, never through the
 * (organisation, state) index, where a big pass leaves thousands of reminders in one state.
 * Without ids, the state picks the rows along that index.
 */
function selection(ids: readonly string[] | null, from: readonly ReminderStatus[]): SQL {
	const states = sql.join(
		from.map((s) => sql`${s}`),
		sql`, `
	);
	return ids
		? sql`${reminders.id} = any(${textArray(ids)}::uuid[]) and ${reminders.status}::text in (${states})`
		: sql`${reminders.status} in (${sql.join(
				from.map((s) => sql`${s}::reminder_status`),
				sql`, `
			)})`;
}

async function update(
	tx: DbOrTx,
	move: Move,
	ids: readonly string[] | null,
	from: readonly ReminderStatus[],
	/** Each reminder's state, read under its lock, when it may have been in several. */
	formerOf: Record<string, ReminderStatus> | null
): Promise<Moved[]> {
	const value = typeof move.to === 'string' ? sql`${move.to}::reminder_status` : move.to.value;
	const reasons =
		typeof move.reason === 'string' || move.reason === undefined
			? null
			: JSON.stringify(Object.fromEntries(move.reason));
	const reasonOf = (id: SQL) =>
		reasons === null ? sql`${move.reason ?? ''}` : sql`coalesce(${reasons}::jsonb ->> ${id}::text, '')`;
	const assignments = [
		sql`status = ${value}`,
		sql`version = ${reminders.version} + 1`,
		sql`updated_at = now()`,
		...(move.reasonOnReminder ? [sql`status_reason = ${reasonOf(sql`${reminders.id}`)}`] : []),
		...Object.entries(move.set ?? {}).map(([key, v]) => {
			const column = COLUMNS[key as keyof typeof COLUMNS];
			return sql`${sql.identifier(column.name)} = ${is(v, SQL) ? v : sql.param(v, column)}`;
		})
	];
	const former = formerOf
		? sql`(${JSON.stringify(formerOf)}::jsonb ->> m.id::text)::reminder_status`
		: sql`${from[0]}::reminder_status`;
	const alongside = move.alongside?.length
		? sql`, alongside as (insert into ${reminderEvents} (organisation_id, reminder_id, debtor_id, actor_id, action, from_status, to_status, changes, reason, at)
			${eventRows(move.alongside)})`
		: sql``;
	const rows = rowsOf<Moved>(
		await tx.execute(sql`
			with moved as (
				update ${reminders} set ${sql.join(assignments, sql`, `)}
				where ${selection(ids, from)} ${move.where ? sql`and (${move.where})` : sql``}
				returning ${reminders.id} as id, ${reminders.organisationId} as organisation_id, ${reminders.debtorId} as debtor_id, ${reminders.status} as status
			)${alongside}
			insert into ${reminderEvents} (organisation_id, reminder_id, debtor_id, actor_id, action, from_status, to_status, changes, reason)
			select m.organisation_id, m.id, m.debtor_id, ${move.actorId ?? null}::uuid, coalesce(${move.action ?? null}::text, m.status::text),
				${former}, m.status, ${move.changes ? JSON.stringify(move.changes) : null}::jsonb, ${reasonOf(sql`m.id`)}
			from moved m
			returning reminder_id as id, organisation_id as "organisationId", debtor_id as "debtorId", from_status as "from", to_status as "to"`)
	);
	// The table was checked for every state the expression may choose: it must choose one of them.
	const targets = typeof move.to === 'string' ? [move.to] : move.to.among;
	for (const r of rows) if (!targets.includes(r.to)) throw new IllegalTransition([r.from], [r.to]);
	return rows;
}
