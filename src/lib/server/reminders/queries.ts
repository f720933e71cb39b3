import { and, asc, eq, gte, ilike, lte, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { preparedPerDatabase } from '../db/prepared';
import {
	contacts,
	debtors,
	groups,
	invoices,
	organisations,
	reminderCounts,
	reminderInvoices,
	reminderRecipients,
	reminders,
	users
} from '../db/schema';
import type { ReminderStatus } from '../lifecycle/transitions';

export const REMINDERS_PAGE_SIZE = 25;

export interface ReminderFilters {
	status?: ReminderStatus;
	from?: string;
	to?: string;
	groupId?: string;
	debtorId?: string;
	q?: string;
	page?: number;
}

/** Which filters a list applies: the statement's text depends on it, the values are its parameters. */
const FILTERS = ['status', 'from', 'to', 'groupId', 'debtorId', 'q'] as const;

export interface ReminderListRow {
	id: string;
	status: ReminderStatus;
	sendDate: string;
	shortDescription: string;
	debtorName: string;
	groupName: string | null;
}

/**
 * The page's rows, the count per state under the same filters (the state aside) and the
 * organisation's groups for the filter, in one statement: one round trip for all the list shows.
 * A search reads the debtors' names once, for the rows and the counts both, and then only the
 * reminders of the debtors it found (by their index): matching every reminder's debtor by name
 * cost more than all the rest of the list.
 */
const listStatement = preparedPerDatabase((db, key) => {
	const has = new Set(key.split(','));
	const p = (name: string) => sql.placeholder(name);
	const matched = db.$with('matched').as(
		db
			.select({ id: debtors.id })
			.from(debtors)
			.where(and(eq(debtors.organisationId, p('organisationId')), ilike(debtors.name, p('q'))))
	);
	const where = (withStatus: boolean) =>
		and(
			eq(reminders.organisationId, p('organisationId')),
			withStatus && has.has('status') ? eq(reminders.status, p('status')) : undefined,
			has.has('from') ? gte(reminders.sendDate, p('from')) : undefined,
			has.has('to') ? lte(reminders.sendDate, p('to')) : undefined,
			has.has('groupId') ? eq(reminders.groupId, p('groupId')) : undefined,
			has.has('debtorId') ? eq(reminders.debtorId, p('debtorId')) : undefined,
			has.has('q') ? sql`${reminders.debtorId} = any(array(select ${matched.id} from ${matched}))` : undefined
		);
	const order = sql`${reminders.sendDate} desc, ${reminders.createdAt} desc, ${reminders.id}`;
	const rows = sql`(
		select coalesce(json_agg(json_build_object('id', shown.id, 'status', shown.status, 'sendDate', shown.send_date,
			'shortDescription', shown.short_description, 'debtorName', shown.debtor_name, 'groupName', shown.group_name)
			order by shown.send_date desc, shown.created_at desc, shown.id), '[]'::json)
		from (
			select ${reminders.id}, ${reminders.status}, ${reminders.sendDate}, ${reminders.createdAt},
				${reminders.shortDescription}, ${debtors.name} as debtor_name, ${groups.name} as group_name
			from ${reminders}
			join ${debtors} on ${debtors.id} = ${reminders.debtorId}
			left join ${groups} on ${groups.id} = ${reminders.groupId}
			where ${where(true)}
			order by ${order}
			limit ${REMINDERS_PAGE_SIZE} offset ${p('offset')}
		) shown)`;
	// Unfiltered (the state aside), the counts are the organisation's few count lines; filtered,
	// the reminders the filters leave are counted.
	const filtered = FILTERS.some((name) => name !== 'status' && has.has(name));
	const perState = filtered
		? sql`select ${reminders.status} as status, count(*) as n
			from ${reminders}
			where ${where(false)}
			group by ${reminders.status}`
		: sql`select ${reminderCounts.status} as status, sum(${reminderCounts.n}) as n
			from ${reminderCounts}
			where ${reminderCounts.organisationId} = ${p('organisationId')}
			group by ${reminderCounts.status}
			having sum(${reminderCounts.n}) <> 0`;
	const byStatus = sql`(
		select coalesce(json_object_agg(per_state.status, per_state.n), '{}'::json)
		from (${perState}) per_state)`;
	const groupOptions = sql`(
		select coalesce(json_agg(json_build_object('id', ${groups.id}, 'name', ${groups.name}) order by ${groups.name}), '[]'::json)
		from ${groups}
		where ${groups.organisationId} = ${p('organisationId')})`;
	// Drizzle writes the columns at the top of a one-table selection without their table's name,
	// which these subqueries' joins need: one level down, it leaves them as they are.
	return (has.has('q') ? db.with(matched) : db)
		.select({
			rows: sql<ReminderListRow[]>`${rows}`,
			byStatus: sql<Partial<Record<ReminderStatus, number>>>`${byStatus}`,
			groups: sql<{ id: string; name: string }[]>`${groupOptions}`
		})
		.from(organisations)
		.where(eq(organisations.id, p('organisationId')))
		.prepare(`reminder_list_${key}`);
});

/** One page of reminders, the count per state under the same filters (the state aside), and the groups to filter by. */
export async function listReminders(db: Db, organisationId: string, filters: ReminderFilters) {
	const page = Math.max(1, filters.page ?? 1);
	const key = FILTERS.filter((name) => filters[name]).join(',');
	const [found] = await listStatement(db, key).execute({
		organisationId,
		status: filters.status,
		from: filters.from,
		to: filters.to,
		groupId: filters.groupId,
		debtorId: filters.debtorId,
		q: filters.q && `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
		offset: (page - 1) * REMINDERS_PAGE_SIZE
	});
	const { rows, byStatus, groups } = found ?? { rows: [], byStatus: {}, groups: [] };
	const total = filters.status
		? (byStatus[filters.status] ?? 0)
		: Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);
	return { rows, byStatus, groups, total, page, pages: Math.max(1, Math.ceil(total / REMINDERS_PAGE_SIZE)) };
}

export async function getReminder(db: DbOrTx, organisationId: string, id: string) {
	const [row] = await db
		.select({
			reminder: reminders,
			debtorName: debtors.name,
			debtorAccount: debtors.accountNumber,
			groupName: groups.name,
			createdByName: users.name
		})
		.from(reminders)
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.leftJoin(groups, eq(groups.id, reminders.groupId))
		.leftJoin(users, eq(users.id, reminders.createdBy))
		.where(and(eq(reminders.id, id), eq(reminders.organisationId, organisationId)));
	if (!row) return null;
	const [recipients, covered] = await Promise.all([
		db
			.select({ contact: contacts, channels: reminderRecipients.channels })
			.from(reminderRecipients)
			.innerJoin(contacts, eq(contacts.id, reminderRecipients.contactId))
			.where(eq(reminderRecipients.reminderId, id))
			.orderBy(asc(contacts.lastName)),
		db
			.select({
				number: invoices.number,
				dueDate: invoices.dueDate,
				amountCents: invoices.amountCents,
				paidCents: invoices.paidCents,
				level: sql<number>`coalesce(${reminderInvoices.levelAtSend}, ${invoices.reminderLevel})`
			})
			.from(reminderInvoices)
			.innerJoin(invoices, eq(invoices.id, reminderInvoices.invoiceId))
			.where(eq(reminderInvoices.reminderId, id))
			.orderBy(asc(invoices.dueDate))
	]);
	return { ...row, recipients, covered };
}

export type ReminderDetail = NonNullable<Awaited<ReturnType<typeof getReminder>>>;
