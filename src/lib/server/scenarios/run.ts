import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../db';
import { idRows, rowsOf, textArray } from '../db/arrays';
import { analyzeScenarioTables } from '../db/statistics';
import {
	debtors,
	organisations,
	scenarioInputChanges,
	scenarioRuns,
	scenarioSettings,
	type RunEntry,
	type ScenarioRunTrigger
} from '../db/schema';
import { config } from '../config';
import { dayIn } from '../clock';
import { enqueue } from '../queue';
import { evaluate, type Plan, type ScenarioDef } from './engine';
import { applyPlans, type Outcome } from './apply';
import { loadScenarios, loadStates, loadTemplates, type TemplateRow } from './state';

export interface RunOptions {
	/** Tests and the benchmark pin the day; otherwise the organisation's today. */
	today?: string;
	batchSize?: number;
	/**
	 * Only what must stop: reminders of a scenario the debtor has left are deleted, nothing new
	 * is created (an import settles debts at once; new steps wait for the run, after the lists).
	 */
	deletionsOnly?: boolean;
	/** Told after each batch how many debtors the run has evaluated so far (an operation's progress bar). */
	onProgress?: (debtors: number) => Promise<void>;
}

export interface RunReport {
	id: string;
	organisationId: string;
	debtors: number;
	/**
	 * Of those, the debtors evaluated: all of them, unless the run before decided under the same
	 * day and configuration, when only those whose inputs changed since it started.
	 */
	evaluated: number;
	created: number;
	/** Of those created, the reminders that wait for an approver. */
	awaitingValidation: number;
	deleted: number;
	skipped: number;
	sendingHeld: boolean;
	details: { created: RunEntry[]; deleted: RunEntry[]; skipped: RunEntry[] };
}

/**
 * Reminders written by a run beyond which the tables' statistics are refreshed at its end: the
 * run's own reads do not depend on them (see loadStates), but the scheduler's pass that follows
 * does. Autovacuum would catch up only a minute later, PGlite's never.
 */
const ANALYZE_AFTER_WRITES = 1000;

/** Batches of a run in flight at once: one written while the next is read and evaluated. */
const BATCHES_IN_FLIGHT = 2;

/** A report lists this many entries of each kind; the counts cover everything. */
const DETAIL_LIMIT = 200;

export interface Context {
	organisationId: string;
	timezone: string;
	today: string;
	minGapDays: number;
	scenarios: ScenarioDef[];
	scenarioById: Map<string, ScenarioDef>;
	templateById: Map<string, TemplateRow>;
}

export async function context(db: DbOrTx, organisationId: string, today?: string): Promise<Context | null> {
	const [org] = await db
		.select({
			timezone: organisations.timezone,
			today: dayIn(organisations.timezone),
			minGapDays: scenarioSettings.minGapDays
		})
		.from(organisations)
		.leftJoin(scenarioSettings, eq(scenarioSettings.organisationId, organisations.id))
		.where(eq(organisations.id, organisationId));
	if (!org) return null;
	const scenarios = await loadScenarios(db, organisationId);
	return {
		organisationId,
		timezone: org.timezone,
		today: today ?? org.today,
		minGapDays: org.minGapDays ?? 7,
		scenarios,
		scenarioById: new Map(scenarios.map((s) => [s.id, s])),
		templateById: await loadTemplates(db, organisationId)
	};
}

/**
 * Evaluates the given debtors and writes what their plans say, in one transaction that holds
 * their rows: a payment's re-evaluation and a run never decide for the same debtor at once.
 */
async function evaluateBatch(
	db: Db,
	ctx: Context,
	debtorIds: string[],
	{ deletionsOnly = false, decidedUnder }: { deletionsOnly?: boolean; decidedUnder?: string } = {}
): Promise<Outcome[]> {
	return db.transaction((tx) => evaluateLocked(tx, ctx, debtorIds, deletionsOnly, decidedUnder));
}

/**
 * `decidedUnder` is a run's: its writes are then not told by the triggers one line per table and
 * statement, but one line per debtor written to, marked with it. A later run deciding alike
 * knows these debtors are as it would leave them; any other evaluates them again.
 */
