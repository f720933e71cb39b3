import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { operations } from '../db/schema';
import { enqueue, OPERATION_EXPIRE_SECONDS, OPERATION_RETRY_LIMIT } from '../queue';
import type { Role } from '$lib/roles';
import type { OperationKind, OperationView } from '$lib/operations';
import { isUuid } from '$lib/validation/ids';

const SENDERS: readonly Role[] = ['admin', 'manager', 'agent'];

/** Who may follow an operation: those who may start one of its kind. */
const VIEWERS: Record<OperationKind, readonly Role[]> = {
	send_due: SENDERS,
	send_all: SENDERS,
	send_debtors: ['admin', 'manager'],
	scenario_run: ['admin'],
	letters_pdf: SENDERS,
	export: SENDERS,
	import: ['admin', 'manager']
};

export const kindsFor = (role: Role) =>
	(Object.keys(VIEWERS) as OperationKind[]).filter((kind) => VIEWERS[kind].includes(role));

/**
 * A running operation whose heartbeat stopped for longer than its job's every try could take
 * lost its worker for good (pg-boss retries an expired job; the last try expired too).
 */
const LOST_AFTER_SECONDS = OPERATION_EXPIRE_SECONDS * (OPERATION_RETRY_LIMIT + 1) + 60;

const view = {
	id: operations.id,
	kind: operations.kind,
	status: operations.status,
	done: operations.done,
	total: operations.total,
	outcomeCode: operations.outcomeCode,
	outcomeParams: operations.outcomeParams,
	startedAt: operations.startedAt,
	finishedAt: operations.finishedAt,
	elapsedSeconds:
		sql<number>`extract(epoch from coalesce(${operations.finishedAt}, now()) - ${operations.startedAt})::float8`.mapWith(
			Number
		)
};

type Row = {
	id: string;
	kind: string;
	status: 'running' | 'done' | 'failed';
	done: number;
	total: number;
	outcomeCode: string | null;
	outcomeParams: Record<string, string | number>;
	startedAt: Date;
	finishedAt: Date | null;
	elapsedSeconds: number;
};

function toView(row: Row): OperationView {
	const { done, total, elapsedSeconds } = row;
	// The rate so far, once something is done: a first chunk still under way gives no estimate.
	const secondsLeft =
		row.status !== 'running'
			? null
			: done > 0 && total > done
				? Math.ceil((elapsedSeconds * (total - done)) / done)
				: stepSecondsLeft(row.outcomeParams);
	return {
		...row,
		kind: row.kind as OperationKind,
		startedAt: row.startedAt.toISOString(),
		finishedAt: row.finishedAt?.toISOString() ?? null,
		elapsedSeconds: Math.round(elapsedSeconds),
		secondsLeft
	};
}

/**
 * A step that follows the items counted (an import's debtors, once its rows are written) says
 * its own pace in the outcome values: stepDone of stepTotal since stepSince (epoch seconds).
 */
function stepSecondsLeft(p: Record<string, string | number>): number | null {
	const [done, total, since] = [Number(p.stepDone ?? 0), Number(p.stepTotal ?? 0), Number(p.stepSince ?? 0)];
	if (!since || done <= 0 || done >= total) return null;
	return Math.ceil((Math.max(0, Date.now() / 1000 - since) * (total - done)) / done);
}

export interface StartInput {
	organisationId: string;
	kind: OperationKind;
	startedBy: string;
	total: number;
	params: Record<string, unknown>;
	scopeKey?: string;
}

/**
 * The operation and its job, in one transaction. While one of the same kind and scope runs in
 * the organisation, the unique index refuses a second: the caller joins the running one.
 */
export async function startOperation(db: Db, input: StartInput): Promise<{ id: string; joined: boolean }> {
	for (let tries = 0; ; tries++) {
		const started = await db.transaction(async (tx) => {
			const [made] = await tx
				.insert(operations)
				.values({
					organisationId: input.organisationId,
					kind: input.kind,
					scopeKey: input.scopeKey ?? '',
					startedBy: input.startedBy,
					total: input.total,
					params: input.params
				})
				.onConflictDoNothing()
				.returning({ id: operations.id });
			if (made) await enqueue(tx, 'operations', [{ operationId: made.id }]);
			return made;
		});
		if (started) return { id: started.id, joined: false };
		const running = await runningOperation(db, input.organisationId, input.kind, input.scopeKey);
		if (running) return { id: running.id, joined: true };
		// It finished between the insert and the look-up: start again, once.
		if (tries) throw new Error(`operation ${input.kind} neither started nor running`);
	}
}

/** The organisation's running operation of this kind, if any: what a page shows on load. */
export async function runningOperation(
	db: DbOrTx,
	organisationId: string,
	kind: OperationKind,
	scopeKey = ''
): Promise<OperationView | null> {
	await markLost(db, organisationId);
	const [row] = await db
		.select(view)
		.from(operations)
		.where(
			and(
				eq(operations.organisationId, organisationId),
				eq(operations.kind, kind),
				eq(operations.scopeKey, scopeKey),
				eq(operations.status, 'running')
			)
		);
	return row ? toView(row) : null;
}

