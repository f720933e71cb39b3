import { and, asc, count, countDistinct, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtors, deliveries, letterBatches, operations, organisations, reminders } from '../db/schema';

/** The waiting list shows this many reminders; the counts above it cover them all. */
export const WAITING_LIST_LIMIT = 100;

export const letterDeliveries = (organisationId: string) =>
	and(eq(deliveries.organisationId, organisationId), eq(deliveries.channel, 'letter'));
/** What the next PDF takes. */
export const waitingToPrint = (organisationId: string) =>
	and(letterDeliveries(organisationId), eq(deliveries.status, 'to_print'), isNull(deliveries.letterBatchId));
/** Letters confirmed printed (sent through a batch) on `day`, a calendar day in `timezone`. */
export const sentOn = (day: string, timezone: string) =>
	and(
		eq(deliveries.status, 'sent'),
		isNotNull(deliveries.letterBatchId),
		sql`(${deliveries.sentAt} at time zone ${timezone})::date = ${day}::date`
	);

export async function organisationTimezone(db: DbOrTx, organisationId: string): Promise<string> {
	const [row] = await db
		.select({ timezone: organisations.timezone })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	return row?.timezone ?? 'Europe/Paris';
}

/** The letters that the next PDF would take, per reminder, and how many in all. */
export async function listWaitingLetters(db: DbOrTx, organisationId: string) {
	const [rows, [totals]] = await Promise.all([
		db
			.select({
				reminderId: reminders.id,
				shortDescription: reminders.shortDescription,
				debtorName: debtors.name,
				recipients: sql<
					string[]
				>`array_agg(trim(${contacts.firstName} || ' ' || ${contacts.lastName}) order by ${contacts.lastName}, ${contacts.id})`
			})
			.from(deliveries)
			.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
			.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
			.innerJoin(contacts, eq(contacts.id, deliveries.contactId))
			.where(waitingToPrint(organisationId))
			.groupBy(reminders.id, debtors.id)
			.orderBy(asc(debtors.name), asc(reminders.createdAt), asc(reminders.id))
			.limit(WAITING_LIST_LIMIT),
		db
			.select({ letters: count(), reminders: countDistinct(deliveries.reminderId) })
			.from(deliveries)
			.where(waitingToPrint(organisationId))
	]);
	return { rows, letters: totals.letters, reminders: totals.reminders };
}

/**
 * PDFs made and not yet answered for: each waits for the printer question. `preparing`: its
 * operation is still drawing its PDF.
 */
export function listPrintingBatches(db: DbOrTx, organisationId: string) {
	return db
		.select({
			id: letterBatches.id,
			createdAt: letterBatches.createdAt,
			letterCount: letterBatches.letterCount,
			// Qualified by hand: in a select list drizzle names a column without its table, which the subquery's own would shadow.
			preparing: sql<boolean>`exists (select 1 from ${operations} o where o.organisation_id = ${letterBatches}.organisation_id and o.kind = 'letters_pdf' and o.status = 'running' and o.params->>'batchId' = ${letterBatches}.id::text)`
		})
		.from(letterBatches)
		.where(and(eq(letterBatches.organisationId, organisationId), eq(letterBatches.status, 'printing')))
		.orderBy(desc(letterBatches.createdAt));
}

/** The last days letters were confirmed printed, in the organisation's calendar: what can be cancelled. */
export async function listRecentSendingDays(db: DbOrTx, organisationId: string, timezone: string, limit = 7) {
	// Grouped by position: the time zone is a parameter, and two parameters are two expressions to PostgreSQL.
	return db
		.select({
			day: sql<string>`to_char(${deliveries.sentAt} at time zone ${timezone}, 'YYYY-MM-DD')`,
			letters: count()
		})
		.from(deliveries)
		.where(and(letterDeliveries(organisationId), eq(deliveries.status, 'sent'), isNotNull(deliveries.letterBatchId)))
		.groupBy(sql`1`)
		.orderBy(sql`1 desc`)
		.limit(limit);
}

export async function countLettersSentOn(
	db: DbOrTx,
	organisationId: string,
	day: string,
	timezone: string
): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(deliveries)
		.where(and(letterDeliveries(organisationId), sentOn(day, timezone)));
	return row.n;
}
