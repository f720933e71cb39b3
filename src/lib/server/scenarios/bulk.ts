import { and, asc, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { debtors, invoices, organisations } from '../db/schema';
import type { BulkLevelInput } from '$lib/validation/scenarios';
import { enqueue } from '../queue';

export interface InvoiceFilter {
	q: string;
	dueBefore: string;
	unpaidOnly: boolean;
}

function filterWhere(organisationId: string, filter: InvoiceFilter): SQL {
	const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return and(
		eq(invoices.organisationId, organisationId),
		filter.q
			? or(ilike(debtors.name, like), ilike(debtors.accountNumber, like), ilike(invoices.number, like))
			: undefined,
		filter.dueBefore ? lte(invoices.dueDate, filter.dueBefore) : undefined,
		filter.unpaidOnly ? sql`${invoices.paidCents} < ${invoices.amountCents}` : undefined
	)!;
}

export async function listInvoicesForBulk(db: DbOrTx, organisationId: string, filter: InvoiceFilter, limit = 200) {
	const where = filterWhere(organisationId, filter);
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: invoices.id,
				number: invoices.number,
				dueDate: invoices.dueDate,
				amountCents: invoices.amountCents,
				paidCents: invoices.paidCents,
				reminderLevel: invoices.reminderLevel,
				lastReminderAt: invoices.lastReminderAt,
				tags: invoices.tags,
				debtorName: debtors.name,
				accountNumber: debtors.accountNumber
			})
			.from(invoices)
			.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
			.where(where)
			.orderBy(asc(invoices.dueDate), asc(invoices.number))
			.limit(limit),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(invoices)
			.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
			.where(where)
	]);
	return { rows, total };
}

/**
 * Sets level, last reminder date and tags on the chosen invoices (the ones ticked, or all the
 * filter finds); their debtors are re-evaluated, so that their scenarios continue from there, by
 * a job of the same transaction (the filter may find thousands).
 */
export async function applyBulkLevels(
	db: Db,
	organisationId: string,
	input: BulkLevelInput
): Promise<{ invoices: number; debtors: number }> {
	return db.transaction((tx) => setLevels(tx, organisationId, input));
}

async function setLevels(
	db: DbOrTx,
	organisationId: string,
	input: BulkLevelInput
): Promise<{ invoices: number; debtors: number }> {
	const [org] = await db
		.select({ timezone: organisations.timezone })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	const chosen =
		input.scope === 'selected'
			? and(eq(invoices.organisationId, organisationId), inArray(invoices.id, input.selected))
			: inArray(
					invoices.id,
					db
						.select({ id: invoices.id })
						.from(invoices)
						.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
						.where(filterWhere(organisationId, input))
				);
	const tags = input.tags;
	const updated = await db
		.update(invoices)
		.set({
			...(input.level !== null ? { reminderLevel: input.level } : {}),
			// The day is noon in the organisation's zone: it reads as that day wherever it is shown.
			...(input.lastReminderOn
				? { lastReminderAt: sql`(${input.lastReminderOn}::date + time '12:00') at time zone ${org.timezone}` }
				: {}),
			...(tags.length
				? {
						tags: sql`array(select distinct unnest(${invoices.tags} || array[${sql.join(
							tags.map((t) => sql`${t}::text`),
							sql`, `
						)}]))`
					}
				: {})
		})
		.where(and(eq(invoices.organisationId, organisationId), chosen))
		.returning({ debtorId: invoices.debtorId });
	const debtorIds = [...new Set(updated.map((u) => u.debtorId))];
	if (debtorIds.length) await enqueue(db, 'reevaluate-debtors', [{ organisationId, debtorIds, deletionsOnly: false }]);
	return { invoices: updated.length, debtors: debtorIds.length };
}
