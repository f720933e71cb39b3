import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq, notExists, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { freshDb } from '../../../../tests/helpers/db';
import type { Db } from '../db/types';
import { contacts, debtors, groups, invoices, memberships, organisations, payments, users } from '../db/schema';
import { verifyPassword } from '../auth/passwords';
import { ROLES } from '../../roles';
import { DEMO_ORGANISATION_NAME, seedDemo } from './seed';
import { prepareDemo, resetDemo } from './startup';

const PASSWORD = 'relance-demo';

beforeEach(() => {
	vi.stubEnv('DEMO_DATA', 'on');
	vi.stubEnv('DEMO_PASSWORD', PASSWORD);
});

afterEach(() => {
	vi.unstubAllEnvs();
	vi.restoreAllMocks();
});

async function count(db: Db, table: PgTable) {
	const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
	return Number(n);
}

describe('seedDemo', () => {
	it('creates the demo organisation, its groups, one user per role and 200 debtors', async () => {
		const db = await freshDb();
		const logins = await seedDemo(db, PASSWORD);

		const orgs = await db.select().from(organisations);
		expect(orgs).toHaveLength(1);
		expect(orgs[0]).toMatchObject({ name: 'Agence Démo', city: 'Lyon', timezone: 'Europe/Paris' });
		const groupNames = (await db.select({ name: groups.name }).from(groups)).map((g) => g.name);
		expect(groupNames.sort()).toEqual(['Assurances', 'Contentieux', 'Rejet']);
		const members = await db
			.select({ email: users.email, role: memberships.role, organisationId: memberships.organisationId })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId));
		expect(await db.select({ id: users.id }).from(users)).toHaveLength(4);
		expect(members.map((m) => m.role).sort()).toEqual([...ROLES].sort());
		expect(members.every((m) => m.organisationId === orgs[0].id)).toBe(true);
		expect(logins.map((l) => ({ role: l.role, email: l.email }))).toEqual(
			expect.arrayContaining(members.map((m) => ({ role: m.role, email: m.email })))
		);
		expect(logins.every((l) => l.password === PASSWORD)).toBe(true);
		expect(await count(db, debtors)).toBe(200);
	});

	it('includes the awkward cases the lists must show: no email, email to check, no reminder contact', async () => {
		const db = await freshDb();
		await seedDemo(db, PASSWORD);

		const withEmail = db
			.select({ id: contacts.id })
			.from(contacts)
			.where(and(eq(contacts.debtorId, debtors.id), sql`${contacts.email} is not null`));
		const anyContact = db.select({ id: contacts.id }).from(contacts).where(eq(contacts.debtorId, debtors.id));
		const withoutEmail = await db
			.select({ id: debtors.id })
			.from(debtors)
			.where(and(sql`exists ${anyContact}`, notExists(withEmail)));
		expect(withoutEmail.length).toBeGreaterThanOrEqual(5);

		const flagged = await db
			.select()
			.from(contacts)
			.where(sql`${contacts.emailCheck} is not null`);
		expect(flagged.length).toBeGreaterThanOrEqual(5);
		expect(flagged.every((c) => c.emailCheck === 'typo' || c.emailCheck === 'syntax')).toBe(true);
		expect(flagged.some((c) => c.emailSuggestion !== null)).toBe(true);

		const relance = db
			.select({ id: contacts.id })
			.from(contacts)
			.where(and(eq(contacts.debtorId, debtors.id), eq(contacts.role, 'relance')));
		const noRelance = await db.select({ id: debtors.id }).from(debtors).where(notExists(relance));
		expect(noRelance.length).toBeGreaterThanOrEqual(5);

		const phones = await db.select({ phone: contacts.mobilePhone }).from(contacts);
		const stored = phones.map((p) => p.phone).filter((p) => p !== null);
		expect(stored.length).toBeGreaterThan(0);
		for (const phone of stored) expect(phone).toMatch(/^\+33[67]\d{8}$/);
	});

	it('stores money as integer cents, never overpaid, backed by matching payments', async () => {
		const db = await freshDb();
		await seedDemo(db, PASSWORD);

		const rows = await db.select().from(invoices);
		for (const invoice of rows) {
			expect(Number.isInteger(invoice.amountCents)).toBe(true);
			expect(Number.isInteger(invoice.paidCents)).toBe(true);
			expect(invoice.paidCents).toBeGreaterThanOrEqual(0);
			expect(invoice.paidCents).toBeLessThanOrEqual(invoice.amountCents);
		}
		expect(rows.some((i) => i.paidCents === 0)).toBe(true);
		expect(rows.some((i) => i.paidCents === i.amountCents)).toBe(true);
		expect(rows.some((i) => i.reminderLevel > 0 && i.lastReminderAt !== null)).toBe(true);
		expect(new Set(rows.map((i) => i.number)).size).toBe(rows.length);

		const paid = new Map<string, number>();
		for (const payment of await db.select().from(payments)) {
			expect(Number.isInteger(payment.amountCents)).toBe(true);
			paid.set(payment.invoiceId!, (paid.get(payment.invoiceId!) ?? 0) + payment.amountCents);
		}
		for (const invoice of rows) expect(paid.get(invoice.id) ?? 0).toBe(invoice.paidCents);
	});

	it('hashes the demo password so that it logs in', async () => {
		const db = await freshDb();
		const [login] = await seedDemo(db, PASSWORD);
		const [user] = await db.select().from(users).where(eq(users.email, login.email));
		expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
		expect(await verifyPassword(user.passwordHash, 'autre chose')).toBe(false);
	});

	it('refuses to seed a second time', async () => {
		const db = await freshDb();
		await seedDemo(db, PASSWORD);
		await expect(seedDemo(db, PASSWORD)).rejects.toThrow(/existent déjà/);
		expect(await count(db, organisations)).toBe(1);
		expect(await count(db, debtors)).toBe(200);
	});
});

