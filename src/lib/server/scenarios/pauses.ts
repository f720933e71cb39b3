import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { debtorPauses, debtors, organisations } from '../db/schema';
import { todayIn } from '$lib/dates';
import type { PauseInput } from '$lib/validation/scenarios';
import { isUuid } from '$lib/validation/ids';

export type PauseWrite = 'ok' | 'not_found' | 'past_date';

/** Pauses a debtor's scenario until a date, by hand or as a promise to pay; replaces a pause. */
export async function setPause(db: Db, organisationId: string, actorId: string, debtorId: string, input: PauseInput): Promise<PauseWrite> {
	if (!isUuid(debtorId)) return 'not_found';
	const [debtor] = await db
		.select({ id: debtors.id, timezone: organisations.timezone })
		.from(debtors)
		.innerJoin(organisations, eq(organisations.id, debtors.organisationId))
		.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
	if (!debtor) return 'not_found';
	if (input.until < todayIn(debtor.timezone)) return 'past_date';
	const values = { until: input.until, promisedCents: input.promisedAmount, note: input.note, createdBy: actorId, createdAt: new Date() };
	await db
		.insert(debtorPauses)
		.values({ debtorId, organisationId, ...values })
		.onConflictDoUpdate({ target: debtorPauses.debtorId, set: values });
	return 'ok';
}

export async function endPause(db: Db, organisationId: string, debtorId: string): Promise<PauseWrite> {
	if (!isUuid(debtorId)) return 'not_found';
	const [debtor] = await db.select({ id: debtors.id }).from(debtors).where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
	if (!debtor) return 'not_found';
	await db.delete(debtorPauses).where(and(eq(debtorPauses.debtorId, debtorId), eq(debtorPauses.organisationId, organisationId)));
	return 'ok';
}

export async function getPause(db: DbOrTx, organisationId: string, debtorId: string) {
	const [row] = await db
		.select({ until: debtorPauses.until, promisedCents: debtorPauses.promisedCents, note: debtorPauses.note, createdAt: debtorPauses.createdAt })
		.from(debtorPauses)
		.where(and(eq(debtorPauses.debtorId, debtorId), eq(debtorPauses.organisationId, organisationId)));
	return row ?? null;
}
