import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { memberships, pushSubscriptions } from '../db/schema';
import type { Role } from '$lib/roles';

/** A browser's PushSubscription as `toJSON()` gives it. */
export interface SubscriptionInput {
	endpoint: string;
	keys: { p256dh: string; auth: string };
}

/** What sending needs of a stored subscription. */
export interface StoredSubscription {
	id: string;
	endpoint: string;
	p256dh: string;
	auth: string;
}

const columns = {
	id: pushSubscriptions.id,
	endpoint: pushSubscriptions.endpoint,
	p256dh: pushSubscriptions.p256dh,
	auth: pushSubscriptions.auth
};

/**
 * Saves a device's subscription for the user. An endpoint is one browser profile: if another
 * user subscribed it before, the device now notifies whoever subscribed it last. A new device
 * follows the user's daily-summary choice.
 */
export async function saveSubscription(
	db: DbOrTx,
	userId: string,
	input: SubscriptionInput,
	userAgent = ''
): Promise<void> {
	const preference = sql`coalesce((select bool_and(${pushSubscriptions.dailySummary}) from ${pushSubscriptions} where ${pushSubscriptions.userId} = ${userId}), true)`;
	await db
		.insert(pushSubscriptions)
		.values({
			userId,
			endpoint: input.endpoint,
			p256dh: input.keys.p256dh,
			auth: input.keys.auth,
			userAgent,
			dailySummary: preference
		})
		.onConflictDoUpdate({
			target: pushSubscriptions.endpoint,
			set: {
				userId,
				p256dh: input.keys.p256dh,
				auth: input.keys.auth,
				userAgent,
				dailySummary: sql`excluded.daily_summary`
			}
		});
}

/** Removes the user's own subscription of that endpoint; false when he has none. */
export async function removeSubscription(db: DbOrTx, userId: string, endpoint: string): Promise<boolean> {
	const removed = await db
		.delete(pushSubscriptions)
		.where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
		.returning({ id: pushSubscriptions.id });
	return removed.length > 0;
}

/** A push service said the subscription is gone for good (404, 410). */
export async function forgetSubscription(db: DbOrTx, id: string): Promise<void> {
	await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}

export async function listSubscriptions(db: DbOrTx, userIds: string[]): Promise<StoredSubscription[]> {
	if (!userIds.length) return [];
	return db.select(columns).from(pushSubscriptions).where(inArray(pushSubscriptions.userId, userIds));
}

export interface Audience {
	organisationId: string;
	roles?: readonly Role[];
	userIds?: readonly string[];
	onlyDailySummary?: boolean;
}

/**
 * The subscriptions of the organisation's members, narrowed to some roles and/or users. The
 * role is the one held in this organisation: a member of two organisations is reached for
 * each only as what he is there.
 */
export async function audienceSubscriptions(db: DbOrTx, audience: Audience): Promise<StoredSubscription[]> {
	const { organisationId, roles, userIds, onlyDailySummary } = audience;
	if (roles?.length === 0 || userIds?.length === 0) return [];
	return db
		.select(columns)
		.from(pushSubscriptions)
		.innerJoin(
			memberships,
			and(eq(memberships.userId, pushSubscriptions.userId), eq(memberships.organisationId, organisationId))
		)
		.where(
			and(
				roles ? inArray(memberships.role, [...roles]) : undefined,
				userIds ? inArray(pushSubscriptions.userId, [...userIds]) : undefined,
				onlyDailySummary ? eq(pushSubscriptions.dailySummary, true) : undefined
			)
		);
}

export interface PushSettings {
	devices: number;
	dailySummary: boolean;
}

export async function pushSettings(db: DbOrTx, userId: string): Promise<PushSettings> {
	const [row] = await db
		.select({
			devices: sql<number>`count(*)::int`,
			dailySummary: sql<boolean>`coalesce(bool_and(${pushSubscriptions.dailySummary}), true)`
		})
		.from(pushSubscriptions)
		.where(eq(pushSubscriptions.userId, userId));
	return { devices: Number(row.devices), dailySummary: row.dailySummary };
}

/** The daily summary is one choice per person, applied to every device he subscribed. */
export async function setDailySummary(db: DbOrTx, userId: string, enabled: boolean): Promise<void> {
	await db.update(pushSubscriptions).set({ dailySummary: enabled }).where(eq(pushSubscriptions.userId, userId));
}
