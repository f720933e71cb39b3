import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { freshDb } from '../helpers/db';
import { makeInvitation, makeOrganisation, makeResetLink, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { byTestId, controlsNamed, textOfId } from '../helpers/html';
import { memberships, organisations, recoveryCodes, sessions, twoFactor } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';

/**
 * Two-factor authentication through the built app: enrolment on the account page, the second
 * step of the login, turning it off, and the organisation's rule for its admins. Codes are made
 * here from the key the page shows, with RFC 6238's algorithm (30-second steps, 6 digits).
 */
let db: Db;
let orgId: string;

beforeEach(async () => {
	db = await freshDb();
	orgId = (await makeOrganisation(db, 'Agence Sûre')).id;
});

const stepNow = () => Math.floor(Date.now() / 30_000);
const codeAt = (secret: Uint8Array, step: number) => generateHOTP(secret, BigInt(step), 6);

/** A code that is none of the three the server would take now, whichever step it is at. */
function wrongCode(secret: Uint8Array): string {
	const taken = new Set([-2, -1, 0, 1, 2].map((d) => codeAt(secret, stepNow() + d)));
	for (let n = 0; ; n++) {
		const code = String(n).padStart(6, '0');
		if (!taken.has(code)) return code;
	}
}

/** The error the page ties to a field: aria-invalid and the text aria-describedby points at. */
function fieldError(html: string, name: string): string {
	const flagged = controlsNamed(html, name).find((c) => c.attributes['aria-invalid'] === 'true');
	if (!flagged) return '';
	return (flagged.attributes['aria-describedby'] ?? '')
		.split(/\s+/)
		.map((id) => (id ? textOfId(html, id) : ''))
		.join(' ')
		.trim();
}

/** Reads the key off the enrolment page and confirms it with the current code, as a person would. */
async function enrol(client: Client) {
	const page = await client.get('/compte/double-authentification');
	expect(page.status).toBe(200);
	const secret = decodeBase32IgnorePadding(byTestId(page.body, 'totp-key')[0].text.replace(/\s/g, ''));
	const step = stepNow();
	const reply = await client.action('/compte/double-authentification?/confirm', { code: codeAt(secret, step) });
	expect(reply.type).toBe('success');
	return { secret, step, recoveryCodes: reply.data?.recoveryCodes as string[] };
}

/** The password step of a login, for an account whose second factor is on. */
async function passwordStep(email: string, client?: Client, fields: Record<string, string> = {}) {
	const browser = client ?? (await Client.create());
	const reply = await browser.post('/login', { email, password: TEST_PASSWORD, ...fields });
	expect(reply.status).toBe(303);
	expect(reply.location).toBe('/login/code');
	return browser;
}

describe('enrolment on « Mon compte »', () => {
	it('shows a key as QR code and text, refuses a wrong code, turns on with a right one and shows 10 recovery codes once', async () => {
		const user = await makeUser(db, orgId, 'manager');
		const client = await loggedIn(user.email, TEST_PASSWORD);
		const account = await client.get('/compte');
		expect(account.body).toContain('Désactivée : votre mot de passe suffit pour vous connecter.');
		expect(account.body).toContain('href="/compte/double-authentification"');

		const page = await client.get('/compte/double-authentification');
		expect(page.status).toBe(200);
		expect(page.body).toMatch(/<img class="qr[^"]*" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
		const key = byTestId(page.body, 'totp-key')[0].text;
		expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
		const secret = decodeBase32IgnorePadding(key.replace(/\s/g, ''));
		expect(page.body).toContain(
			`otpauth://totp/Relance:${encodeURIComponent(user.email)}?issuer=Relance&amp;algorithm=SHA1&amp;secret=${key.replace(/\s/g, '')}&amp;period=30&amp;digits=6`
		);
		// Reloading shows the same key: the one already scanned stays good.
		expect(byTestId((await client.get('/compte/double-authentification')).body, 'totp-key')[0].text).toBe(key);

		const wrong = await client.post('/compte/double-authentification?/confirm', { code: wrongCode(secret) });
		expect(wrong.status).toBe(400);
		expect(fieldError(wrong.body, 'code')).toMatch(/^Ce code n'est pas le bon\./);
		const malformed = await client.post('/compte/double-authentification?/confirm', { code: '12345' });
		expect(fieldError(malformed.body, 'code')).toBe('Saisissez les 6 chiffres du code.');
		const [pending] = await db.select().from(twoFactor).where(eq(twoFactor.userId, user.id));
		expect(pending.enabledAt).toBeNull();
		// Still off: the password alone signs in.
		await loggedIn(user.email, TEST_PASSWORD);

		// As typed from the phone, with its space, and without JavaScript: the codes are in the page.
		const code = codeAt(secret, stepNow());
		const right = await client.post('/compte/double-authentification?/confirm', {
			code: `${code.slice(0, 3)} ${code.slice(3)}`
		});
		expect(right.status).toBe(200);
		expect(right.body).toContain('Double authentification activée.');
		const shown = byTestId(right.body, 'recovery-codes')[0].text.match(/[a-z2-7]{5}-[a-z2-7]{5}/g)!;
		expect(shown).toHaveLength(10);
		expect(new Set(shown).size).toBe(10);

		const [on] = await db.select().from(twoFactor).where(eq(twoFactor.userId, user.id));
		expect(on.enabledAt).not.toBeNull();
		const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
		expect(stored).toHaveLength(10);
		for (const row of stored) for (const c of shown) expect(row.codeHash).not.toContain(c.replace('-', ''));

		const after = await client.get('/compte/double-authentification');
		expect(after.body).toContain('Il vous reste 10 codes de secours.');
		expect(byTestId(after.body, 'totp-key')).toEqual([]);
		expect(byTestId(after.body, 'recovery-codes')).toEqual([]);
		expect(after.body).not.toContain('otpauth://');
		expect((await client.get('/compte')).body).toContain('Activée : à chaque connexion');
	});
});

describe('login with a second factor', () => {
	it('asks for the code after the password, and no session exists before it is given', async () => {
		const user = await makeUser(db, orgId, 'manager');
		const { secret, step } = await enrol(await loggedIn(user.email, TEST_PASSWORD));
		const sessionsBefore = (await db.select().from(sessions).where(eq(sessions.userId, user.id))).length;

		const client = await passwordStep(user.email, undefined, { redirectTo: '/debiteurs' });
		expect(client.cookies.has('relance_session')).toBe(false);
		expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(sessionsBefore);
		const blocked = await client.get('/aujourdhui');
		expect(blocked.status).toBe(303);
		expect(blocked.location).toMatch(/^\/login/);
		const ask = await client.get('/login/code');
		expect(ask.status).toBe(200);
		expect(controlsNamed(ask.body, 'code')).toHaveLength(1);

		// The next step's code: the phone's clock may run a little ahead.
		const reply = await client.post('/login/code', { code: codeAt(secret, step + 1) });
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/debiteurs');
		expect(client.cookies.has('relance_session')).toBe(true);
		expect(client.cookies.has('relance_login_challenge')).toBe(false);
		expect((await client.get('/aujourdhui')).status).toBe(200);
	});

	it('sends back to the password without a login waiting for its code', async () => {
		const stranger = await Client.create();
		const page = await stranger.get('/login/code');
		expect(page.status).toBe(303);
		expect(page.location).toBe('/login');
		const posted = await stranger.action('/login/code', { code: '123456' });
		expect(posted.status).toBe(400);
		expect(posted.data?.errors).toEqual({
			_form: 'La vérification a expiré : reconnectez-vous avec votre mot de passe.'
		});
		expect(stranger.cookies.has('relance_session')).toBe(false);
	});

	it('refuses wrong codes next to the field, then throttles them; a right password does not wipe the count', async () => {
		const user = await makeUser(db, orgId, 'manager');
		const { secret, step } = await enrol(await loggedIn(user.email, TEST_PASSWORD));
		const client = await passwordStep(user.email);
		for (let i = 0; i < 3; i++) {
			const reply = await client.post('/login/code', { code: wrongCode(secret) });
			expect(reply.status).toBe(400);
			expect(fieldError(reply.body, 'code')).toBe('Code incorrect ou déjà utilisé.');
		}
		// The password again, right: the failed codes still count.
		await passwordStep(user.email, client);
		for (let i = 0; i < 3; i++)
			expect((await client.post('/login/code', { code: wrongCode(secret) })).status).toBe(400);

		const locked = await client.action('/login/code', { code: codeAt(secret, step + 1) });
		expect(locked.status).toBe(429);
		expect(String((locked.data?.errors as Record<string, string>)._form)).toMatch(
			/Trop de tentatives de connexion\. Réessayez dans \d+ minute/
		);
		expect(client.cookies.has('relance_session')).toBe(false);
		expect((await client.action('/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(429);

		await db.execute(sql`update login_throttle set locked_until = now() - interval '1 second'`);
		await passwordStep(user.email, client);
		const reply = await client.post('/login/code', { code: codeAt(secret, step + 1) });
		expect(reply.status).toBe(303);
		expect(client.cookies.has('relance_session')).toBe(true);
	});

	it('says it in English for an English speaker', async () => {
		const user = await makeUser(db, orgId, 'manager');
		const { secret } = await enrol(await loggedIn(user.email, TEST_PASSWORD));
		const english = await Client.create();
		english.cookies.set('PARAGLIDE_LOCALE', 'en');
		await passwordStep(user.email, english);
		const reply = await english.post('/login/code', { code: wrongCode(secret) });
		expect(fieldError(reply.body, 'code')).toBe('Wrong or already used code.');
	});

	it('takes a code once: neither the one that confirmed the enrolment nor one already used signs in again', async () => {
		const user = await makeUser(db, orgId, 'manager');
		const { secret, step } = await enrol(await loggedIn(user.email, TEST_PASSWORD));

		const first = await passwordStep(user.email);
		expect((await first.post('/login/code', { code: codeAt(secret, step) })).status).toBe(400);
		expect((await first.post('/login/code', { code: codeAt(secret, step + 1) })).status).toBe(303);

		const second = await passwordStep(user.email);
		const replayed = await second.post('/login/code', { code: codeAt(secret, step + 1) });
		expect(replayed.status).toBe(400);
		expect(fieldError(replayed.body, 'code')).toBe('Code incorrect ou déjà utilisé.');
		expect(second.cookies.has('relance_session')).toBe(false);
	});

	it('a recovery code signs in once, however it is typed', async () => {
		const user = await makeUser(db, orgId, 'manager');
		const { recoveryCodes: codes } = await enrol(await loggedIn(user.email, TEST_PASSWORD));
		expect(codes).toHaveLength(10);

		const phoneLost = await passwordStep(user.email);
		const reply = await phoneLost.post('/login/code', { code: ` ${codes[3].toUpperCase()} ` });
		expect(reply.status).toBe(303);
		expect((await phoneLost.get('/compte/double-authentification')).body).toContain(
			'Il vous reste 9 codes de secours.'
		);

		const again = await passwordStep(user.email);
		const spent = await again.post('/login/code', { code: codes[3] });
		expect(spent.status).toBe(400);
		expect(again.cookies.has('relance_session')).toBe(false);
		expect((await again.post('/login/code', { code: codes[4] })).status).toBe(303);
	});
});

describe('turning it off', () => {
	it('takes a current code or the password, refuses anything else, and the password alone signs in again', async () => {
		const user = await makeUser(db, orgId, 'manager');
		const client = await loggedIn(user.email, TEST_PASSWORD);
		const { secret, step } = await enrol(client);

		const wrong = await client.post('/compte/double-authentification?/disable', { codeOrPassword: 'pas le bon' });
		expect(wrong.status).toBe(400);
		expect(fieldError(wrong.body, 'codeOrPassword')).toBe(
			"Ce n'est ni un code valable de votre application ni votre mot de passe."
		);
		expect(wrong.body).not.toContain('value="pas le bon"');
		expect(await db.select().from(twoFactor).where(eq(twoFactor.userId, user.id))).toHaveLength(1);

		const byCode = await client.action('/compte/double-authentification?/disable', {
			codeOrPassword: codeAt(secret, step + 1)
		});
		expect(byCode.data?.done).toBe('Double authentification désactivée.');
		expect(await db.select().from(twoFactor).where(eq(twoFactor.userId, user.id))).toHaveLength(0);
		expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(0);
		await loggedIn(user.email, TEST_PASSWORD);

		// On again with a new key, then off by the password.
		await enrol(client);
		await passwordStep(user.email);
		const byPassword = await client.action('/compte/double-authentification?/disable', {
			codeOrPassword: TEST_PASSWORD
		});
		expect(byPassword.data?.done).toBe('Double authentification désactivée.');
		await loggedIn(user.email, TEST_PASSWORD);
	});
});

describe('the organisation requires it of its admins', () => {
	it('sends an admin without it to enrol before anything else, signed in before or after; a manager goes on as before', async () => {
		const admin = await makeUser(db, orgId, 'admin');
		const manager = await makeUser(db, orgId, 'manager');
		const already = await loggedIn(admin.email, TEST_PASSWORD);
		const managerClient = await loggedIn(manager.email, TEST_PASSWORD);

		const settings = await already.get('/reglages/organisation');
		expect(controlsNamed(settings.body, 'requireAdminTwoFactor')[0].checked).toBe(false);
		expect(settings.body).toContain('Double authentification obligatoire pour les administrateurs');
		const saved = await already.post('/reglages/organisation?/twoFactor', { requireAdminTwoFactor: 'on' });
		expect(saved.status).toBe(200);
		expect(saved.body).toContain('Réglage de sécurité enregistré.');
		const [org] = await db.select().from(organisations).where(eq(organisations.id, orgId));
		expect(org.requireAdminTwoFactor).toBe(true);
		expect((await managerClient.post('/reglages/organisation?/twoFactor', {})).status).toBe(403);

		// Signed in before the rule: sent to enrol at the next request.
		for (const path of ['/aujourdhui', '/debiteurs', '/reglages/organisation', '/']) {
			const reply = await already.get(path);
			expect(reply.status, path).toBe(303);
			expect(reply.location, path).toBe('/compte/double-authentification');
		}
		expect((await already.post('/reglages/organisation?/twoFactor', {})).status).toBe(403);
		expect((await already.get('/api/sync')).status).toBe(403);
		expect((await already.get('/compte')).status).toBe(200);

		// Signed in after it: the password alone, then straight to enrolment.
		const fresh = await loggedIn(admin.email, TEST_PASSWORD);
		const landing = await fresh.get('/aujourdhui');
		expect(landing.location).toBe('/compte/double-authentification');
		const enrolment = await fresh.get('/compte/double-authentification');
		expect(enrolment.body).toContain(
			'Votre agence exige la double authentification pour ses administrateurs : activez-la pour continuer.'
		);

		// A manager of the same organisation is not asked.
		expect((await managerClient.get('/aujourdhui')).status).toBe(200);
		const managerLogin = await Client.create();
		expect((await managerLogin.post('/login', { email: manager.email, password: TEST_PASSWORD })).location).toBe(
			'/aujourdhui'
		);

		const { secret, step } = await enrol(fresh);
		expect((await fresh.get('/aujourdhui')).status).toBe(200);
		expect((await already.get('/aujourdhui')).status).toBe(200);
		// Required, it stays on.
		const off = await fresh.action('/compte/double-authentification?/disable', {
			codeOrPassword: codeAt(secret, step + 1)
		});
		expect(off.status).toBe(409);
		expect(off.data?.errors).toEqual({
			_form: "Votre agence l'exige pour ses administrateurs : elle ne peut pas être désactivée."
		});
		expect(await db.select().from(twoFactor).where(eq(twoFactor.userId, admin.id))).toHaveLength(1);
	});

	it('refuses a value the checkbox cannot send, next to it', async () => {
		const admin = await makeUser(db, orgId, 'admin');
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		const reply = await client.post('/reglages/organisation?/twoFactor', { requireAdminTwoFactor: 'peut-être' });
		expect(reply.status).toBe(400);
		expect(fieldError(reply.body, 'requireAdminTwoFactor')).not.toBe('');
		const [org] = await db.select().from(organisations).where(eq(organisations.id, orgId));
		expect(org.requireAdminTwoFactor).toBe(false);
	});
});

describe('links that sign in', () => {
	it('neither a reset link nor an invitation opens a session of an account with a second factor', async () => {
		const user = await makeUser(db, orgId, 'manager');
		await enrol(await loggedIn(user.email, TEST_PASSWORD));
		await db.delete(sessions);

		const reset = await Client.create();
		const token = await makeResetLink(db, user.id);
		const changed = await reset.post(`/mot-de-passe/${token}`, {
			password: 'un nouveau mot de passe',
			confirmPassword: 'un nouveau mot de passe'
		});
		expect(changed.status).toBe(200);
		expect(changed.body).toContain('Mot de passe changé');
		expect(await db.select().from(sessions)).toEqual([]);
		// The new password still asks for the code.
		const login = await reset.post('/login', { email: user.email, password: 'un nouveau mot de passe' });
		expect(login.location).toBe('/login/code');

		const other = await makeOrganisation(db, 'Agence Voisine');
		const invitation = await makeInvitation(db, other.id, user.email, 'agent');
		const joined = await (
			await Client.create()
		).post(`/invitation/${invitation}?/join`, { password: 'un nouveau mot de passe' });
		expect(joined.status).toBe(303);
		expect(await db.select().from(sessions)).toEqual([]);
		const [membership] = await db.select().from(memberships).where(eq(memberships.organisationId, other.id));
		expect(membership.userId).toBe(user.id);
	});
});
