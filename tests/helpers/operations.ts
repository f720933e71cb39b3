import { eq } from 'drizzle-orm';
import { operations } from '../../src/lib/server/db/schema';
import { runOperation } from '../../src/lib/server/background/operations';
import type { Db } from '../../src/lib/server/db/types';

/**
 * The running operations worked to their end here, as the queue's worker would (the app under
 * test works no queue): their deliveries are made, not sent, as with « Tout envoyer » before.
 */
export async function finishOperations(db: Db): Promise<void> {
	for (const op of await db.select({ id: operations.id }).from(operations).where(eq(operations.status, 'running')))
		await runOperation(db, op.id, async () => {});
}

/** An operation's state as its page reads it, with its outcome in words. */
export async function operationReply(
	client: { get(path: string): Promise<{ status: number; body: string }> },
	id: string
) {
	const reply = await client.get(`/api/operations/${id}`);
	return {
		http: reply.status,
		...(reply.status === 200
			? (JSON.parse(reply.body) as { status: string; done: number; total: number; message: string; kind: string })
			: {})
	};
}

/** The operation an action's redirect names. */
export const operationIn = (location: string | undefined) =>
	new URL(location ?? '', 'http://x').searchParams.get('operation');
