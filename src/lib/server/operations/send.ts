import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { anyId } from '../db/arrays';
import { operations, organisations, reminders, templates } from '../db/schema';
import { config } from '../config';
import { recordPass, runPass, type PassReport } from '../delivery/scheduler';
import { notifyLettersToPrint } from '../push/notify';
import { readyReminderIds, SEND_DUE_LIMIT } from '../lists/due-reminders';
import { beforeRunLists, createReadyReminders, DEBTOR_PAGE_SIZE, type Scope } from '../lists/before-run';
import { organisationToday } from '../clock';
import type { Actor } from '../auth/actor';
import { isUuid } from '$lib/validation/ids';
import { finishOperation, recordProgress, runningOperation, runningOrJustDone, startOperation } from './operations';

export type Enqueue = (tx: Tx, deliveryIds: string[]) => Promise<void>;

/**
 * Nothing left to send may mean a click at the same moment started the operation and its job
 * has already taken them, or even sent them all: show that operation rather than « nothing ready ».
 */
async function nothingReady(
	db: Db,
	organisationId: string,
	kind: 'send_due' | 'send_all' | 'send_debtors'
): Promise<Started> {
	const other = await runningOrJustDone(db, organisationId, kind);
	return other ? { ok: true, id: other.id, joined: true } : { ok: false, reason: 'nothing_ready' };
}
export type Started =
	{ ok: true; id: string; joined: boolean } | { ok: false; reason: 'test_instance' | 'nothing_ready' | 'template' };
type Operation = typeof operations.$inferSelect;

/** On a test instance an organisation sends only with its explicit leave (as runPass decides). */
async function maySend(db: Db, organisationId: string): Promise<boolean> {
	if (!config.testInstance) return true;
	const [org] = await db
		.select({ allowed: organisations.allowSendingOnTestInstance })
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	return Boolean(org?.allowed);
}

/**
 * « Envoyer la liste prête » of the day's lists: the ticked reminders still ready, and with
 * `beyondShown` the ready ones past those the page could show, sent by an operation. A second
 * click while it runs joins it.
 */
export async function startSendDue(
	db: Db,
	actor: Actor,
	chosen: string[],
	{ beyondShown = false } = {}
): Promise<Started> {
	const running = await runningOperation(db, actor.organisationId, 'send_due');
	if (running) return { ok: true, id: running.id, joined: true };
	if (!(await maySend(db, actor.organisationId))) return { ok: false, reason: 'test_instance' };
	const ids = await readyReminderIds(db, actor.organisationId, chosen, { beyondShown });
	if (!ids.length) return nothingReady(db, actor.organisationId, 'send_due');
	return {
		ok: true,
		...(await startOperation(db, {
			organisationId: actor.organisationId,
			kind: 'send_due',
			startedBy: actor.userId,
			total: ids.length,
			params: { reminderIds: ids }
		}))
	};
}

/** « Tout envoyer »: today's list as it stands now (not held; due today or immediate), sent by an operation. */
export async function startSendAll(db: Db, actor: Actor): Promise<Started> {
	const running = await runningOperation(db, actor.organisationId, 'send_all');
	if (running) return { ok: true, id: running.id, joined: true };
	if (!(await maySend(db, actor.organisationId))) return { ok: false, reason: 'test_instance' };
	const today = await organisationToday(db, actor.organisationId);
	const due = await db
		.select({ id: reminders.id })
		.from(reminders)
		.where(
			and(
				eq(reminders.organisationId, actor.organisationId),
				eq(reminders.status, 'scheduled'),
				isNull(reminders.heldAt),
				or(eq(reminders.immediate, true), sql`${reminders.sendDate} <= ${today}`)
			)
		)
		.orderBy(sql`${reminders.immediate} desc`, reminders.sendDate, reminders.id)
		.limit(SEND_DUE_LIMIT);
	if (!due.length) return nothingReady(db, actor.organisationId, 'send_all');
	const ids = due.map((r) => r.id);
	return {
		ok: true,
		...(await startOperation(db, {
			organisationId: actor.organisationId,
			kind: 'send_all',
			startedBy: actor.userId,
			total: ids.length,
			params: { reminderIds: ids }
		}))
	};
}

/**
 * « Envoyer la liste prête » of the debtors' lists: the ticked debtors still ready, each to get
 * an immediate reminder written with the template, by an operation.
 */
export async function startSendDebtors(
	db: Db,
	actor: Actor,
	scope: Scope,
	debtorIds: string[],
	templateId: string
): Promise<Started> {
	const running = await runningOperation(db, actor.organisationId, 'send_debtors');
	if (running) return { ok: true, id: running.id, joined: true };
	const [template] = isUuid(templateId)
		? await db
				.select({ id: templates.id })
				.from(templates)
				.where(
					and(
						eq(templates.id, templateId),
						eq(templates.organisationId, actor.organisationId),
						sql`${templates.emailSubject} <> ''`,
						sql`${templates.emailBody} <> ''`
					)
				)
		: [];
	if (!template) return { ok: false, reason: 'template' };
	const ready = (
		await beforeRunLists(db, actor.organisationId, {
			...scope,
			page: 1,
			debtorIds: [...new Set(debtorIds)].slice(0, DEBTOR_PAGE_SIZE)
		})
	).ready;
	if (!ready.length) return nothingReady(db, actor.organisationId, 'send_debtors');
	const params = { debtorIds: ready.map((d) => d.id), templateId, accounts: scope.accounts };
	return {
		ok: true,
		...(await startOperation(db, {
			organisationId: actor.organisationId,
			kind: 'send_debtors',
			startedBy: actor.userId,
			total: ready.length,
			params
		}))
	};
}

