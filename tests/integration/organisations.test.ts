import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeDebtor, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { invitations, memberships, organisations, users } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { ROLES, type Role } from '../../src/lib/roles';
import { senderAddress } from '../../src/lib/server/templates/compose';

let db: Db;
let orgA: { id: string };
let orgB: { id: string };
const emails = {} as Record<Role, string>;

beforeEach(async () => {
	db = await freshDb();
	orgA = await makeOrganisation(db, 'Agence A');
	orgB = await makeOrganisation(db, 'Agence B');
	for (const role of ROLES) emails[role] = (await makeUser(db, orgA.id, role)).email;
});

/** What each role may open: every page of the shell, by role (200 allowed, 403 refused). */
const EXPECTED: Record<string, Record<Role, number>> = {
	'/aujourdhui': { admin: 200, manager: 200, approver: 403, agent: 200 },
	'/a-valider': { admin: 200, manager: 403, approver: 200, agent: 403 },
	'/relances': { admin: 200, manager: 200, approver: 200, agent: 200 },
	'/debiteurs': { admin: 200, manager: 200, approver: 200, agent: 200 },
	'/plus': { admin: 200, manager: 200, approver: 200, agent: 200 },
	'/compte': { admin: 200, manager: 200, approver: 200, agent: 200 },
	'/reglages/utilisateurs': { admin: 200, manager: 403, approver: 403, agent: 403 }
};

describe('roles', () => {
	it.each(ROLES)('%s sees exactly the pages and navigation of his role', async (role) => {
		const client = await loggedIn(emails[role], TEST_PASSWORD);
		for (const [path, byRole] of Object.entries(EXPECTED)) {
			const reply = await client.get(path);
			expect.soft(reply.status, `${role} GET ${path}`).toBe(byRole[role]);
		}
		const shell = await client.get('/plus');
		for (const [path, label] of [
			['/aujourdhui', 'Aujourd&#39;hui'],
			['/a-valider', 'À valider']
		] as const) {
			const shown = shell.body.includes(`href="${path}"`);
			expect(shown, `${role} nav ${label}`).toBe(EXPECTED[path][role] === 200);
		}
	});

	it('sends each role to his own home after login', async () => {
		const approver = await Client.create();
		expect((await approver.post('/login', { email: emails.approver, password: TEST_PASSWORD })).location).toBe(
			'/a-valider'
		);
		const agent = await Client.create();
		expect((await agent.post('/login', { email: emails.agent, password: TEST_PASSWORD })).location).toBe('/aujourdhui');
	});

	it('sends a visitor to the login page, and refuses his form posts', async () => {
		const visitor = await Client.create();
		const page = await visitor.get('/debiteurs?q=x');
		expect(page.status).toBe(303);
		expect(page.location).toBe('/login?redirectTo=%2Fdebiteurs%3Fq%3Dx');
		const post = await visitor.post('/reglages/utilisateurs?/invite', { email: 'x@example.test', role: 'admin' });
		expect(post.status).toBe(401);
		expect(await db.select().from(invitations)).toHaveLength(0);
	});

	it('refuses an admin action to a manager, server-side, and writes nothing', async () => {
		const manager = await loggedIn(emails.manager, TEST_PASSWORD);
		const reply = await manager.post('/reglages/utilisateurs?/invite', { email: 'intrus@example.test', role: 'admin' });
		expect(reply.status).toBe(403);
		expect(await db.select().from(invitations)).toHaveLength(0);
	});

	it('refuses a form action that the permission table does not list', async () => {
		const admin = await loggedIn(emails.admin, TEST_PASSWORD);
		expect((await admin.post('/reglages/utilisateurs?/delete_everything', {})).status).toBe(403);
	});
});

