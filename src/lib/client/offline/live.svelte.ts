import { liveQuery } from 'dexie';

/**
 * A Dexie query as rune state, re-run whenever the tables it read change. `deps` reads the
 * reactive values the query depends on, so that changing them runs it again. Nothing runs on
 * the server: effects do not.
 */
export function live<T>(query: () => Promise<T>, initial: T, deps: () => unknown = () => undefined) {
	const state = $state({ value: initial, ready: false });
	$effect(() => {
		deps();
		const subscription = liveQuery(query).subscribe({
			next: (value) => {
				state.value = value;
				state.ready = true;
			},
			error: (error) => console.error('[offline]', error)
		});
		return () => subscription.unsubscribe();
	});
	return state;
}
