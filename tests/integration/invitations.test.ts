import { beforeEach, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { invitations, memberships, outbox, sessions, users } from '../../src/lib/server/db/schema';
import { linkTokenHash } from '../../src/lib/server/auth/tokens';
import { rowsOf } from '../../src/lib/server/db/arrays';
import { sessionIdFromToken } from '../../src/lib/server/auth/sessions';
import { INVITATIONS_PER_HOUR } from '../../src/lib/server/organisations/invitations';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let orgA: { id: string };
let orgB: { id: string };
let admin: Client;
let adminEmail: string;

beforeEach(async () => {
	db = await freshDb();
	orgA = await makeOrganisation(db, 'Agence A');
	orgB = await makeOrganisation(db, 'Agence B');
	adminEmail = (await makeUser(db, orgA.id, 'admin')).email;
	admin = await loggedIn(adminEmail, TEST_PASSWORD);
});

/** The link of the latest invitation email kept by the outbox for this address, and its token. */
async function linkFromOutbox(email: string) {
	const mails = await db.select().from(outbox).where(eq(outbox.recipient, email)).orderBy(asc(outbox.createdAt));
	const mail = mails.at(-1)!;
	const link = /(http\S+\/invitation\/([a-z0-9]+))/.exec(mail.text)!;
	return { mail, link: link[1], token: link[2], count: mails.length };
}

const invite = (email: string, role: string) => admin.action('/reglages/utilisateurs?/invite', { email, role });

describe('invitations', () => {
	it('an invitation email carries a link that works once: the person sets a password and becomes a member with the role', async () => {
		const sent = await invite('Lea@Example.test', 'approver');
		expect(sent.data?.done).toBe('Invitation envoyée à lea@example.test.');

		const { mail, link, token } = await linkFromOutbox('lea@example.test');
		expect(link).toBe(`${admin.origin}/invitation/${token}`);
		expect(mail).toMatchObject({
			organisationId: orgA.id,
			adminsOnly: true,
			subject: 'Agence A vous invite sur Relance'
		});
		expect(mail.text).toContain('avec le rôle « Valideur »');
		expect(mail.html).toContain(`href="${link}"`);
		// Only the hash is kept, and the link lasts seven days.
		const [row] = await db.select().from(invitations);
		expect(row).toMatchObject({ email: 'lea@example.test', role: 'approver', tokenHash: linkTokenHash(token) });
		expect(JSON.stringify(await db.select().from(invitations))).not.toContain(token);
		expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);
		expect(await db.select().from(users).where(eq(users.email, 'lea@example.test'))).toEqual([]);

		// The organisation's other people do not see the link in the outbox; its admins do.
		const manager = await loggedIn((await makeUser(db, orgA.id, 'manager')).email, TEST_PASSWORD);
		expect((await manager.get('/boite-d-envoi')).body).not.toContain('lea@example.test');
		expect((await admin.get('/boite-d-envoi')).body).toContain('lea@example.test');

		const lea = await Client.create();
		const page = await lea.get(`/invitation/${token}`);
		expect(page.status).toBe(200);
		expect(page.body).toContain('Agence A vous invite à rejoindre son espace, avec le rôle « Valideur ».');
		const short = await lea.action(`/invitation/${token}?/accept`, {
			name: 'Léa Martin',
			password: 'court',
			confirmPassword: 'court'
		});
		expect(short.data?.errors).toEqual({ password: '10 caractères au minimum.' });
		const mismatch = await lea.action(`/invitation/${token}?/accept`, {
			name: 'Léa Martin',
			password: 'un long mot de passe',
			confirmPassword: 'un autre mot de passe'
		});
		expect(mismatch.data?.errors).toEqual({ confirmPassword: 'Les deux mots de passe ne correspondent pas.' });
		expect(await db.select().from(users).where(eq(users.email, 'lea@example.test'))).toHaveLength(0);

		const accepted = await lea.post(`/invitation/${token}?/accept`, {
			name: 'Léa Martin',
			password: 'un long mot de passe',
			confirmPassword: 'un long mot de passe'
		});
		expect(accepted.status).toBe(303);
		expect(accepted.location).toBe('/a-valider');
		expect((await lea.get('/a-valider')).status).toBe(200);
		const [user] = await db.select().from(users).where(eq(users.email, 'lea@example.test'));
		expect(user.name).toBe('Léa Martin');
		const [membership] = await db.select().from(memberships).where(eq(memberships.userId, user.id));
		expect(membership).toMatchObject({ organisationId: orgA.id, role: 'approver' });
		expect(
			(
				await Client.create().then((c) =>
					c.post('/login', { email: 'lea@example.test', password: 'un long mot de passe' })
				)
			).location
		).toBe('/a-valider');

		// Once only.
		const again = await Client.create();
		expect((await again.get(`/invitation/${token}`)).body).toContain('Cette invitation a déjà servi.');
		const replay = await again.action(`/invitation/${token}?/accept`, {
			name: 'Intrus',
			password: 'un autre mot de passe',
			confirmPassword: 'un autre mot de passe'
		});
		expect(replay.status).toBe(400);
		expect(await db.select().from(users).where(eq(users.email, 'lea@example.test'))).toHaveLength(1);
		expect((await admin.get('/reglages/utilisateurs')).body).toContain('Aucune invitation en attente.');
	});

	it('leaves through Resend when a key is set: the real SDK, the provider fake', async () => {
		const resend: FakeResend = await startFakeResend();
		const saved = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };
		Object.assign(process.env, { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url });
		try {
			expect((await invite('paul@example.test', 'agent')).data?.done).toBe('Invitation envoyée à paul@example.test.');
		} finally {
			for (const [name, value] of [
				['RESEND_API_KEY', saved.key],
				['RESEND_BASE_URL', saved.url]
			] as const)
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
			await resend.close();
		}
		expect(resend.delivered).toHaveLength(1);
		const { email } = resend.delivered[0];
		expect(email).toMatchObject({
			to: 'paul@example.test',
			from: 'Agence A <relances@relance.local>',
			subject: 'Agence A vous invite sur Relance'
		});
		const token = /\/invitation\/([a-z0-9]+)/.exec(String(email.text))![1];
		expect(await db.select().from(outbox)).toEqual([]);
		expect((await (await Client.create()).get(`/invitation/${token}`)).body).toContain(
			'Créez votre compte pour paul@example.test'
		);
	});

	it('sending again kills the older link; withdrawing kills the link', async () => {
		await invite('marc@example.test', 'manager');
		const first = await linkFromOutbox('marc@example.test');
		const [row] = await db.select().from(invitations);
		const list = await admin.get('/reglages/utilisateurs');
		expect(list.body).toContain('marc@example.test');
		expect(list.body).toContain("Renvoyer l'invitation de marc@example.test");

		const again = await admin.action('/reglages/utilisateurs?/resend', { invitationId: row.id });
		expect(again.data?.done).toBe('Invitation renvoyée à marc@example.test ; le lien précédent ne fonctionne plus.');
		const second = await linkFromOutbox('marc@example.test');
		expect(second.count).toBe(2);
		expect(second.token).not.toBe(first.token);
		const visitor = await Client.create();
		expect((await visitor.get(`/invitation/${first.token}`)).body).toContain("Ce lien d'invitation n'est pas valable");
		const dead = await visitor.action(`/invitation/${first.token}?/accept`, {
			name: 'Marc',
			password: 'un long mot de passe',
			confirmPassword: 'un long mot de passe'
		});
		expect(dead.status).toBe(400);
		expect((await visitor.get(`/invitation/${second.token}`)).body).toContain(
			'Créez votre compte pour marc@example.test'
		);

		// Another organisation's admin cannot touch it.
		const stranger = await loggedIn((await makeUser(db, orgB.id, 'admin')).email, TEST_PASSWORD);
		expect((await stranger.action('/reglages/utilisateurs?/resend', { invitationId: row.id })).status).toBe(404);
		expect((await stranger.action('/reglages/utilisateurs?/revoke', { invitationId: row.id })).status).toBe(404);
		expect((await linkFromOutbox('marc@example.test')).count).toBe(2);

		const revoked = await admin.action('/reglages/utilisateurs?/revoke', { invitationId: row.id });
		expect(revoked.data?.done).toBe('Invitation retirée : son lien ne fonctionne plus.');
		expect((await visitor.get(`/invitation/${second.token}`)).body).toContain("Ce lien d'invitation n'est pas valable");
		const late = await visitor.action(`/invitation/${second.token}?/accept`, {
			name: 'Marc',
			password: 'un long mot de passe',
			confirmPassword: 'un long mot de passe'
		});
		expect(late.status).toBe(400);
		expect(await db.select().from(users).where(eq(users.email, 'marc@example.test'))).toEqual([]);
		expect((await admin.get('/reglages/utilisateurs')).body).toContain('Aucune invitation en attente.');
		expect((await admin.action('/reglages/utilisateurs?/resend', { invitationId: row.id })).status).toBe(404);
	});

	it('an expired link gets its own page and creates nothing; the invitation can be sent again', async () => {
		await invite('zoe@example.test', 'agent');
		const { token } = await linkFromOutbox('zoe@example.test');
		const visitor = await Client.create();
		// Seven days less a minute later, by the database clock: still good.
		await db.execute(
			sql`update invitations set created_at = created_at - interval '7 days' + interval '1 minute', expires_at = expires_at - interval '7 days' + interval '1 minute'`
		);
		expect((await visitor.get(`/invitation/${token}`)).body).toContain('Créez votre compte');
		await db.execute(
			sql`update invitations set created_at = created_at - interval '2 minutes', expires_at = expires_at - interval '2 minutes'`
		);
		const page = await visitor.get(`/invitation/${token}`);
		expect(page.status).toBe(200);
		expect(page.body).toContain(
			"Cette invitation a expiré. Demandez à un administrateur de Agence A de vous l'envoyer à nouveau."
		);
		const refused = await visitor.action(`/invitation/${token}?/accept`, {
			name: 'Zoé',
			password: 'un long mot de passe',
			confirmPassword: 'un long mot de passe'
		});
		expect(refused.status).toBe(400);
		expect(await db.select().from(users).where(eq(users.email, 'zoe@example.test'))).toEqual([]);

		const list = await admin.get('/reglages/utilisateurs');
		expect(list.body).toContain('expirée');
		const [row] = await db.select().from(invitations);
		expect((await admin.action('/reglages/utilisateurs?/resend', { invitationId: row.id })).type).toBe('success');
		const fresh = await linkFromOutbox('zoe@example.test');
		expect(
			(
				await visitor.post(`/invitation/${fresh.token}?/accept`, {
					name: 'Zoé',
					password: 'un long mot de passe',
					confirmPassword: 'un long mot de passe'
				})
			).location
		).toBe('/aujourdhui');
	});

	it('a person with an account joins with it, by its password or its open session: no second account', async () => {
		const paul = await makeUser(db, orgB.id, 'manager', 'paul@example.test');
		await invite('PAUL@example.test', 'agent');
		const { token } = await linkFromOutbox('paul@example.test');
		const visitor = await Client.create();
		const page = await visitor.get(`/invitation/${token}`);
		expect(page.body).toContain('Un compte existe déjà pour paul@example.test');
		expect(page.body).not.toContain('name="name"');
		const wrong = await visitor.action(`/invitation/${token}?/join`, { password: 'pas le bon' });
		expect(wrong.data?.errors).toEqual({ password: 'Mot de passe incorrect.' });
		const missing = await visitor.action(`/invitation/${token}?/join`, {});
		expect(missing.data?.errors).toEqual({ password: 'Ce champ est obligatoire.' });
		// The account-creating form cannot make a second account for the address.
		const second = await visitor.action(`/invitation/${token}?/accept`, {
			name: 'Autre Paul',
			password: 'un long mot de passe',
			confirmPassword: 'un long mot de passe'
		});
		expect(second.status).toBe(409);

		const joined = await visitor.post(`/invitation/${token}?/join`, { password: TEST_PASSWORD });
		expect(joined.status).toBe(303);
		expect(joined.location).toBe('/aujourdhui');
		expect(
			await db
				.select()
				.from(users)
				.where(sql`lower(${users.email}) = 'paul@example.test'`)
		).toHaveLength(1);
		const [user] = await db.select().from(users).where(eq(users.id, paul.id));
		expect(user.passwordHash).toBe(paul.passwordHash);
		const roles = await db
			.select({ org: memberships.organisationId, role: memberships.role })
			.from(memberships)
			.where(eq(memberships.userId, paul.id));
		expect(roles).toEqual(
			expect.arrayContaining([
				{ org: orgA.id, role: 'agent' },
				{ org: orgB.id, role: 'manager' }
			])
		);
		const [session] = await db
			.select()
			.from(sessions)
			.where(eq(sessions.id, sessionIdFromToken(visitor.cookies.get('relance_session')!)));
		expect(session).toMatchObject({ userId: paul.id, activeOrganisationId: orgA.id });
		expect((await visitor.get('/plus')).body).toContain('Agence A');

		// Signed in already as the invited account: one button, his session moves to the organisation.
		const c = await makeOrganisation(db, 'Agence C');
		const cAdmin = await loggedIn((await makeUser(db, c.id, 'admin')).email, TEST_PASSWORD);
		await cAdmin.action('/reglages/utilisateurs?/invite', { email: 'paul@example.test', role: 'manager' });
		const third = await linkFromOutbox('paul@example.test');
		const signedIn = await loggedIn('paul@example.test', TEST_PASSWORD);
		const cookie = signedIn.cookies.get('relance_session');
		const seen = await signedIn.get(`/invitation/${third.token}`);
		expect(seen.body).toContain('Vous êtes connecté en tant que paul@example.test.');
		expect(seen.body).not.toContain('name="password"');
		const button = await signedIn.post(`/invitation/${third.token}?/join`, {});
		expect(button.location).toBe('/aujourdhui');
		expect(signedIn.cookies.get('relance_session')).toBe(cookie);
		expect((await signedIn.get('/plus')).body).toContain('Agence C');
	});

	it('an account of no organisation, which the login refuses, joins by its invitation', async () => {
		await makeUser(db, null, 'agent', 'seul@example.test');
		expect(
			(await (await Client.create()).post('/login', { email: 'seul@example.test', password: TEST_PASSWORD })).status
		).toBe(403);
		await invite('seul@example.test', 'manager');
		const { token } = await linkFromOutbox('seul@example.test');
		const visitor = await Client.create();
		expect((await visitor.post(`/invitation/${token}?/join`, { password: TEST_PASSWORD })).location).toBe(
			'/aujourdhui'
		);
		expect((await visitor.get('/aujourdhui')).status).toBe(200);
	});

	it('refuses inviting a member, or an address already invited, next to the field', async () => {
		const member = await makeUser(db, orgA.id, 'agent');
		const already = await invite(member.email.toUpperCase(), 'agent');
		expect(already.data?.errors).toEqual({ email: "Cette personne est déjà membre de l'organisation." });
		await invite('nina@example.test', 'agent');
		const twice = await invite('Nina@example.test', 'manager');
		expect(twice.data?.errors).toEqual({
			email: 'Une invitation attend déjà cette adresse : renvoyez-la depuis la liste des invitations en attente.'
		});
		expect(twice.data?.values).toMatchObject({ email: 'Nina@example.test', role: 'manager' });
		expect(await db.select().from(invitations)).toHaveLength(1);
		// Another organisation may invite the same address.
		const other = await loggedIn((await makeUser(db, orgB.id, 'admin')).email, TEST_PASSWORD);
		expect(
			(await other.action('/reglages/utilisateurs?/invite', { email: 'nina@example.test', role: 'agent' })).type
		).toBe('success');
	});

	it('refuses a name with bidirectional controls next to the field', async () => {
		await invite('rtl@example.test', 'agent');
		const { token } = await linkFromOutbox('rtl@example.test');
		const refused = await (
			await Client.create()
		).action(`/invitation/${token}?/accept`, {
			name: 'Jean\u202Eeruza',
			password: 'un long mot de passe',
			confirmPassword: 'un long mot de passe'
		});
		expect(refused.status).toBe(400);
		expect(Object.keys(refused.data?.errors as object)).toEqual(['name']);
		expect(await db.select().from(users).where(eq(users.email, 'rtl@example.test'))).toEqual([]);
	});

	it('removing a member kills his open invitations to that organisation, not to others', async () => {
		const marie = await makeUser(db, orgB.id, 'manager', 'marie@example.test');
		await invite('marie@example.test', 'agent');
		const toA = await linkFromOutbox('marie@example.test');
		const adminB = await loggedIn((await makeUser(db, orgB.id, 'admin')).email, TEST_PASSWORD);
		await db.delete(memberships).where(and(eq(memberships.userId, marie.id), eq(memberships.organisationId, orgB.id)));
		await adminB.action('/reglages/utilisateurs?/invite', { email: 'marie@example.test', role: 'manager' });
		const toB = await linkFromOutbox('marie@example.test');
		// A membership of orgA made by other means while her invitation was open (the demo, a race).
		await db.insert(memberships).values({ userId: marie.id, organisationId: orgA.id, role: 'agent' });

		expect((await admin.action('/reglages/utilisateurs?/remove', { userId: marie.id })).type).toBe('success');
		const visitor = await Client.create();
		expect((await visitor.get(`/invitation/${toA.token}`)).body).toContain("Ce lien d'invitation n'est pas valable");
		expect((await visitor.post(`/invitation/${toA.token}?/join`, { password: TEST_PASSWORD })).status).toBe(400);
		expect(await db.select().from(memberships).where(eq(memberships.userId, marie.id))).toEqual([]);
		expect((await visitor.get(`/invitation/${toB.token}`)).body).toContain(
			'Un compte existe déjà pour marie@example.test'
		);
	});

	it('limits the invitations an organisation sends per hour, counted in the database', async () => {
		for (let i = 0; i < INVITATIONS_PER_HOUR.hits; i++)
			expect((await invite(`p${i}@example.test`, 'agent')).type).toBe('success');
		const refused = await invite('one-too-many@example.test', 'agent');
		expect(refused.status).toBe(429);
		expect(refused.data?.errors).toEqual({
			_form: "Trop d'invitations envoyées pour l'organisation. Réessayez dans 60 minutes."
		});
		const [first] = await db.select().from(invitations).orderBy(asc(invitations.createdAt)).limit(1);
		expect((await admin.action('/reglages/utilisateurs?/resend', { invitationId: first.id })).status).toBe(429);
		expect(await db.select().from(invitations).where(eq(invitations.email, 'one-too-many@example.test'))).toEqual([]);
		const [counter] = rowsOf<{ hits: number }>(
			await db.execute(sql`select hits from rate_limits where key = ${`invitations:${orgA.id}`}`)
		);
		expect(Number(counter.hits)).toBe(INVITATIONS_PER_HOUR.hits + 2);
		// Another organisation has its own count.
		const other = await loggedIn((await makeUser(db, orgB.id, 'admin')).email, TEST_PASSWORD);
		expect(
			(await other.action('/reglages/utilisateurs?/invite', { email: 'b@example.test', role: 'agent' })).type
		).toBe('success');
	});
});
