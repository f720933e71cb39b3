import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { organisations } from '../../src/lib/server/db/schema';
import { sendingPause } from '../../src/lib/server/delivery/today';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let org: { id: string };
beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière');
});

const settingsOf = async () => (await db.select().from(organisations).where(eq(organisations.id, org.id)))[0];

describe('Aujourd’hui outside the sending window', () => {
	it('says which holiday it is and when sending resumes, in the reader’s language', async () => {
		const christmas = new Date('2026-12-25T10:00:00+01:00');
		expect(await sendingPause(db, org.id, { locale: 'fr', at: christmas })).toBe(
			'Jour férié (Noël) : les envois reprennent lundi 28 décembre à 09:00'
		);
		expect(await sendingPause(db, org.id, { locale: 'en', at: christmas })).toMatch(
			/^Public holiday \(.+\): sending resumes Monday 28 December at 09:00$/
		);
		expect(await sendingPause(db, org.id, { locale: 'fr', at: new Date('2026-12-24T19:00:00+01:00') })).toBe(
			"Hors des heures d'envoi : les envois reprennent lundi 28 décembre à 09:00"
		);
		expect(await sendingPause(db, org.id, { locale: 'fr', at: new Date('2026-12-24T10:00:00+01:00') })).toBeNull();
		await db.update(organisations).set({ skipHolidays: false });
		expect(await sendingPause(db, org.id, { locale: 'fr', at: christmas })).toBeNull();
	});

	it('shows it on the page', async () => {
		// A window of one minute late at night: the page is read outside it.
		await db
			.update(organisations)
			.set({ sendingDays: [1, 2, 3, 4, 5, 6, 7], sendingStart: '23:58', sendingEnd: '23:59' });
		const manager = await makeUser(db, org.id, 'manager');
		const page = await (await loggedIn(manager.email, TEST_PASSWORD)).get('/aujourdhui');
		expect(page.body).toMatch(
			/data-testid="sending-pause">Hors des heures d(&#39;|')envoi : les envois reprennent \S+ \d+ \S+ à 23:58</
		);
	});
});

describe('the public-holidays section of the organisation settings', () => {
	it('saves the country, the region and the flag, offers the library’s regions, and refuses a region of another country', async () => {
		const admin = await makeUser(db, org.id, 'admin');
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		const page = await client.get('/reglages/organisation');
		expect(page.body).toContain('action="?/sending-days"');
		expect(page.body).toContain('Département Moselle');
		expect(page.body).toContain('Belgique');

		expect(
			(await client.action('/reglages/organisation?/sending-days', { country: 'FR', holidayRegion: '57' })).data
		).toEqual({ sendingDaysDone: 'Jours fériés enregistrés.' });
		expect(await settingsOf()).toMatchObject({ country: 'FR', holidayRegion: '57', skipHolidays: false });

		const refused = await client.action('/reglages/organisation?/sending-days', {
			country: 'BE',
			holidayRegion: '57',
			skipHolidays: 'on'
		});
		expect(refused.status).toBe(400);
		expect(refused.data).toMatchObject({ errors: { holidayRegion: 'Choisissez une région de ce pays.' } });
		expect(
			(await client.action('/reglages/organisation?/sending-days', { country: 'XX', skipHolidays: 'on' })).status
		).toBe(400);
		expect(await settingsOf()).toMatchObject({ country: 'FR', holidayRegion: '57', skipHolidays: false });

		const shown = await client.post('/reglages/organisation?/sending-days', {
			country: 'BE',
			holidayRegion: 'BRU',
			skipHolidays: 'on'
		});
		expect(shown.status).toBe(200);
		expect(await settingsOf()).toMatchObject({ country: 'BE', holidayRegion: 'BRU', skipHolidays: true });
	});

	it('is an admin’s only', async () => {
		const manager = await makeUser(db, org.id, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		expect(
			(await client.action('/reglages/organisation?/sending-days', { country: 'BE', skipHolidays: 'on' })).status
		).toBe(403);
		expect((await settingsOf()).country).toBe('FR');
	});
});