async function evaluateLocked(
	tx: Tx,
	ctx: Context,
	debtorIds: string[],
	deletionsOnly: boolean,
	decidedUnder?: string
): Promise<Outcome[]> {
	// The reads below cost a few milliseconds, but statistics left behind by a run's writes can
	// estimate them in the millions, past PostgreSQL's threshold for compiling them (measured:
	// 220 ms of compilation for a 2 ms read, most batches of a run).
	await tx.execute(
		sql`select set_config('jit', 'off', true), set_config('relance.scenario_run', ${decidedUnder ?? ''}, true)`
	);
	// In id order, as every writer locks debtors; one lookup per id (see idRows). Those found are
	// the organisation's, held until the commit: the reads need not look them up again.
	const held = rowsOf<{ id: string }>(
		await tx.execute(sql`select d.id from ${idRows([...debtorIds].sort())}
			cross join lateral (select id from ${debtors} where id = k.id and organisation_id = ${ctx.organisationId} offset 0 for update) d`)
	).map((d) => d.id);
	const states = await loadStates(tx, ctx.organisationId, held, ctx.today, ctx.timezone, { held: true });
	const plans = states.map((state) => {
		const plan = evaluate(state, ctx.scenarios, { minGapDays: ctx.minGapDays });
		return { debtorId: state.debtorId, plan: deletionsOnly ? { ...plan, create: null, skip: null } : plan };
	});
	const outcomes = await applyPlans(tx, ctx.organisationId, plans, ctx.scenarioById, ctx.templateById);
	const written = outcomes.filter((o) => o.created.length || o.deleted.length).map((o) => o.debtorId);
	if (decidedUnder !== undefined && written.length)
		await tx.execute(sql`insert into ${scenarioInputChanges} (organisation_id, debtor_id, decided_under)
			select ${ctx.organisationId}, unnest(${textArray(written)}::uuid[]), ${decidedUnder}`);
	return outcomes;
}

/**
 * What a run's decisions depend on besides each debtor's own inputs: the day and everything of
 * the organisation the engine and the writes read (time zone, gap, scenarios with their steps and
 * groups' names, templates), as loaded. Two runs with the same digest decide alike for a debtor
 * whose inputs are the same.
 */
function decidedUnderOf(ctx: Context): string {
	const { today, timezone, minGapDays, scenarios, templateById } = ctx;
	const inputs = JSON.stringify({ today, timezone, minGapDays, scenarios, templates: [...templateById.values()] });
	return createHash('sha256').update(inputs).digest('base64url');
}

/**
 * The debtors a run must evaluate, or null for all of them. Only the run started last before
 * this one can vouch for the others, if it finished and decided under the same digest: a
 * debtor it did not evaluate, or whose state it left as the engine wanted, is as this run
 * would leave him unless a line names him that its snapshot could not see (a change it may
 * have missed, or a write by a run that decided otherwise). One statement, so that no run
 * finishing meanwhile deletes the lines between the two snapshots.
 */
async function changedDebtors(db: Db, organisationId: string, runId: string, decidedUnder: string) {
	const [row] = rowsOf<{ alike: boolean; debtors: string[] | null }>(
		await db.execute(sql`
			with previous as (
				select ${scenarioRuns.finishedAt} as finished_at, ${scenarioRuns.decidedUnder} as decided_under,
					${scenarioRuns.inputsSnapshot}::pg_snapshot as snapshot
				from ${scenarioRuns}
				where ${scenarioRuns.organisationId} = ${organisationId} and ${scenarioRuns.id} <> ${runId}
				order by ${scenarioRuns.startedAt} desc limit 1),
			alike as (
				select * from previous
				where finished_at is not null and snapshot is not null and decided_under = ${decidedUnder})
			select exists (select 1 from alike) as alike,
				array(select distinct c.debtor_id::text from ${scenarioInputChanges} c, alike p
					where c.organisation_id = ${organisationId} and not pg_visible_in_snapshot(c.xid, p.snapshot)
						and c.decided_under is distinct from ${decidedUnder}
					order by 1) as debtors`)
	);
	return row.alike ? (row.debtors ?? []) : null;
}

