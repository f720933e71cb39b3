import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../db';
import { anyId } from '../db/arrays';
import { analyzeScenarioTables } from '../db/statistics';
import {
	debtors,
	organisations,
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
	created: number;
	/** Of those created, the reminders that wait for an approver. */
	awaitingValidation: number;
	deleted: number;
	skipped: number;
	sendingHeld: boolean;
	details: { created: RunEntry[]; deleted: RunEntry[]; skipped: RunEntry[] };
}

/**
 * Reminders written since the tables' statistics were last refreshed, beyond which they are
 * refreshed: stale statistics of a table that grew during a run make the planner read it whole
 * for every batch (measured: five times slower per batch at 40,000 debtors). Autovacuum would
 * catch up only a minute later, PGlite's never.
 */
const ANALYZE_AFTER_WRITES = 10_000;

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
	{ deletionsOnly = false } = {}
): Promise<Outcome[]> {
	return db.transaction((tx) => evaluateLocked(tx, ctx, debtorIds, deletionsOnly));
}

async function evaluateLocked(tx: Tx, ctx: Context, debtorIds: string[], deletionsOnly: boolean): Promise<Outcome[]> {
	await tx
		.select({ id: debtors.id })
		.from(debtors)
		.where(and(eq(debtors.organisationId, ctx.organisationId), anyId(debtors.id, debtorIds)))
		.orderBy(asc(debtors.id))
		.for('update');
	const states = await loadStates(tx, ctx.organisationId, debtorIds, ctx.today, ctx.timezone);
	const plans = states.map((state) => {
		const plan = evaluate(state, ctx.scenarios, { minGapDays: ctx.minGapDays });
		return { debtorId: state.debtorId, plan: deletionsOnly ? { ...plan, create: null, skip: null } : plan };
	});
	return applyPlans(tx, ctx.organisationId, plans, ctx.scenarioById, ctx.templateById);
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
		// Only the organisation's own debtors: an id from elsewhere is silently not there. A debtor
		// whose personal data were erased is in no scenario any more.
		const owned = await db
			.select({ id: debtors.id })
			.from(debtors)
			.where(
				and(
					eq(debtors.organisationId, organisationId),
					anyId(debtors.id, debtorIds.slice(start, start + batchSize)),
					isNull(debtors.erasedAt)
				)
			);
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
 * A full run over the organisation's debtors, batch by batch (memory stays that of one batch),
 * with its report written at the end, and sent (see sendRunReport) by a job of that transaction.
 */
export async function runScenarios(
	db: Db,
	organisationId: string,
	trigger: ScenarioRunTrigger,
	options: RunOptions = {}
): Promise<RunReport | null> {
	const ctx = await context(db, organisationId, options.today);
	if (!ctx) return null;
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
			details: { created: [], deleted: [], skipped: [] }
		})
		.returning({ id: scenarioRuns.id, sendingHeld: scenarioRuns.sendingHeld });
	const report: RunReport = {
		id: run.id,
		organisationId,
		debtors: 0,
		created: 0,
		awaitingValidation: 0,
		deleted: 0,
		skipped: 0,
		sendingHeld: run.sendingHeld,
		details: { created: [], deleted: [], skipped: [] }
	};
	const batchSize = options.batchSize ?? 1000;
	let after = '00000000-0000-0000-0000-000000000000';
	let unanalysed = 0;
	for (;;) {
		const batch = await db
			.select({ id: debtors.id, name: debtors.name })
			.from(debtors)
			.where(and(eq(debtors.organisationId, organisationId), gt(debtors.id, after), isNull(debtors.erasedAt)))
			.orderBy(asc(debtors.id))
			.limit(batchSize);
		if (!batch.length) break;
		after = batch[batch.length - 1].id;
		const names = new Map(batch.map((d) => [d.id, d.name]));
		const outcomes = ctx.scenarios.length
			? await evaluateBatch(
					db,
					ctx,
					batch.map((d) => d.id)
				)
			: [];
		report.debtors += batch.length;
		for (const outcome of outcomes) {
			addToReport(report, outcome, names.get(outcome.debtorId) ?? '');
			unanalysed += outcome.created.length + outcome.deleted.length;
		}
		if (unanalysed >= ANALYZE_AFTER_WRITES) {
			await analyzeScenarioTables(db);
			unanalysed = 0;
		}
		await options.onProgress?.(report.debtors);
	}
	if (unanalysed >= ANALYZE_AFTER_WRITES / 10) await analyzeScenarioTables(db);
	await db.transaction(async (tx) => {
		await tx
			.update(scenarioRuns)
			.set({
				finishedAt: sql`now()`,
				debtors: report.debtors,
				created: report.created,
				deleted: report.deleted,
				skipped: report.skipped,
				details: report.details
			})
			.where(eq(scenarioRuns.id, run.id));
		await enqueue(tx, 'run-report', [{ runId: run.id, awaitingValidation: report.awaitingValidation }]);
	});
	return report;
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
