import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import { startFakePushService, type FakePushService } from '../fakes/push-service';
import { pushSubscriptions } from '../../src/lib/server/db/schema';
import { INJECTED_PUSH_AGENT } from '../../src/lib/server/push/send';
import { vapidKeys } from '../../src/lib/server/push/vapid';
import type { Db } from '../../src/lib/server/db/types';

let service: FakePushService;
let db: Db;
let agent: Client;
let agentId: string;
let managerId: string;
let manager: Client;

beforeAll(async () => {
	service = await startFakePushService();
	// The app runs in this process: its sends go through the agent that trusts the fake.
	(globalThis as Record<symbol, unknown>)[INJECTED_PUSH_AGENT] = service.agent;
});

afterAll(async () => {
	delete (globalThis as Record<symbol, unknown>)[INJECTED_PUSH_AGENT];
	await service.close();
});

beforeEach(async () => {
	db = await freshDb();
	service.reset();
	const org = await makeOrganisation(db);
	const a = await makeUser(db, org.id, 'agent');
	const m = await makeUser(db, org.id, 'manager');
	agentId = a.id;
	managerId = m.id;
	agent = await loggedIn(a.email, TEST_PASSWORD);
	manager = await loggedIn(m.email, TEST_PASSWORD);
});

function sendJson(client: Client, method: 'POST' | 'DELETE', body: unknown, headers: Record<string, string> = {}) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	return client.request(method, '/api/push/subscription', text, {
		'content-type': 'application/json',
		// Node sends a DELETE's body unframed unless told its length, as browsers always do.
		'content-length': String(Buffer.byteLength(text)),
		'user-agent': 'Mozilla/5.0 (Android) Test',
		...headers
	});
}

const endpoints = async () => (await db.select().from(pushSubscriptions)).map((s) => [s.userId, s.endpoint]);

describe('POST /api/push/subscription', () => {
	it('saves the device for the logged-in user', async () => {
		const device = service.subscriber('phone');
		const reply = await sendJson(agent, 'POST', device.subscription);
		expect(reply.status).toBe(201);
		const [row] = await db.select().from(pushSubscriptions);
		expect(row).toMatchObject({
			userId: agentId,
			endpoint: device.subscription.endpoint,
			...device.subscription.keys,
			userAgent: 'Mozilla/5.0 (Android) Test',
			dailySummary: true
		});
		expect((await sendJson(agent, 'POST', device.subscription)).status).toBe(201);
		expect(await endpoints()).toHaveLength(1);
	});

	it('refuses anonymous callers with 401', async () => {
		const anonymous = await Client.create();
		expect((await sendJson(anonymous, 'POST', service.subscriber().subscription)).status).toBe(401);
		expect((await sendJson(anonymous, 'DELETE', { endpoint: 'https://x.test/1' })).status).toBe(401);
		expect(await endpoints()).toEqual([]);
	});

	it.each([
		['a body that is not JSON', 'endpoint=https://x', {}],
		['JSON that is not an object', '"hello"', {}],
		['a form post', JSON.stringify({ endpoint: 'https://x.test/1' }), { 'content-type': 'text/plain' }]
	])('answers 400 to %s', async (_what, body, headers) => {
		const reply = await sendJson(agent, 'POST', body, { origin: agent.origin, ...headers });
		expect(reply.status).toBe(400);
		expect(JSON.parse(reply.body).message).toBe('Le corps de la requête doit être un objet JSON.');
	});

	it.each([
		['no keys', (s: Sub) => ({ endpoint: s.endpoint }), 'keys'],
		['a plain http endpoint', (s: Sub) => ({ ...s, endpoint: s.endpoint.replace('https:', 'http:') }), 'endpoint'],
		['not a URL', (s: Sub) => ({ ...s, endpoint: 'push me' }), 'endpoint'],
		['a p256dh key of the wrong size', (s: Sub) => ({ ...s, keys: { ...s.keys, p256dh: s.keys.auth } }), 'keys.p256dh'],
		[
			'an auth secret that is not base64url',
			(s: Sub) => ({ ...s, keys: { ...s.keys, auth: 'not base64!' } }),
			'keys.auth'
		]
	])('answers 400 to a subscription with %s, naming the field', async (_what, change, field) => {
		const reply = await sendJson(agent, 'POST', change(service.subscriber().subscription));
		expect(reply.status).toBe(400);
		expect(JSON.parse(reply.body).message).toContain(`(${field} :`);
		expect(await endpoints()).toEqual([]);
	});
});

