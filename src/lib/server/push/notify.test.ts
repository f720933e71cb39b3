import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { makeDebtor, makeOrganisation, makeUser } from '../../../../tests/helpers/factories';
import { startFakePushService, type FakePushService, type FakeSubscriber } from '../../../../tests/fakes/push-service';
import { deliveries, memberships, pushSubscriptions, reminders } from '../db/schema';
import type { Db } from '../db';
import type { Role } from '$lib/roles';
import {
	dailySummary,
	notifyDeliveriesFailed,
	notifyDeliveryFailed,
	notifyLettersToPrint,
	notifyUsers,
	notifyValidationNeeded,
	type PushPayload
} from './notify';
import { saveSubscription } from './subscriptions';
import { vapidKeys } from './vapid';

let service: FakePushService;
let db: Db;
let orgA: { id: string };
let orgB: { id: string };
/** One subscribed device per member, named after the member. */
let devices: Record<string, FakeSubscriber>;
let userIds: Record<string, string>;

beforeAll(async () => {
	service = await startFakePushService();
});
afterAll(() => service.close());

async function member(name: string, orgId: string, role: Role) {
	const user = await makeUser(db, orgId, role);
	userIds[name] = user.id;
	devices[name] = service.subscriber(name);
	await saveSubscription(db, user.id, devices[name].subscription);
	return user;
}

beforeEach(async () => {
	db = await freshDb();
	service.reset();
	devices = {};
	userIds = {};
	orgA = await makeOrganisation(db, 'Agence A');
	orgB = await makeOrganisation(db, 'Agence B');
	await member('adminA', orgA.id, 'admin');
	await member('managerA', orgA.id, 'manager');
	await member('approverA', orgA.id, 'approver');
	await member('agentA', orgA.id, 'agent');
	await member('approverB', orgB.id, 'approver');
	// Agent in A, approver in B: reached for A only as an agent.
	const both = await member('agentA-approverB', orgA.id, 'agent');
	await db.insert(memberships).values({ userId: both.id, organisationId: orgB.id, role: 'approver' });
});

const options = () => ({ agent: service.agent });
const payload: PushPayload = { title: 'Titre', body: 'Corps', url: '/relances' };
const reached = () => service.received.map((r) => r.id).sort();