describe('organisation scoping', () => {
	it('answers 404 for a debtor of another organisation, 200 for his own', async () => {
		const mine = await makeDebtor(db, orgA.id, 'Mon débiteur');
		const theirs = await makeDebtor(db, orgB.id, 'Débiteur secret');
		const manager = await loggedIn(emails.manager, TEST_PASSWORD);
		const own = await manager.get(`/debiteurs/${mine.id}`);
		expect(own.status).toBe(200);
		expect(own.body).toContain('Mon débiteur');
		const foreign = await manager.get(`/debiteurs/${theirs.id}`);
		expect(foreign.status).toBe(404);
		expect(foreign.body).not.toContain('Débiteur secret');
		expect((await manager.get('/debiteurs/not-a-uuid')).status).toBe(404);
		const list = await manager.get('/debiteurs');
		expect(list.body).toContain('Mon débiteur');
		expect(list.body).not.toContain('Débiteur secret');
	});

	it('cannot switch to an organisation he is not a member of (forged id)', async () => {
		const admin = await loggedIn(emails.admin, TEST_PASSWORD);
		const reply = await admin.post('/organisation?/switch', { organisationId: orgB.id });
		expect(reply.status).toBe(404);
		expect((await admin.get('/plus')).body).toContain('Agence A');
		const malformed = await admin.action('/organisation?/switch', { organisationId: "1' or '1'='1" });
		expect(malformed.status).toBe(400);
		// The id is the page's own hidden field: its refusal is said at the form's level, where it shows.
		expect(malformed.data?.errors).toHaveProperty('_form');
	});

	it('switches between his organisations, and his role follows', async () => {
		const user = await makeUser(db, orgA.id, 'approver', 'deux@example.test');
		await db.insert(memberships).values({ userId: user.id, organisationId: orgB.id, role: 'admin' });
		const client = await loggedIn('deux@example.test', TEST_PASSWORD);
		expect((await client.get('/reglages/utilisateurs')).status).toBe(403);
		const reply = await client.post('/organisation?/switch', { organisationId: orgB.id });
		expect(reply.status).toBe(303);
		const page = await client.get('/reglages/utilisateurs');
		expect(page.status).toBe(200);
		expect(page.body).toContain('Agence B');
	});

	it('an admin cannot change or remove a member of another organisation by id', async () => {
		const outsider = await makeUser(db, orgB.id, 'manager');
		const admin = await loggedIn(emails.admin, TEST_PASSWORD);
		const role = await admin.action('/reglages/utilisateurs?/role', { userId: outsider.id, role: 'agent' });
		expect(role.status).toBe(404);
		const removed = await admin.action('/reglages/utilisateurs?/remove', { userId: outsider.id });
		expect(removed.status).toBe(404);
		const [membership] = await db
			.select()
			.from(memberships)
			.where(and(eq(memberships.userId, outsider.id), eq(memberships.organisationId, orgB.id)));
		expect(membership.role).toBe('manager');
	});

	it('an organisation id slipped into a form is ignored: the session decides', async () => {
		const admin = await loggedIn(emails.admin, TEST_PASSWORD);
		const reply = await admin.action('/reglages/utilisateurs?/invite', {
			email: 'nouvelle@example.test',
			role: 'agent',
			organisationId: orgB.id
		});
		expect(reply.type).toBe('success');
		const rows = await db
			.select({ org: invitations.organisationId })
			.from(invitations)
			.where(eq(invitations.email, 'nouvelle@example.test'));
		expect(rows).toEqual([{ org: orgA.id }]);
	});
});