/**
 * The engine's deletions among the given unsent reminders, as a run would decide them now, in the
 * caller's transaction. Read only, and no debtor row is locked: the scheduler asks this while it
 * holds reminder locks, and a run takes debtor locks before reminder locks.
 */
export async function withdrawals(
	tx: DbOrTx,
	ctx: Context,
	debtorIds: string[],
	reminderIds: Set<string>
): Promise<{ debtorId: string; plan: Plan }[]> {
	if (!ctx.scenarios.length) return [];
	const states = await loadStates(tx, ctx.organisationId, debtorIds, ctx.today, ctx.timezone);
	return states.map((state) => {
		const { scenarioId, nextStep, delete: deletions } = evaluate(state, ctx.scenarios, { minGapDays: ctx.minGapDays });
		return {
			debtorId: state.debtorId,
			plan: {
				scenarioId,
				nextStep,
				create: null,
				skip: null,
				delete: deletions.filter((d) => reminderIds.has(d.reminderId))
			}
		};
	});
}

/**
 * One debtor re-evaluated in the caller's transaction, which has just changed him (a payment, an
 * invoice, his groups, a pause): his reminders follow in the same commit. He is locked as a run
 * locks him; the change's own locks (his invoices) come first, as a run takes none of them.
 */
export async function reevaluateIn(
	tx: Tx,
	organisationId: string,
	debtorId: string,
	options: Pick<RunOptions, 'today'> = {}
): Promise<Outcome | null> {
	const [debtor] = await tx
		.select({ id: debtors.id })
		.from(debtors)
		.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId), isNull(debtors.erasedAt)));
	const ctx = debtor ? await context(tx, organisationId, options.today) : null;
	if (!ctx) return null;
	const [outcome] = await evaluateLocked(tx, ctx, [debtor.id], false);
	return outcome ?? null;
}

/** A debtor re-evaluated in a transaction of his own (see reevaluateIn for one that follows a write). */
export async function reevaluateDebtor(
	db: Db,
	organisationId: string,
	debtorId: string,
	options: RunOptions = {}
): Promise<Outcome | null> {
	const [outcome] = await reevaluateDebtors(db, organisationId, [debtorId], options);
	return outcome ?? null;
}

export async function reevaluateDebtors(
	db: Db,
	organisationId: string,
	debtorIds: string[],
	options: RunOptions = {}
): Promise<Outcome[]> {
	const ctx = await context(db, organisationId, options.today);
	if (!ctx || !debtorIds.length) return [];
	const outcomes: Outcome[] = [];
	const batchSize = options.batchSize ?? 1000;
	for (let start = 0; start < debtorIds.length; start += batchSize) {
		const owned = await ownDebtors(db, organisationId, debtorIds.slice(start, start + batchSize));
		if (owned.length)
			outcomes.push(
				...(await evaluateBatch(
					db,
					ctx,
					owned.map((d) => d.id),
					{ deletionsOnly: options.deletionsOnly }
				))
			);
	}
	return outcomes;
}

/** The scenario a debtor is in now, for a reminder a person creates for him. */
export async function currentScenarioId(db: DbOrTx, organisationId: string, debtorId: string): Promise<string | null> {
	const ctx = await context(db, organisationId);
	if (!ctx || !ctx.scenarios.length) return null;
	const [state] = await loadStates(db, organisationId, [debtorId], ctx.today, ctx.timezone);
	return evaluate(state, ctx.scenarios, { minGapDays: ctx.minGapDays }).scenarioId;
}

/**
 * A run over the organisation's debtors, batch by batch (memory stays that of one batch), with
 * its report written at the end, and sent (see sendRunReport) by a job of that transaction.
 * Every debtor is evaluated, or, when the run before decided under the same day and
 * configuration, only those whose inputs changed since (see changedDebtors).
 */
