import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { startFakeResend } from '../fakes/resend';
import { outbox, passwordResets, sessions, users } from '../../src/lib/server/db/schema';
import { linkTokenHash } from '../../src/lib/server/auth/tokens';
import { RESET_REQUESTS } from '../../src/lib/server/auth/password-reset';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let org: { id: string };
let user: { id: string; email: string };

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence A');
	user = await makeUser(db, org.id, 'manager', 'claire@example.test');
});

const NEW_PASSWORD = 'un tout nouveau mot de passe';

/** Asks for a link as a visitor from an address of his own (the limits count per address). */
async function ask(email: string, address = '192.0.2.1') {
	return (await Client.create({ 'x-forwarded-for': address })).action('/mot-de-passe-oublie', { email });
}

/** The reset email's link, once it has reached the outbox (it leaves without the answer waiting for it). */
async function resetLink(email = user.email, count = 1) {
	const mails = await vi.waitFor(async () => {
		const rows = await db.select().from(outbox).where(eq(outbox.recipient, email)).orderBy(outbox.createdAt);
		expect(rows).toHaveLength(count);
		return rows;
	});
	const mail = mails.at(-1)!;
	const [, link, token] = /(http\S+\/mot-de-passe\/([a-z0-9]+))/.exec(mail.text)!;
	return { mail, link, token };
}

const canLogIn = async (password: string) =>
	(await (await Client.create()).post('/login', { email: user.email, password })).status === 303;

