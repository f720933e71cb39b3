import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import type { Db } from '../db/types';
import { debtorGroups, debtors, groups, invoices, organisations, reminders } from '../db/schema';
import { createDebtor, updateDebtor } from './debtors';
import { createGroup, deleteGroup, listGroups, renameGroup } from './groups';
import { addInvoice } from './invoices';
import { findDebtor, getDebtor, listDebtors } from './queries';

let db: Db;
let orgId: string;
let otherOrgId: string;

beforeEach(async () => {
	db = await freshDb();
	[{ id: orgId }, { id: otherOrgId }] = await db
		.insert(organisations)
		.values([{ name: 'A' }, { name: 'B' }])
		.returning();
});

const input = (accountNumber: string, groupIds: string[] = []) => ({
	accountNumber,
	name: `Débiteur ${accountNumber}`,
	leaseReference: '',
	groupIds
});

async function saved(outcome: Awaited<ReturnType<typeof createDebtor>>) {
	if (outcome.kind !== 'saved') throw new Error(outcome.kind);
	return outcome.id;
}

describe('debtors', () => {
	it('creates and edits a debtor with his groups', async () => {
		const [rejet, assurances] = await db
			.insert(groups)
			.values([
				{ organisationId: orgId, name: 'Rejet' },
				{ organisationId: orgId, name: 'Assurances' }
			])
			.returning();
		const id = await saved(await createDebtor(db, orgId, input('LOC-1', [rejet.id])));
		expect(await findDebtor(db, orgId, id)).toMatchObject({ accountNumber: 'LOC-1', groupIds: [rejet.id] });
		expect(
			await updateDebtor(db, orgId, id, { ...input('LOC-1b', [assurances.id]), leaseReference: 'BAIL-7' })
		).toEqual({ kind: 'saved', id });
		expect(await findDebtor(db, orgId, id)).toMatchObject({
			accountNumber: 'LOC-1b',
			leaseReference: 'BAIL-7',
			groupIds: [assurances.id]
		});
	});

	it('keeps account numbers unique per organisation, and refuses without writing anything', async () => {
		await saved(await createDebtor(db, orgId, input('LOC-1')));
		const second = await saved(await createDebtor(db, orgId, input('LOC-2')));
		expect(await createDebtor(db, orgId, input('LOC-1'))).toEqual({ kind: 'duplicate_account' });
		expect(await updateDebtor(db, orgId, second, input('LOC-1'))).toEqual({ kind: 'duplicate_account' });
		expect((await findDebtor(db, orgId, second))?.accountNumber).toBe('LOC-2');
		expect((await createDebtor(db, otherOrgId, input('LOC-1'))).kind).toBe('saved');
	});

	it("refuses another organisation's group and debtor, leaving the debtor as he was", async () => {
		const [foreign] = await db.insert(groups).values({ organisationId: otherOrgId, name: 'Secret' }).returning();
		const id = await saved(await createDebtor(db, orgId, input('LOC-1')));
		expect(await updateDebtor(db, orgId, id, input('LOC-9', [foreign.id]))).toEqual({ kind: 'unknown_group' });
		expect(await findDebtor(db, orgId, id)).toMatchObject({ accountNumber: 'LOC-1', groupIds: [] });
		expect(await updateDebtor(db, otherOrgId, id, input('LOC-9'))).toEqual({ kind: 'not_found' });
		expect(await updateDebtor(db, orgId, 'not-a-uuid', input('LOC-9'))).toEqual({ kind: 'not_found' });
		expect(await createDebtor(db, orgId, input('LOC-2', [foreign.id]))).toEqual({ kind: 'unknown_group' });
		expect(await db.select().from(debtors).where(eq(debtors.accountNumber, 'LOC-2'))).toHaveLength(0);
	});

	it('lists and shows each debtor with his own balance', async () => {
		const a = await saved(await createDebtor(db, orgId, input('LOC-A')));
		const b = await saved(await createDebtor(db, orgId, input('LOC-B')));
		await addInvoice(db, orgId, a, {
			number: 'F-1',
			issueDate: '2026-01-01',
			dueDate: '2026-01-10',
			amountCents: 12_345
		});
		await addInvoice(db, orgId, b, { number: 'F-2', issueDate: '2026-01-01', dueDate: '2026-01-10', amountCents: 500 });
		await db.update(invoices).set({ paidCents: 100 }).where(eq(invoices.number, 'F-2'));
		const list = await listDebtors(db, orgId, {});
		expect(list.rows.map((r) => [r.accountNumber, r.balanceCents])).toEqual([
			['LOC-A', 12_345],
			['LOC-B', 400]
		]);
		expect((await listDebtors(db, orgId, { q: 'loc-b' })).rows.map((r) => r.accountNumber)).toEqual(['LOC-B']);
		expect((await getDebtor(db, orgId, a))?.balanceCents).toBe(12_345);
	});
});

describe('invoices', () => {
	it('keeps invoice numbers unique per organisation and refuses a foreign debtor', async () => {
		const id = await saved(await createDebtor(db, orgId, input('LOC-1')));
		const invoice = { number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-01-10', amountCents: 100 };
		expect((await addInvoice(db, orgId, id, invoice)).kind).toBe('saved');
		expect(await addInvoice(db, orgId, id, invoice)).toEqual({ kind: 'duplicate_number' });
		expect(await addInvoice(db, otherOrgId, id, { ...invoice, number: 'F-2' })).toEqual({ kind: 'not_found' });
		expect(await db.select().from(invoices)).toHaveLength(1);
	});
});

describe('groups', () => {
	it('creates, renames and deletes, within the organisation only', async () => {
		expect(await createGroup(db, orgId, 'Rejet')).toBe('ok');
		expect(await createGroup(db, orgId, 'Rejet')).toBe('duplicate_name');
		expect(await createGroup(db, otherOrgId, 'Rejet')).toBe('ok');
		const [rejet] = await listGroups(db, orgId);
		expect(await renameGroup(db, otherOrgId, rejet.id, 'Volé')).toBe('not_found');
		expect(await deleteGroup(db, otherOrgId, rejet.id)).toBe('not_found');
		expect(await renameGroup(db, orgId, rejet.id, 'Contentieux')).toBe('ok');
		expect((await listGroups(db, orgId)).map((g) => g.name)).toEqual(['Contentieux']);
	});

	it('deletes a group that debtors and reminders still use: they carry on without it', async () => {
		const [group] = await db.insert(groups).values({ organisationId: orgId, name: 'Rejet' }).returning();
		const id = await saved(await createDebtor(db, orgId, input('LOC-1', [group.id])));
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId: orgId,
				debtorId: id,
				groupId: group.id,
				status: 'scheduled',
				sendDate: '2026-03-01',
				shortDescription: 'Première relance',
				requiresValidation: false,
				content: { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' }
			})
			.returning();
		expect((await listGroups(db, orgId))[0].debtorCount).toBe(1);
		expect(await deleteGroup(db, orgId, group.id)).toBe('ok');
		expect(await db.select().from(debtorGroups)).toHaveLength(0);
		const [after] = await db.select().from(reminders).where(eq(reminders.id, reminder.id));
		expect(after).toMatchObject({ groupId: null, status: 'scheduled' });
	});
});
