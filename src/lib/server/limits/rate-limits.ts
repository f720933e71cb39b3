import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { rateLimits } from '../db/schema';
import { rowsOf } from '../db/arrays';

export interface Limit {
	/** Hits allowed in one window. */
	hits: number;
	windowSeconds: number;
}

/**
 * Counts one hit on the key and says whether it is within the limit: null when it is, else the
 * seconds until the window ends. One statement on one row, by the database clock, so that every
 * instance counts on the same counter and two hits at once are both counted.
 */
export async function hit(db: DbOrTx, key: string, limit: Limit): Promise<number | null> {
	const [row] = rowsOf<{ hits: number; wait: number }>(
		await db.execute(sql`
			insert into rate_limits as r (key, hits, window_ends_at)
			values (${key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
			on conflict (key) do update set
				hits = case when r.window_ends_at <= now() then 1 else r.hits + 1 end,
				window_ends_at = case when r.window_ends_at <= now() then excluded.window_ends_at else r.window_ends_at end
			returning hits, greatest(1, ceil(extract(epoch from (window_ends_at - now()))))::int as wait`)
	);
	return Number(row.hits) > limit.hits ? Number(row.wait) : null;
}

/** Seconds until the key's window ends when its limit is already reached, else null; counts nothing. */
export async function exhausted(db: DbOrTx, key: string, limit: Limit): Promise<number | null> {
	const [row] = await db
		.select({
			hits: rateLimits.hits,
			wait: sql<number>`greatest(1, ceil(extract(epoch from (${rateLimits.windowEndsAt} - now()))))::int`
		})
		.from(rateLimits)
		.where(and(eq(rateLimits.key, key), gt(rateLimits.windowEndsAt, sql`now()`)));
	return row && row.hits >= limit.hits ? Number(row.wait) : null;
}