describe('notifyUsers', () => {
	it('reaches the members of the organisation who hold the roles, and no one else', async () => {
		const result = await notifyUsers(db, {
			organisationId: orgA.id,
			roles: ['approver', 'admin'],
			payload,
			options: options()
		});
		expect(result).toEqual({ sent: 2, removed: 0, failed: 0 });
		expect(reached()).toEqual(['adminA', 'approverA']);
		expect(service.refused).toEqual([]);
	});

	it('takes a member’s role in this organisation, not in his others', async () => {
		await notifyUsers(db, { organisationId: orgB.id, roles: ['approver'], payload, options: options() });
		expect(reached()).toEqual(['agentA-approverB', 'approverB']);
		service.received.length = 0;
		await notifyUsers(db, { organisationId: orgA.id, roles: ['agent'], payload, options: options() });
		expect(reached()).toEqual(['agentA', 'agentA-approverB']);
	});

	it('reaches named users only if they are members of the organisation', async () => {
		const result = await notifyUsers(db, {
			organisationId: orgA.id,
			userIds: [userIds.managerA, userIds.approverB],
			payload,
			options: options()
		});
		expect(result.sent).toBe(1);
		expect(reached()).toEqual(['managerA']);
	});

	it('reaches every device of a user', async () => {
		const phone = service.subscriber('managerA-phone');
		await saveSubscription(db, userIds.managerA, phone.subscription);
		await notifyUsers(db, { organisationId: orgA.id, roles: ['manager'], payload, options: options() });
		expect(reached()).toEqual(['managerA', 'managerA-phone']);
	});

	it('sends a VAPID-signed request with a TTL and the payload encrypted for the device', async () => {
		await notifyUsers(db, { organisationId: orgA.id, userIds: [userIds.agentA], payload, options: options() });
		const [push] = service.received;
		const { publicKey } = await vapidKeys(db);
		expect(push.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
		expect(push.vapid.publicKey).toBe(publicKey);
		expect(push.vapid.claims).toMatchObject({ aud: service.origin, sub: 'mailto:admin@relance.local' });
		expect(push.headers['content-encoding']).toBe('aes128gcm');
		expect(Number(push.headers.ttl)).toBeGreaterThan(0);
		expect(push.body.includes(Buffer.from('Corps'))).toBe(false);
		expect(JSON.parse(devices.agentA.decrypt(push.body))).toEqual({ ...payload, url: `/relances?agence=${orgA.id}` });
	});

	it('deletes a subscription the push service says is gone, and keeps the others', async () => {
		service.markGone('agentA');
		const result = await notifyUsers(db, { organisationId: orgA.id, roles: ['agent'], payload, options: options() });
		expect(result).toEqual({ sent: 1, removed: 1, failed: 0 });
		const left = await db.select({ endpoint: pushSubscriptions.endpoint }).from(pushSubscriptions);
		expect(left.map((s) => s.endpoint)).not.toContain(devices.agentA.subscription.endpoint);
		expect(left.map((s) => s.endpoint)).toContain(devices['agentA-approverB'].subscription.endpoint);
	});

	it('counts other failures without throwing, and keeps those subscriptions', async () => {
		// Without the agent that trusts the fake, TLS verification refuses its certificate.
		const result = await notifyUsers(db, { organisationId: orgA.id, roles: ['agent'], payload });
		expect(result).toEqual({ sent: 0, removed: 0, failed: 2 });
		expect(await db.select().from(pushSubscriptions)).toHaveLength(6);
	});

	it('reaches nobody for an empty list of roles or users', async () => {
		expect(await notifyUsers(db, { organisationId: orgA.id, roles: [], payload, options: options() })).toEqual({
			sent: 0,
			removed: 0,
			failed: 0
		});
		expect(await notifyUsers(db, { organisationId: orgA.id, userIds: [], payload, options: options() })).toEqual({
			sent: 0,
			removed: 0,
			failed: 0
		});
		expect(service.received).toEqual([]);
	});
});

const shown = (id: string) => JSON.parse(devices[id].decrypt(service.receivedBy(id)[0].body)) as PushPayload;

describe('the notifications of the app', () => {
	it('a reminder awaiting validation goes to approvers and admins, and opens the reminder', async () => {
		await notifyValidationNeeded(
			db,
			orgA.id,
			{ id: 'r-1', shortDescription: 'Première relance', debtorName: 'Durand' },
			options()
		);
		expect(reached()).toEqual(['adminA', 'approverA']);
		expect(shown('approverA')).toEqual({
			title: 'Relance à valider',
			body: 'Durand — Première relance',
			// It opens in its own agency, whichever the approver is in: agentA-approverB is in two.
			url: `/relances/r-1?agence=${orgA.id}`,
			tag: 'validation-r-1',
			actions: [
				{ action: 'approve', title: 'Valider' },
				{ action: 'view', title: 'Voir' }
			]
		});
	});

	it('a failed delivery goes to managers and agents, in French', async () => {
		await notifyDeliveryFailed(
			db,
			orgA.id,
			{ reminderId: 'r-2', debtorName: 'Martin', channel: 'sms', error: 'numéro invalide' },
			options()
		);
		expect(reached()).toEqual(['agentA', 'agentA-approverB', 'managerA']);
		expect(shown('managerA')).toMatchObject({
			title: "Échec d'envoi",
			body: 'Martin (SMS) : numéro invalide',
			url: `/relances/r-2?agence=${orgA.id}`
		});
	});

	it('many failures at once make one notice that opens the day’s list', async () => {
		await notifyDeliveriesFailed(db, orgA.id, 42, options());
		expect(reached()).toEqual(['agentA', 'agentA-approverB', 'managerA']);
		expect(shown('agentA')).toMatchObject({
			title: 'Envois en échec',
			body: '42 envois ont échoué : voyez la liste du jour',
			url: `/aujourdhui?agence=${orgA.id}`,
			tag: 'failed-many'
		});
	});

	it('letters to print go to managers and agents and open the letters screen', async () => {
		await notifyLettersToPrint(db, orgA.id, 3, options());
		expect(reached()).toEqual(['agentA', 'agentA-approverB', 'managerA']);
		expect(shown('agentA')).toMatchObject({
			body: "3 courriers attendent d'être imprimés.",
			url: `/courriers?agence=${orgA.id}`
		});
		service.received.length = 0;
		await notifyLettersToPrint(db, orgA.id, 1, options());
		expect(shown('agentA').body).toBe("Un courrier attend d'être imprimé.");
	});

	it('the daily summary counts the day and reaches only devices that asked for it', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
		const reminder = (status: 'pending_validation' | 'scheduled', sendDate = today) => ({
			organisationId: orgA.id,
			debtorId: debtor.id,
			status,
			sendDate,
			shortDescription: 'Relance',
			requiresValidation: status === 'pending_validation',
			content: { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' }
		});
		await db
			.insert(reminders)
			.values([
				reminder('pending_validation'),
				reminder('pending_validation'),
				reminder('scheduled'),
				reminder('scheduled', '2099-01-01')
			]);
		await db
			.update(pushSubscriptions)
			.set({ dailySummary: false })
			.where(eq(pushSubscriptions.userId, userIds.managerA));

		const result = await dailySummary(db, orgA.id, options());
		expect(reached()).toEqual(['adminA', 'agentA', 'agentA-approverB', 'approverA']);
		expect(result.sent).toBe(4);
		expect(shown('agentA')).toMatchObject({
			title: 'Résumé du jour',
			body: "À valider : 2 · Prévues aujourd'hui : 1 · Échecs : 0",
			url: `/?agence=${orgA.id}`
		});
		expect(await db.select().from(deliveries)).toEqual([]);
	});

	it('no daily summary on a day with nothing to tell', async () => {
		expect(await dailySummary(db, orgA.id, options())).toEqual({ sent: 0, removed: 0, failed: 0 });
		expect(service.received).toEqual([]);
	});
});
