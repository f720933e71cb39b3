import { cacheRound, type RoundReport } from './round';

export type WorkerAnswer = { ok: true; report: RoundReport } | { ok: false; message: string };

/** The worker's side of its channel with the page (the project's types describe a window's `self`). */
const page = self as unknown as {
	onmessage: (event: MessageEvent<{ scope: string }>) => void;
	postMessage(answer: WorkerAnswer): void;
};

/**
 * The cache's rounds run here, off the page's thread: parsing thousands of reminders and writing
 * them into IndexedDB would hold a phone's screen for hundreds of milliseconds. The pages' own
 * live queries see these writes (Dexie tells every context of the origin).
 */
page.onmessage = async ({ data }) => {
	try {
		page.postMessage({ ok: true, report: await cacheRound(data.scope) });
	} catch (error) {
		page.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
	}
};
