import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/helpers/db';
import { makeOrganisation, makeUser } from '../../../../tests/helpers/factories';
import { pushSubscriptions } from '../db/schema';
import type { Db } from '../db';
import {
	listSubscriptions,
	pushSettings,
	removeSubscription,
	saveSubscription,
	setDailySummary
} from './subscriptions';

let db: Db;
let alice: string;
let bob: string;

const device = (n: number, keys = 'a') => ({
	endpoint: `https://push.example.test/send/${n}`,
	keys: { p256dh: `p256dh-${keys}`, auth: `auth-${keys}` }
});

beforeEach(async () => {
	db = await freshDb();
	const org = await makeOrganisation(db);
	alice = (await makeUser(db, org.id, 'agent')).id;
	bob = (await makeUser(db, org.id, 'manager')).id;
});

describe('push subscriptions', () => {
	it('are saved once per endpoint: subscribing again refreshes the keys', async () => {
		await saveSubscription(db, alice, device(1), 'Firefox');
		await saveSubscription(db, alice, device(1, 'b'), 'Firefox');
		const rows = await db.select().from(pushSubscriptions);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ userId: alice, p256dh: 'p256dh-b', auth: 'auth-b', userAgent: 'Firefox' });
	});

	it('belong to whoever subscribed the device last', async () => {
		await saveSubscription(db, alice, device(1));
		await saveSubscription(db, bob, device(1, 'b'));
		expect(await listSubscriptions(db, [alice])).toEqual([]);
		expect(await listSubscriptions(db, [bob])).toMatchObject([{ endpoint: device(1).endpoint, p256dh: 'p256dh-b' }]);
	});

	it('are removed only by their owner', async () => {
		await saveSubscription(db, alice, device(1));
		expect(await removeSubscription(db, bob, device(1).endpoint)).toBe(false);
		expect(await listSubscriptions(db, [alice])).toHaveLength(1);
		expect(await removeSubscription(db, alice, device(1).endpoint)).toBe(true);
		expect(await listSubscriptions(db, [alice])).toEqual([]);
	});

	it('are listed for the users asked about', async () => {
		await saveSubscription(db, alice, device(1));
		await saveSubscription(db, alice, device(2));
		await saveSubscription(db, bob, device(3));
		expect((await listSubscriptions(db, [alice])).map((s) => s.endpoint).sort()).toEqual([
			device(1).endpoint,
			device(2).endpoint
		]);
		expect(await listSubscriptions(db, [])).toEqual([]);
	});

	it('share one daily-summary choice per person, which a new device follows', async () => {
		expect(await pushSettings(db, alice)).toEqual({ devices: 0, dailySummary: true });
		await saveSubscription(db, alice, device(1));
		await setDailySummary(db, alice, false);
		await saveSubscription(db, alice, device(2));
		expect(await pushSettings(db, alice)).toEqual({ devices: 2, dailySummary: false });
		// A device taken over by someone else follows its new owner's choice.
		await saveSubscription(db, bob, device(1));
		expect(await pushSettings(db, bob)).toEqual({ devices: 1, dailySummary: true });
	});
});
