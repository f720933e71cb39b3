import { beforeEach, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeDebtor, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { organisations } from '../../src/lib/server/db/schema';
import { organisationClock, organisationToday } from '../../src/lib/server/clock';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;

beforeEach(async () => {
	db = await freshDb();
});

/** 25 hours apart: at every instant, their calendar days differ. */
const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];

async function agencyIn(timezone: string) {
	const org = await makeOrganisation(db, `Agence ${timezone}`);
	await db.update(organisations).set({ timezone }).where(eq(organisations.id, org.id));
	const debtor = await makeDebtor(db, org.id);
	const person = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
	return { org, debtor, person };
}

it("the invoice and payment forms start at the organisation's day, in its own time zone", async () => {
	for (const timezone of ZONES) {
		const { debtor, person } = await agencyIn(timezone);
		const today = todayIn(timezone);
		const invoice = (await person.get(`/debiteurs/${debtor.id}/factures/nouvelle`)).body;
		expect(invoice).toMatch(new RegExp(`name="issueDate"[^>]*value="${today}"|value="${today}"[^>]*name="issueDate"`));
		const payment = (await person.get(`/debiteurs/${debtor.id}/paiements/nouveau`)).body;
		expect(payment).toMatch(new RegExp(`name="paidOn"[^>]*value="${today}"|value="${today}"[^>]*name="paidOn"`));
	}
});

it("an organisation's now is the database's, and its day that instant in its time zone; a pinned instant overrides", async () => {
	const kiritimati = await makeOrganisation(db, 'Kiritimati');
	await db.update(organisations).set({ timezone: 'Pacific/Kiritimati' }).where(eq(organisations.id, kiritimati.id));
	const pinned = new Date('2026-11-23T10:30:00Z');
	expect(await organisationClock(db, kiritimati.id, pinned)).toEqual({
		now: pinned,
		today: '2026-11-24',
		timezone: 'Pacific/Kiritimati'
	});
	const clock = (await organisationClock(db, kiritimati.id))!;
	expect(Math.abs(clock.now.getTime() - Date.now())).toBeLessThan(60_000);
	expect(clock.today).toBe(todayIn('Pacific/Kiritimati', clock.now));
	expect(await organisationToday(db, kiritimati.id, new Date('2026-11-23T09:59:59Z'))).toBe('2026-11-23');
});