describe('prepareDemo', () => {
	it('seeds an empty installation once and prints the logins each time', async () => {
		const db = await freshDb();
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await prepareDemo(db);
		await prepareDemo(db);
		expect(await count(db, organisations)).toBe(1);
		expect(await count(db, debtors)).toBe(200);
		expect(log).toHaveBeenCalledTimes(2);
		const printed = String(log.mock.calls[0][0]);
		expect(printed).toContain('mot de passe : relance-demo');
		for (const text of ['Administrateur', 'Gestionnaire', 'Valideur', 'Agent', 'admin@demo.relance.fr']) {
			expect(printed).toContain(text);
		}
	});

	it('leaves an installation that already has organisations alone', async () => {
		const db = await freshDb();
		await db.insert(organisations).values({ name: 'Agence Réelle' });
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await prepareDemo(db);
		expect(await count(db, organisations)).toBe(1);
		expect(await count(db, debtors)).toBe(0);
		expect(log).not.toHaveBeenCalled();
	});

	it('does not seed when DEMO_DATA is off', async () => {
		const db = await freshDb();
		vi.stubEnv('DEMO_DATA', 'off');
		await prepareDemo(db);
		expect(await count(db, organisations)).toBe(0);
	});
});

describe('resetDemo', () => {
	it('recreates the demo organisation and keeps the other organisations intact', async () => {
		const db = await freshDb();
		const [real] = await db.insert(organisations).values({ name: 'Agence Réelle' }).returning();
		const [realDebtor] = await db
			.insert(debtors)
			.values({ organisationId: real.id, accountNumber: 'LOC-000001', name: 'Dupont Jean' })
			.returning();
		await db.insert(users).values({ email: 'gerant@agence-reelle.fr', name: 'Gérant', passwordHash: 'x' });
		await seedDemo(db, PASSWORD);
		const [before] = await db.select().from(organisations).where(eq(organisations.name, DEMO_ORGANISATION_NAME));

		const logins = await resetDemo(db);

		const demo = await db.select().from(organisations).where(eq(organisations.name, DEMO_ORGANISATION_NAME));
		expect(demo).toHaveLength(1);
		expect(demo[0].id).not.toBe(before.id);
		const [{ n }] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(debtors)
			.where(eq(debtors.organisationId, demo[0].id));
		expect(Number(n)).toBe(200);
		expect(logins).toHaveLength(4);
		expect(await db.select().from(users)).toHaveLength(5);
		expect(await db.select().from(debtors).where(eq(debtors.organisationId, real.id))).toEqual([realDebtor]);
		expect(await db.select().from(organisations).where(eq(organisations.id, real.id))).toEqual([real]);
	});
});
