import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeOrganisation, makeUser } from '../helpers/factories';
import { loginChallenges, loginThrottle, passwordResets, rateLimits, sessions } from '../../src/lib/server/db/schema';
import { purgeExpired } from '../../src/lib/server/housekeeping/purge';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;

beforeEach(async () => {
	db = await freshDb();
});

describe('the hourly purge', () => {
	it('removes what has expired by the database clock, and only that', async () => {
		const org = await makeOrganisation(db);
		const user = await makeUser(db, org.id, 'manager');
		const past = sql`now() - interval '1 minute'`;
		const future = sql`now() + interval '1 hour'`;
		const longAgo = sql`now() - interval '2 days'`;
		await db.insert(sessions).values([
			{ id: 'expired', userId: user.id, activeOrganisationId: org.id, expiresAt: past },
			{ id: 'live', userId: user.id, activeOrganisationId: org.id, expiresAt: future }
		]);
		await db.insert(passwordResets).values([
			{ tokenHash: 'expired', userId: user.id, expiresAt: past },
			{ tokenHash: 'live', userId: user.id, expiresAt: future }
		]);
		await db.insert(loginChallenges).values([
			{ id: 'expired', userId: user.id, expiresAt: past },
			{ id: 'live', userId: user.id, expiresAt: future }
		]);
		await db.insert(rateLimits).values([
			{ key: 'old', hits: 3, windowEndsAt: longAgo },
			{ key: 'ended-an-hour-ago', hits: 3, windowEndsAt: sql`now() - interval '1 hour'` },
			{ key: 'open', hits: 3, windowEndsAt: future }
		]);
		await db.insert(loginThrottle).values([
			{ key: 'forgotten', failures: 2, lastFailureAt: longAgo },
			{ key: 'still-locked', failures: 40, lastFailureAt: longAgo, lockedUntil: future },
			{ key: 'recent', failures: 2, lastFailureAt: sql`now()` }
		]);

		expect(await purgeExpired(db)).toEqual({
			sessions: 1,
			passwordResets: 1,
			loginChallenges: 1,
			rateLimits: 1,
			loginThrottle: 1
		});
		expect((await db.select().from(sessions)).map((s) => s.id)).toEqual(['live']);
		expect((await db.select().from(passwordResets)).map((r) => r.tokenHash)).toEqual(['live']);
		expect((await db.select().from(loginChallenges)).map((c) => c.id)).toEqual(['live']);
		expect((await db.select().from(rateLimits)).map((r) => r.key).sort()).toEqual(['ended-an-hour-ago', 'open']);
		expect((await db.select().from(loginThrottle)).map((t) => t.key).sort()).toEqual(['recent', 'still-locked']);
		expect(await purgeExpired(db)).toEqual({
			sessions: 0,
			passwordResets: 0,
			loginChallenges: 0,
			rateLimits: 0,
			loginThrottle: 0
		});
	});
});
