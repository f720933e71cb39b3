import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { debtorGroups, debtors, groups } from '../db/schema';
import type { DebtorInput } from '$lib/validation/debtors';
import { isUuid } from '$lib/validation/ids';
import { violates } from './unique';

export type DebtorWrite =
	{ kind: 'saved'; id: string } | { kind: 'not_found' } | { kind: 'duplicate_account' } | { kind: 'unknown_group' };

class Refused extends Error {
	constructor(readonly outcome: DebtorWrite) {
		super(outcome.kind);
	}
}

export async function createDebtor(db: Db, organisationId: string, input: DebtorInput): Promise<DebtorWrite> {
	return save(db, async (tx) => {
		const [debtor] = await tx
			.insert(debtors)
			.values({
				organisationId,
				accountNumber: input.accountNumber,
				name: input.name,
				leaseReference: input.leaseReference
			})
			.returning({ id: debtors.id });
		await setGroups(tx, organisationId, debtor.id, input.groupIds);
		return debtor.id;
	});
}

/** The write alone: a person's edit goes through scenarios/debtor-changes, which re-evaluates the debtor with it. */
export async function updateDebtor(
	db: DbOrTx,
	organisationId: string,
	id: string,
	input: DebtorInput
): Promise<DebtorWrite> {
	if (!isUuid(id)) return { kind: 'not_found' };
	return save(db, async (tx) => {
		const [debtor] = await tx
			.update(debtors)
			.set({
				accountNumber: input.accountNumber,
				name: input.name,
				leaseReference: input.leaseReference,
				updatedAt: sql`now()`
			})
			.where(and(eq(debtors.id, id), eq(debtors.organisationId, organisationId)))
			.returning({ id: debtors.id });
		if (!debtor) throw new Refused({ kind: 'not_found' });
		await tx.delete(debtorGroups).where(eq(debtorGroups.debtorId, id));
		await setGroups(tx, organisationId, id, input.groupIds);
		return id;
	});
}

/** All or nothing: a refusal found half-way rolls the whole write back. */
async function save(db: DbOrTx, write: (tx: DbOrTx) => Promise<string>): Promise<DebtorWrite> {
	try {
		return { kind: 'saved', id: await db.transaction(write) };
	} catch (error) {
		if (error instanceof Refused) return error.outcome;
		if (violates(error, 'debtors_org_account_idx')) return { kind: 'duplicate_account' };
		throw error;
	}
}

/** Only the organisation's own groups: a forged id of another organisation's group is refused. */
async function setGroups(tx: DbOrTx, organisationId: string, debtorId: string, groupIds: string[]): Promise<void> {
	const wanted = [...new Set(groupIds)];
	if (!wanted.length) return;
	const found = await tx
		.select({ id: groups.id })
		.from(groups)
		.where(and(eq(groups.organisationId, organisationId), inArray(groups.id, wanted)));
	if (found.length !== wanted.length) throw new Refused({ kind: 'unknown_group' });
	await tx.insert(debtorGroups).values(wanted.map((groupId) => ({ debtorId, groupId })));
}