describe('password reset', () => {
	it('the login page leads to it, and it works without JavaScript', async () => {
		const login = await (await Client.create()).get('/login');
		expect(login.body).toMatch(/<a href="\/mot-de-passe-oublie"[^>]*>Mot de passe oublié \?<\/a>/);
		const visitor = await Client.create();
		const page = await visitor.get('/mot-de-passe-oublie');
		expect(page.status).toBe(200);
		const reply = await visitor.post('/mot-de-passe-oublie', { email: user.email });
		expect(reply.status).toBe(200);
		expect(reply.body).toContain("Si un compte existe pour claire@example.test, un e-mail vient d'y partir");
		await resetLink();
	});

	it('answers the same for an unknown address, and sends it nothing', async () => {
		const unknown = await ask('personne@example.test');
		const known = await ask('Claire@Example.test');
		expect(unknown.type).toBe('success');
		expect(known.type).toBe('success');
		expect(String(unknown.data?.done).replace('personne@example.test', '…')).toBe(
			String(known.data?.done).replace('Claire@Example.test', '…')
		);
		const { mail, link, token } = await resetLink();
		// The known address's email arrived: the unknown one's would have by now, and there is none.
		expect(await db.select().from(outbox)).toHaveLength(1);
		expect(mail).toMatchObject({ organisationId: null, subject: 'Choisir un nouveau mot de passe Relance' });
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mot-de-passe\/[a-z0-9]{32}$/);
		const rows = await db.select().from(passwordResets);
		expect(rows).toEqual([expect.objectContaining({ userId: user.id, tokenHash: linkTokenHash(token) })]);
		expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBe(60 * 60 * 1000);
	});

	it('the link sets the password once, ends every session of the person and signs him in afresh', async () => {
		const phone = await loggedIn(user.email, TEST_PASSWORD);
		const desk = await loggedIn(user.email, TEST_PASSWORD);
		await ask(user.email);
		const { token } = await resetLink();
		const visitor = await Client.create();
		const page = await visitor.get(`/mot-de-passe/${token}`);
		expect(page.body).toContain('Choisissez le nouveau mot de passe de claire@example.test.');

		const mismatch = await visitor.action(`/mot-de-passe/${token}`, {
			password: NEW_PASSWORD,
			confirmPassword: 'autre chose encore'
		});
		expect(mismatch.data?.errors).toEqual({ confirmPassword: 'Les deux mots de passe ne correspondent pas.' });
		const short = await visitor.action(`/mot-de-passe/${token}`, { password: 'court', confirmPassword: 'court' });
		expect(short.data?.errors).toEqual({ password: '10 caractères au minimum.' });
		expect(await canLogIn(TEST_PASSWORD)).toBe(true);

		const done = await visitor.post(`/mot-de-passe/${token}`, {
			password: NEW_PASSWORD,
			confirmPassword: NEW_PASSWORD
		});
		expect(done.status).toBe(303);
		expect(done.location).toBe('/aujourdhui');
		expect((await visitor.get('/aujourdhui')).status).toBe(200);
		for (const old of [phone, desk]) expect((await old.get('/aujourdhui')).location).toMatch(/^\/login/);
		const left = await db.select().from(sessions).where(eq(sessions.userId, user.id));
		expect(left.map((s) => s.id)).toEqual([expect.any(String)]);
		expect(await canLogIn(TEST_PASSWORD)).toBe(false);
		expect(await canLogIn(NEW_PASSWORD)).toBe(true);

		// Once only.
		const again = await Client.create();
		expect((await again.get(`/mot-de-passe/${token}`)).body).toContain("Ce lien n'est plus valable");
		const replay = await again.action(`/mot-de-passe/${token}`, {
			password: 'encore un autre mot',
			confirmPassword: 'encore un autre mot'
		});
		expect(replay.status).toBe(400);
		expect(replay.data?.errors).toEqual({ _form: expect.stringContaining("Ce lien n'est plus valable") });
		expect(await canLogIn(NEW_PASSWORD)).toBe(true);
		expect(await db.select().from(passwordResets)).toEqual([]);
	});

	it('a link works for one hour by the database clock, and a newer link replaces it', async () => {
		await ask(user.email);
		const first = await resetLink();
		await ask(user.email, '192.0.2.2');
		const { token } = await resetLink(user.email, 2);
		const visitor = await Client.create();
		expect((await visitor.get(`/mot-de-passe/${first.token}`)).body).toContain("Ce lien n'est plus valable");

		await db.execute(
			sql`update password_resets set created_at = created_at - interval '59 minutes', expires_at = expires_at - interval '59 minutes'`
		);
		expect((await visitor.get(`/mot-de-passe/${token}`)).body).toContain('Choisissez le nouveau mot de passe');
		await db.execute(
			sql`update password_resets set created_at = created_at - interval '2 minutes', expires_at = expires_at - interval '2 minutes'`
		);
		const page = await visitor.get(`/mot-de-passe/${token}`);
		expect(page.body).toContain("Ce lien n'est plus valable : il a déjà servi, a expiré (il vaut une heure)");
		expect(page.body).toContain('href="/mot-de-passe-oublie"');
		const late = await visitor.action(`/mot-de-passe/${token}`, {
			password: NEW_PASSWORD,
			confirmPassword: NEW_PASSWORD
		});
		expect(late.status).toBe(400);
		expect(await canLogIn(TEST_PASSWORD)).toBe(true);
	});

	it('a password changed on the account page kills a link asked before', async () => {
		await ask(user.email);
		const { token } = await resetLink();
		const client = await loggedIn(user.email, TEST_PASSWORD);
		const changed = await client.action('/compte?/password', {
			currentPassword: TEST_PASSWORD,
			password: NEW_PASSWORD,
			confirmPassword: NEW_PASSWORD
		});
		expect(changed.type).toBe('success');
		expect((await (await Client.create()).get(`/mot-de-passe/${token}`)).body).toContain("Ce lien n'est plus valable");
	});

	it("leaves through Resend when a key is set, in the person's language", async () => {
		await db.update(users).set({ locale: 'en' }).where(eq(users.id, user.id));
		const resend = await startFakeResend();
		const saved = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };
		Object.assign(process.env, { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url });
		try {
			await ask(user.email);
			await vi.waitFor(() => expect(resend.delivered).toHaveLength(1));
		} finally {
			for (const [name, value] of [
				['RESEND_API_KEY', saved.key],
				['RESEND_BASE_URL', saved.url]
			] as const)
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
			await resend.close();
		}
		const { email } = resend.delivered[0];
		expect(email).toMatchObject({
			to: user.email,
			from: 'Agence A <relances@relance.local>',
			subject: 'Choose a new Relance password'
		});
		const token = /\/mot-de-passe\/([a-z0-9]+)/.exec(String(email.text))![1];
		expect(await db.select().from(outbox)).toEqual([]);
		expect((await (await Client.create()).get(`/mot-de-passe/${token}`)).body).toContain('claire@example.test');
	});

	it('limits the requests per address typed and per calling address, in the database, known account or not', async () => {
		for (const email of [user.email, 'personne@example.test']) {
			for (let i = 0; i < RESET_REQUESTS.account.hits; i++)
				expect((await ask(email, `198.51.100.${i}`)).type).toBe('success');
			const refused = await ask(email.toUpperCase(), '198.51.100.99');
			expect(refused.status).toBe(429);
			expect(refused.data?.errors).toEqual({ _form: 'Trop de demandes. Réessayez dans 60 minutes.' });
			expect(refused.data?.values).toEqual({ email: email.toUpperCase() });
		}
		await resetLink(user.email, RESET_REQUESTS.account.hits);

		const address = '203.0.113.50';
		for (let i = 0; i < RESET_REQUESTS.address.hits; i++)
			expect((await ask(`p${i}@example.test`, address)).type).toBe('success');
		expect((await ask('encore@example.test', address)).status).toBe(429);
		expect((await ask('encore@example.test', '203.0.113.51')).type).toBe('success');
		const keys = await db.execute(sql`select key from rate_limits order by key`);
		expect(JSON.stringify(keys)).toContain('password-reset-address:203.0.113.50');
	});
});
