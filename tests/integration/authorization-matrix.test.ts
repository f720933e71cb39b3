import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { routeTree } from '../helpers/routes';
import {
	deliveries,
	exportFormats,
	importUploads,
	letterBatches,
	operationFiles,
	operations,
	reminderRecipients,
	reminders,
	scenarios,
	templates,
	users as usersTable
} from '../../src/lib/server/db/schema';
import { decide, ROUTE_RULES } from '../../src/lib/server/auth/permissions';
import type { Role } from '../../src/lib/roles';
import type { Db } from '../../src/lib/server/db/types';

/**
 * Every route, form action and endpoint of the tree, asked over HTTP by each role of an
 * organisation, by an anonymous visitor and by an admin of another organisation: each answer
 * must be the one the permission table decides. A new route is in the tree, so in this test.
 */
const ROLES: Role[] = ['admin', 'manager', 'approver', 'agent'];
/** Endpoints that check a credential of their own (a bearer secret, a provider's signature). */
const OWN_CREDENTIALS = new Set(['/api/scheduler/run', '/api/webhooks/resend', '/api/webhooks/vonage']);
/**
 * The instance administrator's page: behind a flag of its own besides the roles. To everyone
 * but him it does not exist. (Sign-ups are opened for this test: their page is public then.)
 */
const INSTANCE_ONLY = new Set(['/(app)/instance']);
/** The second step of a login: without a login waiting for its code, it sends back to the login (or home, signed in). */
const PENDING_LOGIN = new Set(['/(auth)/login/code']);
/** Routes that end the session or change the visitor's state when merely asked: asked last, or not by GET. */
const SESSION_ENDING = new Set(['/(auth)/logout']);

let db: Db;
const ids: Record<string, string> = {};
const clients: Record<string, Client> = {};

beforeAll(async () => {
	db = await freshDb();
	const org = await makeOrganisation(db, 'Agence Matrice');
	const other = await makeOrganisation(db, 'Agence Voisine');
	const users = Object.fromEntries(
		await Promise.all(ROLES.map(async (role) => [role, await makeUser(db, org.id, role)] as const))
	);
	const stranger = await makeUser(db, other.id, 'admin');
	const operator = await makeUser(db, org.id, 'admin');
	await db.update(usersTable).set({ isInstanceAdmin: true }).where(eq(usersTable.id, operator.id));
	process.env.SIGNUP = 'on';
	const debtor = await makeDebtor(db, org.id, 'Durand');
	const contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'draft',
			sendDate: '2030-01-01',
			shortDescription: 'Relance',
			requiresValidation: false,
			content: { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: '', letterBody: '' }
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: contact.id, channels: ['email'] });
	const [template] = await db
		.insert(templates)
		.values({ organisationId: org.id, name: 'Modèle', shortDescription: 'Relance' })
		.returning();
	const [batch] = await db.insert(letterBatches).values({ organisationId: org.id, letterCount: 1 }).returning();
	await db.insert(deliveries).values({
		organisationId: org.id,
		reminderId: reminder.id,
		contactId: contact.id,
		channel: 'letter',
		status: 'to_print',
		letterBatchId: batch.id
	});
	const [scenario] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Scénario' }).returning();
	const [upload] = await db
		.insert(importUploads)
		.values({
			organisationId: org.id,
			kind: 'debtors',
			fileName: 'd.csv',
			encoding: 'utf-8',
			content: Buffer.from('Compte;Nom\nA;B\n').toString('base64')
		})
		.returning();
	const [format] = await db
		.insert(exportFormats)
		.values({
			organisationId: org.id,
			name: 'F',
			type: 'debtors',
			separator: ';',
			extension: 'csv',
			encoding: 'utf-8',
			fields: ['Nom'],
			fileName: 'F [date]'
		})
		.returning();
	const [operation] = await db
		.insert(operations)
		.values({ organisationId: org.id, kind: 'send_all', status: 'done', total: 1, done: 1, outcomeCode: 'sent' })
		.returning();
	const [exported] = await db
		.insert(operations)
		.values({ organisationId: org.id, kind: 'export', status: 'done', total: 1, done: 1, outcomeCode: 'export' })
		.returning();
	await db.insert(operationFiles).values({
		operationId: exported.id,
		organisationId: org.id,
		fileName: 'Débiteurs.csv',
		contentType: 'text/csv; charset=utf-8',
		bytes: Buffer.from('Compte;Nom\r\n')
	});
	// A link's token that leads nowhere: its pages answer every visitor alike.
	Object.assign(ids, {
		token: 'a-token-of-no-link',
		operation: operation.id,
		exportFile: exported.id,
		debtor: debtor.id,
		contact: contact.id,
		reminder: reminder.id,
		template: template.id,
		batch: batch.id,
		upload: upload.id,
		format: format.id,
		scenario: scenario.id
	});

	clients.anonymous = await Client.create();
	for (const role of ROLES) clients[role] = await loggedIn(users[role].email, TEST_PASSWORD);
	clients.stranger = await loggedIn(stranger.email, TEST_PASSWORD);
	clients.instance = await loggedIn(operator.email, TEST_PASSWORD);
}, 120_000);

afterAll(() => {
	delete process.env.SIGNUP;
});

/** Pages that name their entity in the query string instead of the path. */
const QUERY: Record<string, () => string> = { '/(app)/relances/nouvelle': () => `?debiteur=${ids.debtor}` };

/** The route's URL with the organisation's own entities in its parameters. */
function urlOf(routeId: string): string {
	return pathOf(routeId) + (QUERY[routeId]?.() ?? '');
}

