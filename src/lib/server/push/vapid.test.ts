import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { freshDb } from '../../../../tests/helpers/db';
import { appSecrets } from '../db/schema';
import type { Db } from '../db';
import { vapidKeys } from './vapid';

let db: Db;
const saved = { ...process.env };

beforeEach(async () => {
	db = await freshDb();
	delete process.env.VAPID_PUBLIC_KEY;
	delete process.env.VAPID_PRIVATE_KEY;
});

afterEach(() => {
	for (const key of ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY'] as const) {
		if (saved[key] === undefined) delete process.env[key];
		else process.env[key] = saved[key];
	}
});

describe('VAPID keys', () => {
	it('are generated once, stored, and the same keys come back after', async () => {
		const first = await vapidKeys(db);
		expect(first.publicKey).toMatch(/^[\w-]{87}$/);
		expect(first.privateKey).toMatch(/^[\w-]{43}$/);
		expect(await vapidKeys(db)).toEqual(first);
		expect(await db.select().from(appSecrets)).toHaveLength(1);
	});

	it('agree between callers that start at the same moment', async () => {
		const all = await Promise.all([vapidKeys(db), vapidKeys(db), vapidKeys(db), vapidKeys(db)]);
		for (const keys of all) expect(keys).toEqual(all[0]);
		expect(await db.select().from(appSecrets)).toHaveLength(1);
	});

	it('come from the environment when it gives both, and nothing is stored', async () => {
		const mine = webpush.generateVAPIDKeys();
		process.env.VAPID_PUBLIC_KEY = mine.publicKey;
		process.env.VAPID_PRIVATE_KEY = mine.privateKey;
		expect(await vapidKeys(db)).toEqual({ publicKey: mine.publicKey, privateKey: mine.privateKey });
		expect(await db.select().from(appSecrets)).toHaveLength(0);
	});

	it('ignore half a pair in the environment', async () => {
		process.env.VAPID_PUBLIC_KEY = webpush.generateVAPIDKeys().publicKey;
		const keys = await vapidKeys(db);
		expect(keys.publicKey).not.toBe(process.env.VAPID_PUBLIC_KEY);
		expect(await db.select().from(appSecrets)).toHaveLength(1);
	});
});
