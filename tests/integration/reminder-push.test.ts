import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { startFakePushService, type FakePushService } from '../fakes/push-service';
import { reminders } from '../../src/lib/server/db/schema';
import { INJECTED_PUSH_AGENT } from '../../src/lib/server/push/send';
import { saveSubscription } from '../../src/lib/server/push/subscriptions';
import type { Db } from '../../src/lib/server/db/types';

let service: FakePushService;
let db: Db;

beforeAll(async () => {
	service = await startFakePushService();
	(globalThis as Record<symbol, unknown>)[INJECTED_PUSH_AGENT] = service.agent;
});
afterAll(async () => {
	delete (globalThis as Record<symbol, unknown>)[INJECTED_PUSH_AGENT];
	await service.close();
});
beforeEach(async () => {
	db = await freshDb();
	service.reset();
});

it('an approver’s phone is told when a reminder awaits his validation, with a link to it', async () => {
	const org = await makeOrganisation(db);
	const debtor = await makeDebtor(db, org.id, 'Lefèvre');
	const contact = await makeContact(db, org.id, debtor.id);
	const manager = await makeUser(db, org.id, 'manager');
	const approver = await makeUser(db, org.id, 'approver');
	const agent = await makeUser(db, org.id, 'agent');
	const approverPhone = service.subscriber('approver-phone');
	const agentPhone = service.subscriber('agent-phone');
	await saveSubscription(db, approver.id, approverPhone.subscription);
	await saveSubscription(db, agent.id, agentPhone.subscription);

	const client = await loggedIn(manager.email, TEST_PASSWORD);
	const reply = await client.action('/relances/nouvelle?/save', {
		debtorId: debtor.id,
		sendDate: new Date(Date.now() + 3 * 864e5).toISOString().slice(0, 10),
		shortDescription: 'Mise en demeure',
		requiresValidation: 'on',
		letterBody: 'Madame, Monsieur',
		[`channels_${contact.id}`]: ['letter'],
		intent: 'save'
	});
	expect(reply.type).toBe('redirect');
	const [saved] = await db.select().from(reminders);

	const received = service.receivedBy('approver-phone');
	expect(received).toHaveLength(1);
	const payload = JSON.parse(approverPhone.decrypt(received[0].body));
	expect(payload.url).toBe(`/relances/${saved.id}`);
	expect(payload.body).toContain('Mise en demeure');
	expect(service.receivedBy('agent-phone')).toHaveLength(0);
});
