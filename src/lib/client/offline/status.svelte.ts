import { offlineCache } from './cache';
import { replayOutbox, type ReplayReport } from './outbox';
import { syncCache } from './sync';

/**
 * The phone's connection and cache, for every screen: whether it is offline, when the cache was
 * last synced, what waits in the outbox. One instance, started by the app's layout.
 */
class OfflineStatus {
	online = $state(true);
	syncing = $state(false);
	failed = $state(false);
	syncedAt: string | null = $state(null);
	queued = $state(0);
	/** Who the cache is for; empty until the layout starts the status. */
	scope = $state('');
	/** Set when a replay ended: the screen that took the decisions says how it went. */
	lastReplay: ReplayReport | null = $state(null);
	private running: Promise<void> | null = null;
	private next: Promise<void> | null = null;

	start(scope: string): () => void {
		this.scope = scope;
		this.online = navigator.onLine;
		let stopped = false;
		const subscriptions: { unsubscribe(): void }[] = [];
		// The cache and its first sync wait until the page is idle: they stay out of its first paint.
		whenIdle(() => {
			// What loads from here on is the cache's, not the page's (the offline benchmark counts them apart).
			performance.mark('relance-cache-start');
			return offlineCache()
				.then(({ liveQuery, offlineDb }) => {
					if (stopped) return;
					const db = offlineDb();
					subscriptions.push(
						liveQuery(() => db.meta.get('syncedAt')).subscribe((row) => (this.syncedAt = row?.value ?? null)),
						liveQuery(() => db.outbox.count()).subscribe((n) => (this.queued = n))
					);
					void this.refresh();
				})
				.catch((error) => console.error('[offline]', error));
		});
		const refresh = () => void this.refresh();
		const online = () => {
			this.online = true;
			refresh();
		};
		const offline = () => (this.online = false);
		const visible = () => document.visibilityState === 'visible' && refresh();
		window.addEventListener('online', online);
		window.addEventListener('offline', offline);
		window.addEventListener('focus', refresh);
		document.addEventListener('visibilitychange', visible);
		return () => {
			stopped = true;
			for (const subscription of subscriptions) subscription.unsubscribe();
			window.removeEventListener('online', online);
			window.removeEventListener('offline', offline);
			window.removeEventListener('focus', refresh);
			document.removeEventListener('visibilitychange', visible);
		};
	}

	/** Sends the outbox, then syncs: the lists then show the decisions as the server took them. */
	refresh(): Promise<void> {
		if (!this.scope) return Promise.resolve();
		// Asked while running: what was queued meanwhile needs one more round, not one per ask.
		if (this.running) {
			this.next ??= this.running.then(() => {
				this.next = null;
				return this.refresh();
			});
			return this.next;
		}
		this.running = this.run().finally(() => (this.running = null));
		return this.running;
	}

	private async run(): Promise<void> {
		this.syncing = true;
		try {
			const replay = await replayOutbox(this.scope);
			if (replay.applied.length || replay.refused.length) this.lastReplay = replay;
			const result = replay.result === 'done' ? await syncCache(this.scope) : replay.result;
			this.failed = result !== 'synced';
			this.online = result !== 'offline';
		} catch (error) {
			console.error('[offline]', error);
			this.failed = true;
		} finally {
			this.syncing = false;
		}
	}
}

/** Once the browser has nothing more urgent to do; Safari has no requestIdleCallback. */
function whenIdle(run: () => void): void {
	if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
	else setTimeout(run, 200);
}

export const offlineStatus = new OfflineStatus();
