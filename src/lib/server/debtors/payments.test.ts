import { beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import type { Db } from '../db/types';
import { debtors, invoices, organisations, payments } from '../db/schema';
import { recordPayment } from './payments';
import { getDebtor } from './queries';

let db: Db;
let orgId: string;
let debtorId: string;

async function invoice(number: string, dueDate: string, amountCents: number, paidCents = 0) {
	const [row] = await db
		.insert(invoices)
		.values({ organisationId: orgId, debtorId, number, issueDate: '2026-01-01', dueDate, amountCents, paidCents })
		.returning();
	return row;
}

const paidByNumber = async () =>
	Object.fromEntries(
		(await db.select().from(invoices).where(eq(invoices.debtorId, debtorId)).orderBy(asc(invoices.number))).map((i) => [
			i.number,
			i.paidCents
		])
	);

const pay = (amountCents: number, invoiceId: string | null = null, organisationId = orgId) =>
	recordPayment(db, organisationId, null, {
		debtorId,
		amountCents,
		paidOn: '2026-03-01',
		invoiceId,
		reference: 'VIR 42'
	});

beforeEach(async () => {
	db = await freshDb();
	[{ id: orgId }] = await db.insert(organisations).values({ name: 'Agence' }).returning();
	[{ id: debtorId }] = await db
		.insert(debtors)
		.values({ organisationId: orgId, accountNumber: 'LOC-1', name: 'Dupont' })
		.returning();
});

describe('recordPayment', () => {
	it('settles the oldest unpaid invoices first and returns the debtor for the scenarios engine', async () => {
		await invoice('F-3', '2026-03-10', 50_000);
		await invoice('F-1', '2026-01-10', 50_000, 20_000);
		await invoice('F-2', '2026-02-10', 50_000);
		const outcome = await pay(60_000);
		expect(outcome).toMatchObject({
			kind: 'recorded',
			debtorId,
			allocations: [
				{ number: 'F-1', amountCents: 30_000 },
				{ number: 'F-2', amountCents: 30_000 }
			]
		});
		expect(await paidByNumber()).toEqual({ 'F-1': 50_000, 'F-2': 30_000, 'F-3': 0 });
		const rows = await db.select().from(payments);
		expect(rows.map((p) => p.amountCents).sort()).toEqual([30_000, 30_000]);
		expect(rows.every((p) => p.reference === 'VIR 42' && p.paidOn === '2026-03-01')).toBe(true);
		expect((await getDebtor(db, orgId, debtorId))?.balanceCents).toBe(70_000);
	});

	it('settles the chosen invoice first, then carries the rest to the oldest', async () => {
		await invoice('F-1', '2026-01-10', 10_000);
		const chosen = await invoice('F-2', '2026-02-10', 10_000);
		await pay(15_000, chosen.id);
		expect(await paidByNumber()).toEqual({ 'F-1': 5_000, 'F-2': 10_000 });
	});

	it('refuses money beyond everything owed, and writes nothing', async () => {
		await invoice('F-1', '2026-01-10', 10_000, 4_000);
		await invoice('F-2', '2026-02-10', 10_000);
		expect(await pay(16_001)).toEqual({ kind: 'overpayment', openCents: 16_000 });
		expect(await paidByNumber()).toEqual({ 'F-1': 4_000, 'F-2': 0 });
		expect(await db.select().from(payments)).toHaveLength(0);
		expect((await pay(16_000)).kind).toBe('recorded');
		expect(await paidByNumber()).toEqual({ 'F-1': 10_000, 'F-2': 10_000 });
	});

	it('refuses a paid invoice, and an invoice or a debtor of another organisation', async () => {
		const paid = await invoice('F-1', '2026-01-10', 10_000, 10_000);
		await invoice('F-2', '2026-02-10', 10_000);
		expect(await pay(100, paid.id)).toEqual({ kind: 'invoice_paid' });
		const [other] = await db.insert(organisations).values({ name: 'Autre' }).returning();
		expect(await pay(100, null, other.id)).toEqual({ kind: 'not_found' });
		const [foreignDebtor] = await db
			.insert(debtors)
			.values({ organisationId: other.id, accountNumber: 'LOC-1', name: 'Autre' })
			.returning();
		const [foreign] = await db
			.insert(invoices)
			.values({
				organisationId: other.id,
				debtorId: foreignDebtor.id,
				number: 'X-1',
				issueDate: '2026-01-01',
				dueDate: '2026-01-01',
				amountCents: 500
			})
			.returning();
		expect(await pay(100, foreign.id)).toEqual({ kind: 'invoice_not_found' });
		expect(await db.select().from(payments)).toHaveLength(0);
		expect((await db.select().from(invoices).where(eq(invoices.id, foreign.id)))[0].paidCents).toBe(0);
	});
});
