import { openCache, readMeta } from './cache';
import { replayOutbox, type ReplayReport } from './outbox';
import { syncCache, type SyncResult } from './sync';

/** What one round of the cache ends with: what the phone's status shows of it. */
export interface RoundReport {
	replay: ReplayReport;
	result: SyncResult;
	syncedAt: string | null;
	queued: number;
	/** Decisions the server refused, not yet read. */
	conflicts: number;
	/** How long the sync itself took, when one ran. */
	syncMs: number | null;
}

/** Sends the outbox, then syncs: the lists then show the decisions as the server took them. */
export async function cacheRound(scope: string): Promise<RoundReport> {
	const replay = await replayOutbox(scope);
	let syncMs: number | null = null;
	let result: SyncResult;
	if (replay.result === 'done') {
		const started = performance.now();
		result = await syncCache(scope);
		if (result === 'synced') syncMs = performance.now() - started;
	} else result = replay.result;
	const db = await openCache();
	const [syncedAt, queued, conflicts] = await Promise.all([
		readMeta(db, 'syncedAt'),
		db.outbox.count(),
		db.conflicts.count()
	]);
	return { replay, result, syncedAt: syncedAt ?? null, queued, conflicts, syncMs };
}
