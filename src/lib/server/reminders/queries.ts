import { and, asc, count, desc, eq, gte, ilike, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import {
	contacts,
	debtors,
	groups,
	invoices,
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

function where(organisationId: string, f: ReminderFilters, withStatus = true): SQL | undefined {
	return and(
		eq(reminders.organisationId, organisationId),
		withStatus && f.status ? eq(reminders.status, f.status) : undefined,
		f.from ? gte(reminders.sendDate, f.from) : undefined,
		f.to ? lte(reminders.sendDate, f.to) : undefined,
		f.groupId ? eq(reminders.groupId, f.groupId) : undefined,
		f.debtorId ? eq(reminders.debtorId, f.debtorId) : undefined,
		f.q ? ilike(debtors.name, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined
	);
}

/** The counts read the reminders' index alone unless a search needs the debtors' names. */
function counted(organisationId: string, filters: ReminderFilters) {
	const query = filters.q
		? (db: DbOrTx) =>
				db
					.select({ status: reminders.status, n: count() })
					.from(reminders)
					.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		: (db: DbOrTx) => db.select({ status: reminders.status, n: count() }).from(reminders);
	return (db: DbOrTx) =>
		query(db)
			.where(where(organisationId, filters, false))
			.groupBy(reminders.status);
}

/** One page of reminders and the count per state under the same filters (the state aside). */
export async function listReminders(db: DbOrTx, organisationId: string, filters: ReminderFilters) {
	const page = Math.max(1, filters.page ?? 1);
	const [rows, counts] = await Promise.all([
		db
			.select({
				id: reminders.id,
				status: reminders.status,
				sendDate: reminders.sendDate,
				shortDescription: reminders.shortDescription,
				immediate: reminders.immediate,
				keep: reminders.keep,
				version: reminders.version,
				debtorId: debtors.id,
				debtorName: debtors.name,
				groupName: groups.name
			})
			.from(reminders)
			.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
			.leftJoin(groups, eq(groups.id, reminders.groupId))
			.where(where(organisationId, filters))
			.orderBy(desc(reminders.sendDate), desc(reminders.createdAt), asc(reminders.id))
			.limit(REMINDERS_PAGE_SIZE)
			.offset((page - 1) * REMINDERS_PAGE_SIZE),
		counted(organisationId, filters)(db)
	]);
	const byStatus = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])) as Partial<
		Record<ReminderStatus, number>
	>;
	const total = filters.status
		? (byStatus[filters.status] ?? 0)
		: Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);
	return { rows, byStatus, total, page, pages: Math.max(1, Math.ceil(total / REMINDERS_PAGE_SIZE)) };
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
