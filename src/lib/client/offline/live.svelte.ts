import { offlineCache } from './cache';
import type { OfflineDb } from './db';

/**
 * A query of the phone's cache as rune state, re-run whenever the tables it read change. `deps`
 * reads the reactive values the query depends on, so that changing them runs it again; while
 * `when` is false the query does not run (nor is the cache loaded for it). Nothing runs on the
 * server: effects do not.
 */
export function live<T>(
	query: (db: OfflineDb) => Promise<T>,
	initial: T,
	deps: () => unknown = () => undefined,
	when: () => boolean = () => true
) {
	const state = $state({ value: initial, ready: false });
	$effect(() => {
		deps();
		if (!when()) return;
		let stopped = false;
		let subscription: { unsubscribe(): void } | undefined;
		void offlineCache().then(({ liveQuery, offlineDb }) => {
			if (stopped) return;
			subscription = liveQuery(() => query(offlineDb())).subscribe({
				next: (value) => {
					state.value = value;
					state.ready = true;
				},
				error: (error) => console.error('[offline]', error)
			});
		});
		return () => {
			stopped = true;
			subscription?.unsubscribe();
		};
	});
	return state;
}
