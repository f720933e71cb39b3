import type { ReplayReport } from './outbox';
import type { RoundReport } from './round';
import type { WorkerAnswer } from './sync-worker';
import syncWorkerUrl from './sync-worker?worker&url';

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
	/** Refused decisions not yet dismissed, as the last round counted them. */
	conflicts = $state(0);
	/** Who the cache is for; empty until the layout starts the status. */
	scope = $state('');
	/** Set when a replay ended: the screen that took the decisions says how it went. */
	lastReplay: ReplayReport | null = $state(null);
	private running: Promise<void> | null = null;
	private worker: Worker | null = null;
	/** Ends the round under way, when its worker is stopped before answering. */
	private abandon: ((error: Error) => void) | null = null;
	private next: Promise<void> | null = null;

	start(scope: string): () => void {
		this.scope = scope;
		this.online = navigator.onLine;
		let stopped = false;
		// The first round waits until the page is idle: it stays out of the page's first paint.
		whenIdle(() => !stopped && void this.refresh());
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
		// A page kept in the back-forward cache would keep its worker frozen, and with it any
		// IndexedDB transaction it holds: the next page's sync would wait on it for ever.
		const hidden = () => this.stopWorker();
		window.addEventListener('pagehide', hidden);
		return () => {
			stopped = true;
			this.stopWorker();
			window.removeEventListener('pagehide', hidden);
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

	/** One round in the worker; rounds never overlap (see refresh), so the next answer is this one's. */
	private ask(worker: Worker): Promise<RoundReport> {
		return new Promise((resolve, reject) => {
			this.abandon = reject;
			worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) =>
				data.ok ? resolve(data.report) : reject(new Error(data.message));
			worker.onerror = (event) => reject(new Error(event.message));
			worker.postMessage({ scope: this.scope });
		});
	}

	private stopWorker(): void {
		this.worker?.terminate();
		this.worker = null;
		this.abandon?.(new Error('the cache worker was stopped'));
		this.abandon = null;
	}

	private async run(): Promise<void> {
		if (!this.worker) {
			// What loads from here on is the cache's, not the page's (the offline benchmark counts them apart).
			performance.mark('relance-cache-start');
			this.worker = new Worker(syncWorkerUrl, { type: 'module' });
		}
		this.syncing = true;
		try {
			const report = await this.ask(this.worker);
			if (report.replay.applied.length || report.replay.refused.length) this.lastReplay = report.replay;
			// Measured in the worker, recorded here where the page (and the offline benchmark) reads it.
			if (report.syncMs !== null)
				performance.measure('relance-sync', { duration: report.syncMs, end: performance.now() });
			this.syncedAt = report.syncedAt;
			this.queued = report.queued;
			this.conflicts = report.conflicts;
			this.failed = report.result !== 'synced';
			this.online = report.result !== 'offline';
		} catch (error) {
			console.error('[offline]', error);
			this.failed = true;
			// A worker that could not load (or broke) is replaced at the next round.
			this.stopWorker();
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
