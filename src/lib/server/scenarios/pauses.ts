import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { debtorPauses, debtors, organisations } from '../db/schema';
import { dayIn } from '../clock';
import type { PauseInput } from '$lib/validation/scenarios';
import { isUuid } from '$lib/validation/ids';
import { reevaluateIn } from './run';

export type PauseWrite = 'ok' | 'not_found' | 'past_date';

/**
 * Pauses a debtor's scenario until a date, by hand or as a promise to pay; replaces a pause. His
 * waiting reminders of the scenario go in the same transaction.
 */
export async function setPause(
	db: Db,
	organisationId: string,
	actorId: string,
	debtorId: string,
	input: PauseInput
): Promise<PauseWrite> {
	if (!isUuid(debtorId)) return 'not_found';
	return db.transaction(async (tx) => {
		const [debtor] = await tx
			.select({ id: debtors.id, today: dayIn(organisations.timezone) })
			.from(debtors)
			.innerJoin(organisations, eq(organisations.id, debtors.organisationId))
			.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
		if (!debtor) return 'not_found';
		if (input.until < debtor.today) return 'past_date';
		const values = {
			until: input.until,
			promisedCents: input.promisedAmount,
			note: input.note,
			createdBy: actorId,
			createdAt: sql`now()`
		};
		await tx
			.insert(debtorPauses)
			.values({ debtorId, organisationId, ...values })
			.onConflictDoUpdate({ target: debtorPauses.debtorId, set: values });
		await reevaluateIn(tx, organisationId, debtorId);
		return 'ok';
	});
}

/** Ends a pause: the scenario resumes, its next step written in the same transaction when due. */
export async function endPause(db: Db, organisationId: string, debtorId: string): Promise<PauseWrite> {
	if (!isUuid(debtorId)) return 'not_found';
	return db.transaction(async (tx) => {
		const [debtor] = await tx
			.select({ id: debtors.id })
			.from(debtors)
			.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
		if (!debtor) return 'not_found';
		await tx
			.delete(debtorPauses)
			.where(and(eq(debtorPauses.debtorId, debtorId), eq(debtorPauses.organisationId, organisationId)));
		await reevaluateIn(tx, organisationId, debtorId);
		return 'ok';
	});
}

export async function getPause(db: DbOrTx, organisationId: string, debtorId: string) {
	const [row] = await db
		.select({
			until: debtorPauses.until,
			promisedCents: debtorPauses.promisedCents,
			note: debtorPauses.note,
			createdAt: debtorPauses.createdAt
		})
		.from(debtorPauses)
		.where(and(eq(debtorPauses.debtorId, debtorId), eq(debtorPauses.organisationId, organisationId)));
	return row ?? null;
}