export async function runScenarios(
	db: Db,
	organisationId: string,
	trigger: ScenarioRunTrigger,
	options: RunOptions = {}
): Promise<RunReport | null> {
	const ctx = await context(db, organisationId, options.today);
	if (!ctx) return null;
	const decidedUnder = decidedUnderOf(ctx);
	const [held] = await db
		.select({ allowed: organisations.allowSendingOnTestInstance })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	const [run] = await db
		.insert(scenarioRuns)
		.values({
			organisationId,
			trigger,
			sendingHeld: config.testInstance && !held.allowed,
			details: { created: [], deleted: [], skipped: [] },
			decidedUnder,
			// Taken before any debtor is read: whatever it cannot see, this run may not have seen.
			inputsSnapshot: sql`pg_current_snapshot()::text`
		})
		.returning({ id: scenarioRuns.id, sendingHeld: scenarioRuns.sendingHeld, snapshot: scenarioRuns.inputsSnapshot });
	const report: RunReport = {
		id: run.id,
		organisationId,
		debtors: 0,
		evaluated: 0,
		created: 0,
		awaitingValidation: 0,
		deleted: 0,
		skipped: 0,
		sendingHeld: run.sendingHeld,
		details: { created: [], deleted: [], skipped: [] }
	};
	const batchSize = options.batchSize ?? 1000;
	const changed = ctx.scenarios.length ? await changedDebtors(db, organisationId, run.id, decidedUnder) : null;
	const batches = changed
		? changedBatches(db, organisationId, changed, batchSize)
		: allBatches(db, organisationId, batchSize);
	if (changed) {
		const [all] = await db
			.select({ n: count() })
			.from(debtors)
			.where(and(eq(debtors.organisationId, organisationId), isNull(debtors.erasedAt)));
		report.debtors = Number(all.n);
	}
	let written = 0;
	let unchanged = report.debtors;
	const tally = async (batch: Batch, outcomes: Outcome[]) => {
		const names = new Map(batch.map((d) => [d.id, d.name]));
		report.evaluated += outcomes.length;
		if (changed) unchanged = Math.max(0, unchanged - batch.length);
		else report.debtors += batch.length;
		for (const outcome of outcomes) {
			addToReport(report, outcome, names.get(outcome.debtorId) ?? '');
			written += outcome.created.length + outcome.deleted.length;
		}
		await options.onProgress?.(changed ? report.debtors - unchanged : report.debtors);
	};
	// The next batch is read and evaluated while the one before is written: on PostgreSQL each
	// transaction has its connection, and the two hold disjoint debtors. Each batch commits on its
	// own, as when they ran one after the other; the report counts them in order.
	const inFlight: { batch: Batch; outcomes: Promise<Outcome[]> }[] = [];
	try {
		for await (const batch of batches) {
			const outcomes = ctx.scenarios.length
				? evaluateBatch(
						db,
						ctx,
						batch.map((d) => d.id),
						{ decidedUnder }
					)
				: Promise.resolve([]);
			// Its failure is met where it is awaited, in order; not as an unhandled rejection meanwhile.
			outcomes.catch(() => {});
			inFlight.push({ batch, outcomes });
			if (inFlight.length < BATCHES_IN_FLIGHT) continue;
			const done = inFlight.shift()!;
			await tally(done.batch, await done.outcomes);
		}
		for (let done = inFlight.shift(); done; done = inFlight.shift()) await tally(done.batch, await done.outcomes);
	} finally {
		// A batch that failed ends the run; those still in flight end first, whatever they become.
		await Promise.allSettled(inFlight.map((b) => b.outcomes));
	}
	if (written >= ANALYZE_AFTER_WRITES) await analyzeScenarioTables(db);
	await db.transaction(async (tx) => {
		await tx
			.update(scenarioRuns)
			.set({
				finishedAt: sql`now()`,
				debtors: report.debtors,
				evaluated: report.evaluated,
				created: report.created,
				deleted: report.deleted,
				skipped: report.skipped,
				details: report.details
			})
			.where(eq(scenarioRuns.id, run.id));
		// What this run's start could see, the next run does not need: it looks past this run's snapshot.
		await tx.execute(sql`delete from ${scenarioInputChanges} where ${scenarioInputChanges.organisationId} = ${organisationId}
			and pg_visible_in_snapshot(${scenarioInputChanges.xid}, ${run.snapshot}::pg_snapshot)`);
		await enqueue(tx, 'run-report', [{ runId: run.id, awaitingValidation: report.awaitingValidation }]);
	});
	return report;
}

