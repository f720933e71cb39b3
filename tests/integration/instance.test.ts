import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeDebtor, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { makeReadyReminders } from '../helpers/ready-reminders';
import { startAppProcess } from '../helpers/app-process';
import {
	debtors,
	invitations,
	memberships,
	organisations,
	outbox,
	sessions,
	users
} from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { openDatabase } from '../../src/lib/server/db/open';
import { linkTokenHash } from '../../src/lib/server/auth/tokens';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { runDueScenarios } from '../../src/lib/server/scenarios/schedule';

const execFileAsync = promisify(execFile);
let db: Db;

beforeEach(async () => {
	db = await freshDb();
});

afterEach(() => {
	delete process.env.SIGNUP;
});

const signUpForm = {
	organisationName: 'Agence du Parc',
	name: 'Claire Martin',
	email: 'claire@parc.example',
	password: 'un mot de passe long',
	confirmPassword: 'un mot de passe long'
};

describe('sign-up', () => {
	it('is not there unless the installation opens it', async () => {
		const visitor = await Client.create();
		expect((await visitor.get('/inscription')).status).toBe(404);
		expect((await visitor.post('/inscription', signUpForm)).status).toBe(404);
		expect(await db.select().from(organisations)).toEqual([]);
		expect((await visitor.get('/login')).body).not.toContain('href="/inscription"');
	});

	it('creates an empty agency whose first admin is signed in at once', async () => {
		process.env.SIGNUP = 'on';
		const visitor = await Client.create();
		expect((await visitor.get('/login')).body).toContain('href="/inscription"');
		const reply = await visitor.post('/inscription', signUpForm);
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/reglages/organisation');
		const [org] = await db.select().from(organisations);
		expect(org.name).toBe('Agence du Parc');
		expect(await db.select().from(debtors)).toEqual([]);
		const [member] = await db
			.select({ role: memberships.role, email: users.email })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId));
		expect(member).toEqual({ role: 'admin', email: 'claire@parc.example' });
		const settings = await visitor.get('/reglages/organisation');
		expect(settings.status).toBe(200);
		expect(settings.body).toContain('Agence du Parc');
		// The password chosen is the one that signs in.
		expect((await loggedIn('claire@parc.example', 'un mot de passe long')).cookies.has('relance_session')).toBe(true);
	});

	it('refuses an address that has an account, and a mismatched password, next to the field, writing nothing', async () => {
		process.env.SIGNUP = 'on';
		const org = await makeOrganisation(db, 'Agence existante');
		const someone = await makeUser(db, org.id, 'manager');
		const visitor = await Client.create();
		const taken = await visitor.post('/inscription', { ...signUpForm, email: someone.email });
		expect(taken.status).toBe(400);
		expect(taken.body).toContain('Un compte existe déjà avec cette adresse');
		expect(taken.body).toContain('Agence du Parc');
		const mismatch = await visitor.post('/inscription', { ...signUpForm, confirmPassword: 'autre chose encore' });
		expect(mismatch.status).toBe(400);
		expect(mismatch.body).toContain('Les deux mots de passe ne correspondent pas');
		expect((await db.select().from(organisations)).map((o) => o.name)).toEqual(['Agence existante']);
	});
});