function pathOf(routeId: string): string {
	const path = routeId
		.split('/')
		.filter((part) => !/^\(.*\)$/.test(part))
		.join('/')
		.replace(/\[(\w+)\]/g, (_, name: string) => {
			const entity =
				name === 'id'
					? /^\/(\(app\)\/)?debiteurs/.test(routeId)
						? 'debtor'
						: /modeles/.test(routeId)
							? 'template'
							: /relances/.test(routeId)
								? 'reminder'
								: /importer/.test(routeId)
									? 'upload'
									: /exporter\/format/.test(routeId)
										? 'format'
										: /exporter\/fichier/.test(routeId)
											? 'exportFile'
											: /scenarios/.test(routeId)
												? 'scenario'
												: /operations/.test(routeId)
													? 'operation'
													: undefined
					: { contactId: 'contact', batchId: 'batch', token: 'token' }[name];
			if (!entity) throw new Error(`${routeId}: no fixture for [${name}]: add one to the matrix`);
			return ids[entity];
		});
	return path || '/';
}

type Principal = { name: string; role: Role | null; loggedIn: boolean; stranger: boolean; instance?: boolean };
const PRINCIPALS: Principal[] = [
	{ name: 'anonymous', role: null, loggedIn: false, stranger: false },
	...ROLES.map((role) => ({ name: role, role, loggedIn: true, stranger: false })),
	{ name: 'stranger', role: 'admin' as Role, loggedIn: true, stranger: true },
	{ name: 'instance', role: 'admin' as Role, loggedIn: true, stranger: false, instance: true }
];

const tree = routeTree().filter((r) => !SESSION_ENDING.has(r.id));
/** Routes that name an organisation's entity: another organisation's admin finds nothing there. */
const hasParams = (id: string) => (id.includes('[') || id in QUERY) && ROUTE_RULES[id]?.view !== 'public';

describe('the authorization matrix over HTTP', () => {
	it('covers the whole tree', () => {
		expect(tree.length).toBeGreaterThan(30);
		for (const route of tree) expect(ROUTE_RULES[route.id], route.id).toBeDefined();
	});

	const pages = tree.filter((r) => r.methods.length === 0 || r.methods.includes('GET'));
	it.each(PRINCIPALS.map((p) => [p.name, p] as const))(
		'GET of every page and endpoint, as %s',
		{ timeout: 60_000 },
		async (_name, who) => {
			const client = clients[who.name];
			for (const route of pages) {
				const reply = await client.get(urlOf(route.id));
				const decision = decide(route.id, 'GET', null, who.role, who.loggedIn);
				const where = `${who.name} GET ${route.id} → ${reply.status} ${reply.location ?? ''}`;
				expect(reply.status, where).toBeLessThan(500);
				if (OWN_CREDENTIALS.has(route.id)) expect([401, 405], where).toContain(reply.status);
				else if (decision === 'login') {
					expect([303, 401], where).toContain(reply.status);
					if (reply.status === 303) expect(reply.location, where).toMatch(/^\/login/);
				} else if (decision === 'forbidden') expect(reply.status, where).toBe(403);
				else if (PENDING_LOGIN.has(route.id))
					expect([reply.status, reply.location], where).toEqual([303, who.loggedIn ? '/' : '/login']);
				else if (INSTANCE_ONLY.has(route.id) && !who.instance) expect(reply.status, where).toBe(404);
				else if (who.stranger && hasParams(route.id)) expect(reply.status, where).toBe(404);
				else {
					expect([401, 403, 404], where).not.toContain(reply.status);
					expect(reply.location ?? '', where).not.toMatch(/^\/login/);
				}
			}
		}
	);

	const writes = tree.flatMap((r) => [
		...r.actions.map((action) => ({ route: r, action, method: 'POST', named: action !== 'default' })),
		...r.methods.filter((m) => m !== 'GET').map((method) => ({ route: r, action: method, method, named: false }))
	]);
	it.each(PRINCIPALS.map((p) => [p.name, p] as const))(
		'every form action and endpoint write, as %s, with an empty body',
		{ timeout: 60_000 },
		async (_name, who) => {
			const client = clients[who.name];
			for (const { route, action, method, named } of writes) {
				const query = [named ? `/${action}` : '', QUERY[route.id]?.().slice(1) ?? ''].filter(Boolean).join('&');
				const url = pathOf(route.id) + (query ? `?${query}` : '');
				const reply =
					method === 'POST' && route.actions.includes(action)
						? await client.post(url, {}, { accept: 'application/json', 'x-sveltekit-action': 'true' })
						: await client.request(method, url, '', { origin: client.origin, 'content-type': 'application/json' });
				const status =
					reply.headers['content-type']?.includes('json') && reply.body.startsWith('{"type"')
						? (JSON.parse(reply.body).status ?? reply.status)
						: reply.status;
				const decision = decide(
					route.id,
					method === 'POST' && route.actions.includes(action) ? 'POST' : method,
					route.actions.includes(action) ? action : null,
					who.role,
					who.loggedIn
				);
				const where = `${who.name} ${method} ${url} → ${status}`;
				expect(status, where).toBeLessThan(500);
				// Without its credential: refused, or found malformed before anything is read.
				if (OWN_CREDENTIALS.has(route.id)) expect([400, 401, 429], where).toContain(status);
				else if (decision === 'login') expect(status, where).toBe(401);
				else if (decision === 'forbidden') expect(status, where).toBe(403);
				// Another organisation's entity: the action is reached and finds nothing of his.
				else if (who.stranger && hasParams(route.id)) expect(status, where).toBeGreaterThanOrEqual(400);
				// Allowed: the guard lets the request through to the action (which may refuse the empty form).
				else expect([401, 403], where).not.toContain(status);
			}
		}
	);
});