type Sub = ReturnType<FakePushService['subscriber']>['subscription'];

describe('DELETE /api/push/subscription', () => {
	it('removes the user’s own device', async () => {
		const device = service.subscriber();
		await sendJson(agent, 'POST', device.subscription);
		const reply = await sendJson(agent, 'DELETE', { endpoint: device.subscription.endpoint });
		expect(reply.status).toBe(200);
		expect(JSON.parse(reply.body)).toEqual({ removed: true });
		expect(await endpoints()).toEqual([]);
	});

	it('leaves another user’s device alone', async () => {
		const device = service.subscriber();
		await sendJson(manager, 'POST', device.subscription);
		const reply = await sendJson(agent, 'DELETE', { endpoint: device.subscription.endpoint });
		expect(JSON.parse(reply.body)).toEqual({ removed: false });
		expect(await endpoints()).toEqual([[managerId, device.subscription.endpoint]]);
	});

	it('answers 400 without an endpoint', async () => {
		expect((await sendJson(agent, 'DELETE', {})).status).toBe(400);
	});
});

describe('the notifications page', () => {
	it('is linked from « Plus » and hands the browser the VAPID public key', async () => {
		expect((await agent.get('/plus')).body).toContain('href="/notifications"');
		const page = await agent.get('/notifications');
		expect(page.status).toBe(200);
		expect(page.body).toContain((await vapidKeys(db)).publicKey);
	});

	it('sends anonymous visitors to the login page', async () => {
		const reply = await (await Client.create()).get('/notifications');
		expect(reply.status).toBe(303);
		expect(reply.location).toContain('/login');
	});

	it('« Tester » sends a test notification to the user’s own devices only', async () => {
		const mine = service.subscriber('mine');
		const theirs = service.subscriber('theirs');
		await sendJson(agent, 'POST', mine.subscription);
		await sendJson(manager, 'POST', theirs.subscription);
		const result = await agent.action('/notifications?/test', {});
		expect(result.data).toEqual({ done: "Notification d'essai envoyée à un appareil." });
		expect(service.received.map((r) => r.id)).toEqual(['mine']);
		expect(JSON.parse(mine.decrypt(service.received[0].body))).toMatchObject({
			body: 'Les notifications fonctionnent sur cet appareil.',
			url: expect.stringMatching(/^\/notifications\?agence=[0-9a-f-]{36}$/)
		});
	});

	it('« Tester » says so when the user has no device', async () => {
		const result = await agent.action('/notifications?/test', {});
		expect(result.status).toBe(400);
		expect(result.data).toMatchObject({
			errors: { _form: "Aucun appareil abonné : activez d'abord les notifications." }
		});
	});

	it('turns the daily summary off and on for all of the user’s devices', async () => {
		await sendJson(agent, 'POST', service.subscriber().subscription);
		await sendJson(agent, 'POST', service.subscriber().subscription);
		expect((await agent.action('/notifications?/summary', {})).data).toEqual({ done: 'Résumé quotidien désactivé.' });
		expect((await db.select().from(pushSubscriptions)).map((s) => s.dailySummary)).toEqual([false, false]);
		await agent.action('/notifications?/summary', { dailySummary: 'on' });
		expect((await db.select().from(pushSubscriptions)).map((s) => s.dailySummary)).toEqual([true, true]);
	});
});