describe('the operator creates an agency', () => {
	it('by one command: an empty agency whose first admin is invited by email, and an instance administrator', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'relance-org-'));
		try {
			const env = {
				...process.env,
				PGLITE_DATA_DIR: dir,
				DATABASE_URL: '',
				DEMO_DATA: 'off',
				RESEND_API_KEY: '',
				ORIGIN: 'https://relance.example'
			};
			const run = (args: string[]) =>
				execFileAsync(process.execPath, ['--import', 'tsx', 'scripts/org-create.ts', ...args], { env }).catch(
					(e: { stdout: string; stderr: string; code: number }) => e
				);
			const created = (await run([
				'--name',
				'Agence du Parc',
				'--admin',
				'Claire@Parc.example',
				'--timezone',
				'Europe/Paris'
			])) as { stdout: string };
			expect(created.stdout).toContain('Agence « Agence du Parc » créée.');
			const link = /https:\/\/relance\.example\/invitation\/[a-z0-9]+/.exec(created.stdout)?.[0];
			expect(link).toBeDefined();
			const refused = (await run(['--name', 'Sans admin'])) as { stderr: string; code: number };
			expect(refused.code).toBe(1);
			expect(refused.stderr).toContain('Usage : npm run org:create');
			const unknown = (await run(['--instance-admin', 'personne@parc.example'])) as { stderr: string; code: number };
			expect(unknown.code).toBe(1);

			const opened = await openDatabase({ dataDir: dir });
			try {
				const orgs = await opened.db.select().from(organisations);
				expect(orgs.map((o) => o.name)).toEqual(['Agence du Parc']);
				expect(await opened.db.select().from(debtors)).toEqual([]);
				const [invitation] = await opened.db.select().from(invitations);
				expect(invitation).toMatchObject({
					organisationId: orgs[0].id,
					email: 'claire@parc.example',
					role: 'admin',
					acceptedAt: null
				});
				expect(invitation.tokenHash).toBe(linkTokenHash(link!.split('/').at(-1)!));
				// Without email, the invitation waits in the agency's outbox, the same link in it.
				const [mail] = await opened.db.select().from(outbox);
				expect(mail.text).toContain(link);
				// Nobody has an account until the invitee sets his own password.
				expect(await opened.db.select().from(users)).toEqual([]);
			} finally {
				await opened.close();
			}

			// The installation started on that database: the admin follows his link, chooses his
			// password, and finds his agency empty; the link works once.
			const app = await startAppProcess({
				PGLITE_DATA_DIR: dir,
				DATABASE_URL: '',
				DEMO_DATA: 'off',
				SCHEDULER_INTERVAL_SECONDS: '0'
			});
			try {
				const accept = () =>
					fetch(`${app.origin}${new URL(link!).pathname}?/accept`, {
						method: 'POST',
						redirect: 'manual',
						headers: { origin: app.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
						body: new URLSearchParams({
							name: 'Claire Martin',
							password: 'un mot de passe long',
							confirmPassword: 'un mot de passe long'
						})
					});
				const accepted = await accept();
				expect(accepted.status).toBe(303);
				const cookie = accepted.headers
					.getSetCookie()
					.map((c) => c.split(';')[0])
					.join('; ');
				const list = await (await fetch(`${app.origin}/debiteurs`, { headers: { cookie } })).text();
				expect(list).toContain('Agence du Parc');
				expect(list).toContain('Aucun débiteur ne correspond.');
				expect((await accept()).status).toBe(400);
			} finally {
				await app.kill('SIGTERM');
			}
			const promoted = (await run(['--instance-admin', 'claire@parc.example'])) as { stdout: string };
			expect(promoted.stdout).toContain("administre désormais l'installation");
			const again = await openDatabase({ dataDir: dir });
			try {
				const [claire] = await again.db.select().from(users);
				expect(claire.isInstanceAdmin).toBe(true);
			} finally {
				await again.close();
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}, 120_000);
});