/**
 * The organisation's operation of this kind running, or finished a moment ago: a click that
 * finds nothing left to do because another click's operation just did it is shown that one.
 */
export async function runningOrJustDone(
	db: DbOrTx,
	organisationId: string,
	kind: OperationKind
): Promise<OperationView | null> {
	const running = await runningOperation(db, organisationId, kind);
	if (running) return running;
	const [row] = await db
		.select(view)
		.from(operations)
		.where(
			and(
				eq(operations.organisationId, organisationId),
				eq(operations.kind, kind),
				sql`${operations.finishedAt} > now() - interval '1 minute'`
			)
		)
		.orderBy(desc(operations.finishedAt))
		.limit(1);
	return row ? toView(row) : null;
}

/** One operation of the organisation, if the role may follow its kind. */
export async function getOperation(
	db: DbOrTx,
	organisationId: string,
	role: Role,
	id: string
): Promise<OperationView | null> {
	await markLost(db, organisationId);
	const [row] = await db
		.select(view)
		.from(operations)
		.where(
			and(
				eq(operations.organisationId, organisationId),
				eq(operations.id, id),
				inArray(operations.kind, kindsFor(role))
			)
		);
	return row ? toView(row) : null;
}

/** The organisation's latest operations the role may follow, newest first. */
export async function recentOperations(
	db: DbOrTx,
	organisationId: string,
	role: Role,
	{ kinds = kindsFor(role), limit = 10 }: { kinds?: OperationKind[]; limit?: number } = {}
) {
	const allowed = kinds.filter((kind) => kindsFor(role).includes(kind));
	if (!allowed.length) return [];
	await markLost(db, organisationId);
	const rows = await db
		.select(view)
		.from(operations)
		.where(and(eq(operations.organisationId, organisationId), inArray(operations.kind, allowed)))
		.orderBy(desc(operations.startedAt))
		.limit(limit);
	return rows.map(toView);
}

async function markLost(db: DbOrTx, organisationId: string): Promise<void> {
	await db
		.update(operations)
		.set({ status: 'failed', outcomeCode: 'lost', finishedAt: sql`now()` })
		.where(
			and(
				eq(operations.organisationId, organisationId),
				eq(operations.status, 'running'),
				sql`${operations.heartbeatAt} < now() - make_interval(secs => ${LOST_AFTER_SECONDS})`
			)
		);
}

/**
 * A chunk done: the progress and the counts so far, with a heartbeat; nothing once it has ended.
 * Then the requests waiting are let in (see letRequestsIn), as every operation's chunks should.
 */
export async function recordProgress(
	db: DbOrTx,
	id: string,
	done: number,
	outcomeParams: Record<string, string | number>,
	total?: number
): Promise<void> {
	await db
		.update(operations)
		.set({ done, outcomeParams, heartbeatAt: sql`now()`, ...(total === undefined ? {} : { total }) })
		.where(and(eq(operations.id, id), eq(operations.status, 'running')));
	await letRequestsIn();
}

export async function finishOperation(
	db: DbOrTx,
	id: string,
	status: 'done' | 'failed',
	outcomeCode: string,
	outcomeParams?: Record<string, string | number>,
	done?: number
): Promise<void> {
	await db
		.update(operations)
		.set({
			status,
			outcomeCode,
			finishedAt: sql`now()`,
			heartbeatAt: sql`now()`,
			...(outcomeParams ? { outcomeParams } : {}),
			...(done === undefined ? {} : { done, total: done })
		})
		.where(and(eq(operations.id, id), eq(operations.status, 'running')));
}

/**
 * What a page shows of its operations: the one named in its address (where an action sent the
 * person), else the running one of its kinds (another device, a reload), and the latest ones.
 */
export async function pageOperations(db: DbOrTx, organisationId: string, role: Role, kinds: OperationKind[], url: URL) {
	const asked = url.searchParams.get('operation');
	const named = asked && isUuid(asked) ? await getOperation(db, organisationId, role, asked) : null;
	const recent = await recentOperations(db, organisationId, role, { kinds, limit: 5 });
	return {
		operation: named ?? recent.find((op) => op.status === 'running') ?? null,
		joined: url.searchParams.has('rejoint'),
		recentOperations: recent
	};
}

/** Where an action sends the person once the operation is started or joined: its page, naming it. */
export function operationLocation(url: URL, started: { id: string; joined: boolean }, keep: string[] = []): string {
	const to = new URLSearchParams();
	for (const name of keep) for (const value of url.searchParams.getAll(name)) to.append(name, value);
	to.set('operation', started.id);
	if (started.joined) to.set('rejoint', '1');
	return `${url.pathname}?${to.toString().replace(/=(?=&|$)/g, '')}`;
}

/**
 * The embedded database answers each query within this process, without waiting on any I/O: a
 * job made of queries alone would hold the event loop to its end, and no page (nor its progress
 * bar) would be served meanwhile. Between two chunks, the requests waiting are let in.
 */
export const letRequestsIn = () => new Promise<void>((resolve) => setImmediate(resolve));