type Batch = { id: string; name: string }[];

async function* allBatches(db: Db, organisationId: string, batchSize: number): AsyncGenerator<Batch> {
	let after = '00000000-0000-0000-0000-000000000000';
	for (;;) {
		const batch = await db
			.select({ id: debtors.id, name: debtors.name })
			.from(debtors)
			.where(and(eq(debtors.organisationId, organisationId), gt(debtors.id, after), isNull(debtors.erasedAt)))
			.orderBy(asc(debtors.id))
			.limit(batchSize);
		if (!batch.length) return;
		after = batch[batch.length - 1].id;
		yield batch;
	}
}

async function* changedBatches(
	db: Db,
	organisationId: string,
	ids: string[],
	batchSize: number
): AsyncGenerator<Batch> {
	for (let start = 0; start < ids.length; start += batchSize) {
		const batch = await ownDebtors(db, organisationId, ids.slice(start, start + batchSize));
		if (batch.length) yield batch;
	}
}

/**
 * Of the given debtors, those of the organisation whose data were not erased (an erased
 * debtor is in no scenario any more; an id from elsewhere, or a change's line that outlived its
 * debtor, is silently not there), in id order.
 */
async function ownDebtors(db: Db, organisationId: string, ids: string[]): Promise<Batch> {
	return rowsOf<{ id: string; name: string }>(
		await db.execute(sql`select d.id, d.name from ${idRows(ids)}
			cross join lateral (select id, name from ${debtors}
				where id = k.id and organisation_id = ${organisationId} and erased_at is null offset 0) d
			order by d.id`)
	);
}

function addToReport(report: RunReport, outcome: Outcome, debtorName: string): void {
	const entry = (text: string): RunEntry => ({ debtorId: outcome.debtorId, debtorName, text });
	report.created += outcome.created.length;
	report.awaitingValidation += outcome.created.filter((c) => c.awaitsValidation).length;
	report.deleted += outcome.deleted.length;
	if (outcome.skipped) report.skipped++;
	const { details } = report;
	for (const c of outcome.created) if (details.created.length < DETAIL_LIMIT) details.created.push(entry(c.text));
	for (const d of outcome.deleted) if (details.deleted.length < DETAIL_LIMIT) details.deleted.push(entry(d.text));
	if (outcome.skipped && details.skipped.length < DETAIL_LIMIT) details.skipped.push(entry(outcome.skipped));
}

export interface DebtorScenario {
	scenarioName: string | null;
	nextStep: number | null;
	stepCount: number;
}

/** Where the debtor stands in his scenario, as the engine sees him now (read only). */
export async function describeDebtor(db: DbOrTx, organisationId: string, debtorId: string): Promise<DebtorScenario> {
	const none = { scenarioName: null, nextStep: null, stepCount: 0 };
	const [debtor] = await db
		.select({ erasedAt: debtors.erasedAt })
		.from(debtors)
		.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
	if (!debtor || debtor.erasedAt) return none;
	const ctx = await context(db, organisationId);
	if (!ctx || !ctx.scenarios.length) return none;
	const [state] = await loadStates(db, organisationId, [debtorId], ctx.today, ctx.timezone);
	const plan = evaluate(state, ctx.scenarios, { minGapDays: ctx.minGapDays });
	const scenario = plan.scenarioId ? ctx.scenarioById.get(plan.scenarioId)! : null;
	return { scenarioName: scenario?.name ?? null, nextStep: plan.nextStep, stepCount: scenario?.steps.length ?? 0 };
}

/** The latest runs, for the dashboard and the scenarios page. */
export function listRuns(db: DbOrTx, organisationId: string, limit = 5) {
	return db
		.select()
		.from(scenarioRuns)
		.where(eq(scenarioRuns.organisationId, organisationId))
		.orderBy(desc(scenarioRuns.startedAt))
		.limit(limit);
}