describe('the instance administrator', () => {
	it('is the only one to see the agencies; a suspended agency shows why, sends nothing and runs nothing', async () => {
		const orgA = await makeOrganisation(db, 'Agence A');
		const orgB = await makeOrganisation(db, 'Agence B');
		const operator = await makeUser(db, orgA.id, 'admin');
		await db.update(users).set({ isInstanceAdmin: true }).where(eq(users.id, operator.id));
		const adminA = await makeUser(db, orgA.id, 'admin');
		const managerB = await makeUser(db, orgB.id, 'manager');
		await makeDebtor(db, orgB.id, 'Débiteur B');

		// An organisation's own admin is no instance administrator: the page does not exist for him.
		const plainAdmin = await loggedIn(adminA.email, TEST_PASSWORD);
		expect((await plainAdmin.get('/instance')).status).toBe(404);
		expect((await plainAdmin.post('/instance?/suspend', { organisationId: orgB.id, suspend: 'yes' })).status).toBe(404);
		expect((await plainAdmin.get('/plus')).body).not.toContain('href="/instance"');

		const instance = await loggedIn(operator.email, TEST_PASSWORD);
		expect((await instance.get('/plus')).body).toContain('href="/instance"');
		const list = await instance.get('/instance');
		expect(list.status).toBe(200);
		expect(list.body).toContain('2 agences');
		expect(list.body).toMatch(/Agence A[\s\S]*2 membres · 0 débiteur[\s\S]*Agence B[\s\S]*1 membre · 1 débiteur/);

		const member = await loggedIn(managerB.email, TEST_PASSWORD);
		expect((await member.get('/debiteurs')).status).toBe(200);
		await makeReadyReminders(db, orgB.id, 2);

		const suspended = await instance.post('/instance?/suspend', { organisationId: orgB.id, suspend: 'yes' });
		expect(suspended.status).toBe(200);
		expect(suspended.body).toContain('Agence suspendue');
		const [b] = await db
			.select({ at: organisations.suspendedAt })
			.from(organisations)
			.where(eq(organisations.id, orgB.id));
		expect(b.at).toBeInstanceOf(Date);

		const closed = await member.get('/debiteurs');
		expect(closed.status).toBe(403);
		expect(closed.body).toContain('Cette agence est suspendue');
		expect((await member.get('/compte')).status).toBe(200);
		// Nothing leaves it, and its scenarios wait.
		const queued: string[] = [];
		const reports = await runPass(db, {
			trigger: 'manual',
			ignoreHours: true,
			enqueue: async (_tx, ids) => void queued.push(...ids)
		});
		expect(reports.map((r) => r.organisationId)).not.toContain(orgB.id);
		expect(queued).toEqual([]);
		await db.execute(
			sql`insert into scenario_settings (organisation_id, cron_enabled, cron, updated_at) values (${orgB.id}, true, '* * * * *', now() - interval '1 day')`
		);
		expect(await runDueScenarios(db)).toBe(0);

		const resumed = await instance.post('/instance?/suspend', { organisationId: orgB.id, suspend: 'no' });
		expect(resumed.body).toContain('Agence rétablie');
		expect((await member.get('/debiteurs')).status).toBe(200);
		const after = await runPass(db, {
			trigger: 'manual',
			ignoreHours: true,
			organisationId: orgB.id,
			enqueue: async (_tx, ids) => void queued.push(...ids)
		});
		expect(after[0].reminders).toBe(2);
	});
});

describe('one person, several agencies', () => {
	it('a link naming another of his agencies opens there; one naming an agency he is not in changes nothing', async () => {
		const orgA = await makeOrganisation(db, 'Agence A');
		const orgB = await makeOrganisation(db, 'Agence B');
		const orgC = await makeOrganisation(db, 'Agence C');
		const person = await makeUser(db, orgA.id, 'manager');
		await db.insert(memberships).values({ userId: person.id, organisationId: orgB.id, role: 'manager' });
		const debtorB = await makeDebtor(db, orgB.id, 'Locataire de B');
		const debtorC = await makeDebtor(db, orgC.id, 'Locataire de C');
		const client = await loggedIn(person.email, TEST_PASSWORD);
		const [session] = await db.select().from(sessions).where(eq(sessions.userId, person.id));
		expect(session.activeOrganisationId).toBe(orgA.id);

		// Several agencies: the header's name leads to the switch.
		expect((await client.get('/debiteurs')).body).toMatch(/<a class="org-name switch[^"]*" href="\/organisation"/);
		expect((await client.get(`/debiteurs/${debtorB.id}`)).status).toBe(404);
		const opened = await client.get(`/debiteurs/${debtorB.id}?agence=${orgB.id}`);
		expect(opened.status).toBe(200);
		expect(opened.body).toContain('Locataire de B');
		const [moved] = await db.select().from(sessions).where(eq(sessions.userId, person.id));
		expect(moved.activeOrganisationId).toBe(orgB.id);

		expect((await client.get(`/debiteurs/${debtorC.id}?agence=${orgC.id}`)).status).toBe(404);
		const [stayed] = await db.select().from(sessions).where(eq(sessions.userId, person.id));
		expect(stayed.activeOrganisationId).toBe(orgB.id);
	});
});
