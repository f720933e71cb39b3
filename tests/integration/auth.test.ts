import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { sessions, users } from '../../src/lib/server/db/schema';
import { sessionIdFromToken } from '../../src/lib/server/auth/sessions';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let email: string;

beforeEach(async () => {
	db = await freshDb();
	const org = await makeOrganisation(db);
	email = (await makeUser(db, org.id, 'manager')).email;
});

const sessionCookieLine = (headers: Record<string, unknown>) =>
	([headers['set-cookie']].flat() as string[]).find((l) => l?.startsWith('relance_session='));

describe('login', () => {
	it('opens a session whose cookie is httpOnly, SameSite=Lax, 30 days, and stores only the token hash', async () => {
		const client = await Client.create();
		const reply = await client.post('/login', { email, password: TEST_PASSWORD });
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/aujourdhui');

		const line = sessionCookieLine(reply.headers)!;
		expect(line).toMatch(/HttpOnly/i);
		expect(line).toMatch(/SameSite=Lax/i);
		expect(line).toMatch(/Path=\//);
		expect(line).not.toMatch(/Secure/i);
		const expires = new Date(/Expires=([^;]+)/i.exec(line)![1]).getTime();
		expect(Math.abs(expires - Date.now() - 30 * 864e5)).toBeLessThan(60_000);

		const token = client.cookies.get('relance_session')!;
		const stored = await db.select().from(sessions);
		expect(stored).toHaveLength(1);
		expect(stored[0].id).toBe(sessionIdFromToken(token));
		expect(stored[0].id).not.toContain(token);

		expect((await client.get('/aujourdhui')).status).toBe(200);
	});

	it('marks the cookie Secure when the site is not localhost', async () => {
		const client = await Client.create({ host: 'relance.example', 'x-forwarded-proto': 'https' });
		const reply = await client.post(
			'/login',
			{ email, password: TEST_PASSWORD },
			{ origin: 'https://relance.example' }
		);
		expect(reply.status).toBe(303);
		expect(sessionCookieLine(reply.headers)).toMatch(/Secure/i);
	});

	it('refuses a wrong password with a clear message and no session', async () => {
		const client = await Client.create();
		const reply = await client.post('/login', { email, password: 'not the password' });
		expect(reply.status).toBe(400);
		expect(reply.body).toContain('Adresse e-mail ou mot de passe incorrect.');
		expect(client.cookies.has('relance_session')).toBe(false);
		expect(await db.select().from(sessions)).toHaveLength(0);
	});

	it('answers an unknown email exactly as a wrong password', async () => {
		const client = await Client.create();
		const reply = await client.action('/login', { email: 'nobody@example.test', password: 'whatever' });
		expect(reply.status).toBe(400);
		expect(reply.data?.errors).toEqual({ _form: 'Adresse e-mail ou mot de passe incorrect.' });
	});

	it('throttles an account after five failures, even for the right password, then lets it in later', async () => {
		const client = await Client.create();
		for (let i = 0; i < 5; i++) expect((await client.post('/login', { email, password: `bad ${i}` })).status).toBe(400);
		const sixth = await client.action('/login', { email, password: 'bad again' });
		expect(sixth.status).toBe(400);
		const locked = await client.action('/login', { email, password: TEST_PASSWORD });
		expect(locked.status).toBe(429);
		expect(String((locked.data?.errors as Record<string, string>)._form)).toMatch(
			/Trop de tentatives de connexion\. Réessayez dans \d+ minute/
		);
		expect(client.cookies.has('relance_session')).toBe(false);

		await db.execute(sql`update login_throttle set locked_until = now() - interval '1 second'`);
		expect((await client.post('/login', { email, password: TEST_PASSWORD })).status).toBe(303);
	});

	it('throttles an address that tries many accounts, past what a whole office would mistype', async () => {
		const client = await Client.create({ 'x-forwarded-for': '203.0.113.7' });
		for (let i = 0; i < 100; i++) await client.post('/login', { email: `someone${i}@example.test`, password: 'x' });
		expect((await client.post('/login', { email, password: TEST_PASSWORD })).status).toBe(303);
		await client.post('/login', { email: 'someone-else@example.test', password: 'x' });
		const reply = await client.action('/login', { email, password: TEST_PASSWORD });
		expect(reply.status).toBe(429);
	});

	it("one person's typos in a shared office lock only his own account from there", async () => {
		const colleague = await makeUser(db, (await makeOrganisation(db, 'Agence Voisine')).id, 'manager');
		const office = { 'x-forwarded-for': '198.51.100.20' };
		const typist = await Client.create(office);
		for (let i = 0; i < 40; i++) await typist.post('/login', { email, password: `faute ${i}` });
		expect((await typist.action('/login', { email, password: TEST_PASSWORD })).status).toBe(429);
		// The whole office mistypes now and then: eight people, four typos each, one connection.
		for (let person = 0; person < 8; person++) {
			const desk = await Client.create(office);
			for (let i = 0; i < 4; i++)
				await desk.post('/login', { email: `collegue${person}@agence.test`, password: `faute ${i}` });
		}
		// The colleague at the next desk, behind the same connection, still logs in.
		const next = await Client.create(office);
		expect((await next.post('/login', { email: colleague.email, password: TEST_PASSWORD })).status).toBe(303);
		// The typist himself, from home, is not locked by his office's typos.
		const home = await Client.create({ 'x-forwarded-for': '192.0.2.44' });
		expect((await home.post('/login', { email, password: TEST_PASSWORD })).status).toBe(303);
	});

	it('locks an account tried from many addresses, each under its own allowance', async () => {
		for (let i = 0; i < 21; i++) {
			const visitor = await Client.create({ 'x-forwarded-for': `192.0.2.${100 + i}` });
			await visitor.post('/login', { email, password: `devine ${i}` });
		}
		const owner = await Client.create({ 'x-forwarded-for': '192.0.2.250' });
		expect((await owner.action('/login', { email, password: TEST_PASSWORD })).status).toBe(429);
	});

	it('gives field errors in French by default and in English when chosen', async () => {
		const fr = await (await Client.create()).action('/login', { email: '', password: '' });
		expect(fr.data?.errors).toMatchObject({
			email: 'Ce champ est obligatoire.',
			password: 'Ce champ est obligatoire.'
		});

		const english = await Client.create();
		english.cookies.set('PARAGLIDE_LOCALE', 'en');
		const en = await english.action('/login', { email: 'not-an-email', password: 'x' });
		expect(en.data?.errors).toMatchObject({ email: 'Invalid email address.' });
	});

	it('keeps answering in English after the validation sources are loaded beside the built app', async () => {
		await Client.create();
		// Zod's configuration lives on globalThis: a second copy of the messages, loaded after
		// the app's, must not take over its requests with a runtime that knows no language.
		const { loginSchema } = await import('../../src/lib/validation/auth');
		expect(loginSchema.safeParse({ email: '', password: '' }).error?.issues[0].message).toBe(
			'Ce champ est obligatoire.'
		);
		const english = await Client.create();
		english.cookies.set('PARAGLIDE_LOCALE', 'en');
		const en = await english.action('/login', { email: '', password: 'x' });
		expect(en.data?.errors).toMatchObject({ email: 'This field is required.' });
	});

	it('shows the error next to its field when JavaScript is off', async () => {
		const reply = await (await Client.create()).post('/login', { email: 'pas-une-adresse', password: 'x' });
		expect(reply.status).toBe(400);
		expect(reply.body).toMatch(/<p class="error" id="field-email-error" role="alert">Adresse e-mail invalide\.<\/p>/);
		expect(reply.body).toContain('value="pas-une-adresse"');
	});

	it('never redirects off the site after login', async () => {
		const client = await Client.create();
		const reply = await client.post('/login', { email, password: TEST_PASSWORD, redirectTo: '//evil.example/steal' });
		expect(reply.location).toBe('/aujourdhui');
	});

	it('issues a new token at login instead of adopting one planted before (fixation)', async () => {
		const client = await Client.create();
		client.cookies.set('relance_session', 'planted-token-from-an-attacker');
		await client.post('/login', { email, password: TEST_PASSWORD });
		expect(client.cookies.get('relance_session')).not.toBe('planted-token-from-an-attacker');
		const [row] = await db.select().from(sessions);
		expect(row.id).not.toBe(sessionIdFromToken('planted-token-from-an-attacker'));
	});
});

describe('session life', () => {
	it('logout deletes the session and its cookie', async () => {
		const client = await loggedIn(email, TEST_PASSWORD);
		const token = client.cookies.get('relance_session')!;
		const reply = await client.post('/logout', {});
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/login');
		expect(client.cookies.has('relance_session')).toBe(false);
		expect(await db.select().from(sessions)).toHaveLength(0);

		client.cookies.set('relance_session', token);
		const after = await client.get('/aujourdhui');
		expect(after.status).toBe(303);
		expect(after.location).toMatch(/^\/login/);
	});

	it('an expired session is refused and removed', async () => {
		const client = await loggedIn(email, TEST_PASSWORD);
		await db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
		const reply = await client.get('/aujourdhui');
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/login?redirectTo=%2Faujourdhui');
		expect(await db.select().from(sessions)).toHaveLength(0);
	});

	it('a session used in its second half is renewed for 30 days', async () => {
		const client = await loggedIn(email, TEST_PASSWORD);
		await db.update(sessions).set({ expiresAt: new Date(Date.now() + 10 * 864e5) });
		const reply = await client.get('/aujourdhui');
		expect(reply.status).toBe(200);
		const [row] = await db.select().from(sessions);
		expect(Math.abs(row.expiresAt.getTime() - Date.now() - 30 * 864e5)).toBeLessThan(60_000);
		const expires = new Date(/Expires=([^;]+)/i.exec(sessionCookieLine(reply.headers)!)![1]).getTime();
		expect(Math.abs(expires - row.expiresAt.getTime())).toBeLessThan(1500);
	});

	it('a fresh session is not rewritten on every request, nor its cookie sent again', async () => {
		const client = await loggedIn(email, TEST_PASSWORD);
		const [before] = await db.select().from(sessions);
		const reply = await client.get('/aujourdhui');
		expect(reply.status).toBe(200);
		const [after] = await db.select().from(sessions);
		expect(after.expiresAt.getTime()).toBe(before.expiresAt.getTime());
		// A late answer carrying the cookie would put it back after the browser dropped it.
		expect(sessionCookieLine(reply.headers)).toBeUndefined();
	});

	it('changing the password ends the other sessions but keeps this one', async () => {
		const phone = await loggedIn(email, TEST_PASSWORD);
		const laptop = await loggedIn(email, TEST_PASSWORD);
		expect(await db.select().from(sessions)).toHaveLength(2);

		const result = await phone.action('/compte?/password', {
			currentPassword: TEST_PASSWORD,
			password: 'a brand new passphrase',
			confirmPassword: 'a brand new passphrase'
		});
		expect(result.type).toBe('success');
		expect(result.data?.done).toBe('Mot de passe changé. Vos autres sessions ont été fermées.');

		expect((await phone.get('/aujourdhui')).status).toBe(200);
		expect((await laptop.get('/aujourdhui')).status).toBe(303);
		expect(await db.select().from(sessions)).toHaveLength(1);
		await loggedIn(email, 'a brand new passphrase');
		const old = await (await Client.create()).post('/login', { email, password: TEST_PASSWORD });
		expect(old.status).toBe(400);
	});

	it('refuses a form action posted from another site (CSRF), with or without JavaScript, and changes nothing', async () => {
		const client = await loggedIn(email, TEST_PASSWORD);
		const [before] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
		const fields = {
			currentPassword: TEST_PASSWORD,
			password: 'chosen by the attacker',
			confirmPassword: 'chosen by the attacker'
		};
		const plain = await client.post('/compte?/password', fields, { origin: 'https://evil.example' });
		expect(plain.status).toBe(403);
		expect(plain.body).toContain('Cross-site');
		const enhanced = await client.post('/compte?/password', fields, {
			origin: 'https://evil.example',
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		});
		expect(enhanced.status).toBe(403);
		const logout = await client.post('/logout', {}, { origin: 'https://evil.example' });
		expect(logout.status).toBe(403);

		const [after] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
		expect(after.hash).toBe(before.hash);
		expect(await db.select().from(sessions)).toHaveLength(1);
		expect((await client.get('/aujourdhui')).status).toBe(200);
		// The same post from the app's own origin goes through: the check is what refused.
		expect((await client.action('/compte?/password', fields)).type).toBe('success');
	});

	it('a wrong current password or a mismatch changes nothing', async () => {
		const client = await loggedIn(email, TEST_PASSWORD);
		const [before] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
		const wrong = await client.action('/compte?/password', {
			currentPassword: 'nope',
			password: 'a brand new passphrase',
			confirmPassword: 'a brand new passphrase'
		});
		expect(wrong.data?.errors).toEqual({ currentPassword: 'Le mot de passe actuel est incorrect.' });
		const mismatch = await client.action('/compte?/password', {
			currentPassword: TEST_PASSWORD,
			password: 'a brand new passphrase',
			confirmPassword: 'another passphrase'
		});
		expect(mismatch.data?.errors).toEqual({ confirmPassword: 'Les deux mots de passe ne correspondent pas.' });
		const short = await client.action('/compte?/password', {
			currentPassword: TEST_PASSWORD,
			password: 'short',
			confirmPassword: 'short'
		});
		expect(short.data?.errors).toMatchObject({ password: '10 caractères au minimum.' });
		expect(JSON.stringify(short.data?.values)).not.toContain(TEST_PASSWORD);
		const [after] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email));
		expect(after.hash).toBe(before.hash);
	});
});