describe('organisation settings', () => {
	it('an admin sets the four-eyes option and the details; bad input changes nothing', async () => {
		const admin = await loggedIn(emails.admin, TEST_PASSWORD);
		const saved = await admin.action('/reglages/organisation?/save', {
			name: 'Agence A Lyon',
			addressLine1: '1 place Bellecour',
			postalCode: '69002',
			city: 'Lyon',
			email: 'contact@agence-a.example',
			timezone: 'Europe/Paris',
			sendingDays: ['1', '2', '3', '4', '5', '6'],
			sendingStart: '08:30',
			sendingEnd: '19:00',
			staleAfterDays: '10',
			smsSender: 'AgenceA',
			emailFromName: 'Agence A, contentieux',
			emailFrom: 'relances@agence-a.example',
			forbidSelfApproval: 'on'
		});
		expect(saved.type).toBe('success');
		const [row] = await db.select().from(organisations).where(eq(organisations.id, orgA.id));
		expect(row).toMatchObject({
			name: 'Agence A Lyon',
			city: 'Lyon',
			forbidSelfApproval: true,
			sendingDays: [1, 2, 3, 4, 5, 6],
			sendingStart: '08:30',
			sendingEnd: '19:00',
			staleAfterDays: 10,
			smsSender: 'AgenceA',
			emailFromName: 'Agence A, contentieux'
		});
		// Tenants see the sender's name beside its address.
		expect(senderAddress(row)).toBe('"Agence A, contentieux" <relances@agence-a.example>');

		const bad = await admin.action('/reglages/organisation?/save', {
			name: '',
			email: 'nope',
			timezone: 'Mars/Olympus',
			sendingStart: '25:00',
			sendingEnd: '18:00',
			staleAfterDays: '0',
			smsSender: 'Agence Éloïse & Co'
		});
		expect(bad.status).toBe(400);
		expect(bad.data?.errors).toMatchObject({
			name: 'Ce champ est obligatoire.',
			email: 'Adresse e-mail invalide.',
			timezone: 'Choix invalide.',
			sendingDays: 'Ce champ est obligatoire.',
			sendingStart: 'Valeur invalide.',
			smsSender: /11 lettres ou chiffres/
		});
		expect(bad.data?.errors).toHaveProperty('staleAfterDays');
		const order = await admin.action('/reglages/organisation?/save', {
			name: 'X',
			timezone: 'Europe/Paris',
			sendingDays: '1',
			sendingStart: '18:00',
			sendingEnd: '09:00',
			staleAfterDays: '7',
			smsSender: 'Relance'
		});
		expect(order.data?.errors).toEqual({ sendingEnd: 'La fin doit être après le début.' });
		const [after] = await db.select().from(organisations).where(eq(organisations.id, orgA.id));
		expect(after).toEqual(row);
	});

	it('is for admins only', async () => {
		const manager = await loggedIn(emails.manager, TEST_PASSWORD);
		expect((await manager.get('/reglages/organisation')).status).toBe(403);
		expect(
			(await manager.post('/reglages/organisation?/save', { name: 'Pirate', timezone: 'Europe/Paris' })).status
		).toBe(403);
		const [row] = await db.select().from(organisations).where(eq(organisations.id, orgA.id));
		expect(row.name).toBe('Agence A');
	});
});

describe('members administration', () => {
	it('changes a role and keeps at least one admin', async () => {
		const admin = await loggedIn(emails.admin, TEST_PASSWORD);
		const [agent] = await db.select().from(users).where(eq(users.email, emails.agent));
		expect((await admin.action('/reglages/utilisateurs?/role', { userId: agent.id, role: 'manager' })).type).toBe(
			'success'
		);
		const [me] = await db.select().from(users).where(eq(users.email, emails.admin));
		const demote = await admin.action('/reglages/utilisateurs?/role', { userId: me.id, role: 'agent' });
		expect(demote.data?.errors).toEqual({ _form: "L'organisation doit garder au moins un administrateur." });
		const roles = await db
			.select({ u: memberships.userId, r: memberships.role })
			.from(memberships)
			.where(eq(memberships.organisationId, orgA.id));
		expect(roles.find((r) => r.u === agent.id)?.r).toBe('manager');
		expect(roles.find((r) => r.u === me.id)?.r).toBe('admin');
	});

	it('refuses bad input with errors next to the fields and writes nothing', async () => {
		const admin = await loggedIn(emails.admin, TEST_PASSWORD);
		const before = await db.select().from(users);
		const reply = await admin.action('/reglages/utilisateurs?/invite', { email: 'pas une adresse', role: 'superuser' });
		expect(reply.status).toBe(400);
		expect(reply.data?.errors).toEqual({
			email: 'Adresse e-mail invalide.',
			role: 'Choix invalide.'
		});
		const missing = await admin.action('/reglages/utilisateurs?/invite', {});
		expect(missing.data?.errors).toMatchObject({ email: 'Ce champ est obligatoire.' });
		const wrongType = await admin.action('/reglages/utilisateurs?/role', { userId: ['a', 'b'], role: 'admin' });
		expect(wrongType.status).toBe(400);
		expect(await db.select().from(users)).toHaveLength(before.length);
		expect(await db.select().from(invitations)).toHaveLength(0);
	});
});
