import type { DecisionReply } from '$lib/offline/types';
import { openCache } from './cache';
import type { OutboxItem } from './db';

export type ReplayResult = 'done' | 'offline' | 'signed-out';

/** What happened to the decisions of one replay, for the screen's message. */
export interface ReplayReport {
	result: ReplayResult;
	applied: OutboxItem[];
	refused: OutboxItem[];
}

export async function enqueue(item: Omit<OutboxItem, 'seq'>): Promise<void> {
	await (await openCache()).outbox.add(item);
}

let running: Promise<ReplayReport> | null = null;

/** One replay at a time: two would send the same decision twice (harmless, but wasteful). */
export function replayOutbox(scope: string): Promise<ReplayReport> {
	running ??= replay(scope).finally(() => (running = null));
	return running;
}

/**
 * Sends queued decisions oldest first and stops at the first one that cannot reach the server,
 * so that order is kept. Each leaves the outbox only once answered: closed before that, the app
 * sends it again next time, and its idempotency key makes the server answer as it did the first time.
 */
async function replay(scope: string): Promise<ReplayReport> {
	const db = await openCache();
	const report: ReplayReport = { result: 'done', applied: [], refused: [] };
	for (;;) {
		const item = await db.outbox
			.where('seq')
			.above(0)
			.filter((i) => i.scope === scope)
			.first();
		if (!item) return report;
		const { seq: _seq, scope: _scope, description: _d, debtorName: _n, ...request } = item;
		let response: Response;
		try {
			response = await fetch('/api/decisions', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(request),
				redirect: 'manual'
			});
		} catch {
			return { ...report, result: 'offline' };
		}
		if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect')
			return { ...report, result: 'signed-out' };
		if (!response.ok) return { ...report, result: 'offline' };
		const reply = (await response.json()) as DecisionReply;
		await db.transaction('rw', db.outbox, db.conflicts, db.reminders, async () => {
			await db.outbox.delete(item.seq!);
			if (reply.ok) {
				// Decided: out of "À valider"; the next sync brings the reminder as it now is.
				await db.reminders.update(item.id, { status: item.action === 'approve' ? 'scheduled' : 'cancelled' });
			} else {
				await db.conflicts.put({
					key: item.key,
					reminderId: item.id,
					description: item.description,
					debtorName: item.debtorName,
					message: reply.message
				});
			}
		});
		(reply.ok ? report.applied : report.refused).push(item);
	}
}