const counts = (op: Operation) =>
	({ reminders: 0, deliveries: 0, withdrawn: 0, toReview: 0, ...op.outcomeParams }) as Record<string, number>;

function add(into: Record<string, number>, report: PassReport, byChannel: Record<string, number>) {
	into.reminders += report.reminders;
	into.deliveries += report.deliveries;
	into.withdrawn += report.withdrawn;
	into.toReview += report.toReview;
	for (const [channel, n] of Object.entries(report.byChannel)) byChannel[channel] = (byChannel[channel] ?? 0) + n;
}

/**
 * The job of send_due and send_all: the reminders in chunks, each claimed by a pass restricted to
 * them (row locks, then 'sending', then one delivery per recipient and channel under the unique
 * index), then the progress written. A try that resumes after a crash starts at the first chunk
 * not recorded; a reminder of it already claimed is no longer 'scheduled', so no pass takes it twice.
 */
export async function sendReminders(db: Db, op: Operation, enqueue: Enqueue): Promise<void> {
	const ids = (op.params.reminderIds as string[]) ?? [];
	const totals = counts(op);
	const byChannel: Record<string, number> = {};
	const chunk = config.operationChunkSize;
	for (let at = op.done; at < ids.length; at += chunk) {
		const part = ids.slice(at, at + chunk);
		const [report] = await runPass(db, {
			trigger: 'manual',
			organisationId: op.organisationId,
			ignoreHours: true,
			reminderIds: part,
			batchSize: chunk,
			enqueue,
			record: false
		});
		if (!report) return finishOperation(db, op.id, 'failed', 'test_instance');
		add(totals, report, byChannel);
		await recordProgress(db, op.id, at + part.length, totals);
	}
	await recordPass(db, 'manual', {
		organisationId: op.organisationId,
		reminders: totals.reminders,
		deliveries: totals.deliveries,
		toReview: totals.toReview,
		withdrawn: totals.withdrawn,
		byChannel
	});
	if (byChannel.letter)
		await notifyLettersToPrint(db, op.organisationId, byChannel.letter).catch((e) => console.error('[push]', e));
	await finishOperation(db, op.id, 'done', 'sent', totals);
}

/** How many names of refused debtors the outcome keeps. */
const REFUSED_NAMES = 10;

/**
 * The job of send_debtors: the debtors in chunks, each given its reminder (through the ordinary
 * reminder checks), then the chunk's reminders sent by a pass. A try that resumes leaves out the
 * debtors this operation already wrote a reminder for: none gets two.
 */
export async function sendToDebtors(db: Db, op: Operation, enqueue: Enqueue): Promise<void> {
	const debtorIds = (op.params.debtorIds as string[]) ?? [];
	const templateId = String(op.params.templateId);
	const scope: Scope = { accounts: (op.params.accounts as string[]) ?? [] };
	const actor: Actor = { organisationId: op.organisationId, userId: op.startedBy ?? '' };
	const totals = {
		reminders: 0,
		deliveries: 0,
		pending: 0,
		refused: 0,
		withdrawn: 0,
		toReview: 0,
		...op.outcomeParams
	} as Record<string, number>;
	const refusedNames = String(op.outcomeParams.refusedNames ?? '')
		.split(' ; ')
		.filter(Boolean);
	const byChannel: Record<string, number> = {};
	const chunk = config.operationChunkSize;
	for (let at = op.done; at < debtorIds.length; at += chunk) {
		const part = await notYetWritten(db, op, debtorIds.slice(at, at + chunk), templateId);
		if (part.length) {
			const outcome = await createReadyReminders(db, actor, scope, part, templateId);
			if (!outcome.ok && outcome.reason === 'template') return finishOperation(db, op.id, 'failed', 'error');
			if (outcome.ok) {
				totals.pending += outcome.pendingValidation;
				totals.refused += outcome.refused.length;
				refusedNames.push(...outcome.refused.map((r) => `${r.name} (${r.reason})`));
				if (outcome.reminderIds.length) {
					const [report] = await runPass(db, {
						trigger: 'manual',
						organisationId: op.organisationId,
						ignoreHours: true,
						reminderIds: outcome.reminderIds,
						enqueue,
						record: false
					});
					if (!report) return finishOperation(db, op.id, 'failed', 'test_instance');
					add(totals, report, byChannel);
				}
			}
		}
		await recordProgress(db, op.id, Math.min(at + chunk, debtorIds.length), {
			...totals,
			refusedNames: refusedNames.slice(0, REFUSED_NAMES).join(' ; ')
		});
	}
	await recordPass(db, 'manual', {
		organisationId: op.organisationId,
		reminders: totals.reminders,
		deliveries: totals.deliveries,
		toReview: totals.toReview,
		withdrawn: totals.withdrawn,
		byChannel
	});
	await finishOperation(db, op.id, 'done', 'sent_debtors', {
		...totals,
		refusedNames: refusedNames.slice(0, REFUSED_NAMES).join(' ; ')
	});
}

/** Of the debtors, those without a reminder this operation wrote (its template, its author, since it started). */
async function notYetWritten(db: Db, op: Operation, debtorIds: string[], templateId: string): Promise<string[]> {
	const written = await db
		.select({ debtorId: reminders.debtorId })
		.from(reminders)
		.where(
			and(
				eq(reminders.organisationId, op.organisationId),
				anyId(reminders.debtorId, debtorIds),
				eq(reminders.templateId, templateId),
				op.startedBy ? eq(reminders.createdBy, op.startedBy) : undefined,
				gte(reminders.createdAt, op.startedAt)
			)
		);
	const done = new Set(written.map((r) => r.debtorId));
	return debtorIds.filter((id) => !done.has(id));
}
