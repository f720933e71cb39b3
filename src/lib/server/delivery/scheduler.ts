import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import { anyId, idRows, rowsOf } from '../db/arrays';
import type { Db, Tx } from '../db';
import { DELIVERIES_PER_JOB } from './queue';
import { deliveries, organisations, reminderRecipients, reminders, schedulerPasses } from '../db/schema';
import { moveReminders } from '../lifecycle/move';
import { analyzeDeliveryTables } from '../db/statistics';
import { config } from '../config';
import { daysBefore, insideSendingHours, localTime } from './sending-hours';
import { sendingGuard } from './guard';
import { databaseNow } from '../clock';

export type PassTrigger = 'interval' | 'endpoint' | 'manual' | 'immediate';

export interface PassOptions {
	trigger: PassTrigger;
	organisationId?: string;
	/** "Tout envoyer": a person sends today's list now, whatever the hours. */
	ignoreHours?: boolean;
	batchSize?: number;
	/** Tests pin the instant; otherwise the database's clock decides what is due. */
	at?: Date;
	/** Only these reminders, when due (the ready list of the lists before a run); otherwise all due ones. */
	reminderIds?: string[];
	/** Hands the email and SMS deliveries to the job queue, in the transaction that creates them. */
	enqueue: (tx: Tx, deliveryIds: string[]) => Promise<void>;
	/** An operation that passes chunk after chunk records its one pass itself, at the end (recordPass). */
	record?: boolean;
}

export interface PassReport {
	organisationId: string;
	reminders: number;
	deliveries: number;
	toReview: number;
	/** Claimed but withdrawn at the last moment: the debtor owes nothing any more, or left his scenario. */
	withdrawn: number;
	byChannel: Record<string, number>;
}

/**
 * A pass that has made this many deliveries, then ten times as many, and so on, refreshes the
 * statistics of the tables it grows while the workers already send: their statements look
 * rows up by reminder, and a planner without statistics reads whole tables for each job.
 */
const ANALYZE_FROM_DELIVERIES = 1000;

const STALE_REASON = storedText('stale');

/**
 * One scheduler pass: for each organisation, reminders too old are set aside for a person;
 * the due ones are claimed in batches under row locks that skip what another pass holds, those
 * no longer owed withdrawn (guard.ts), and each other becomes one delivery per recipient and
 * channel (the unique index forbids a second). Every path that sends (the interval, « Tout
 * envoyer », the ready list, an immediate reminder) is a pass: none sends around the guard.
 */
export async function runPass(db: Db, options: PassOptions): Promise<PassReport[]> {
	const now = options.at ?? (await databaseNow(db));
	const orgs = await db
		.select({
			id: organisations.id,
			timezone: organisations.timezone,
			sendingDays: organisations.sendingDays,
			sendingStart: organisations.sendingStart,
			sendingEnd: organisations.sendingEnd,
			staleAfterDays: organisations.staleAfterDays,
			country: organisations.country,
			holidayRegion: organisations.holidayRegion,
			skipHolidays: organisations.skipHolidays
		})
		.from(organisations)
		.where(
			and(
				options.organisationId ? eq(organisations.id, options.organisationId) : undefined,
				// A suspended agency sends nothing until it is back.
				isNull(organisations.suspendedAt),
				// On a test instance an organisation sends only with its explicit leave: no duplicates of production.
				config.testInstance ? eq(organisations.allowSendingOnTestInstance, true) : undefined
			)
		);
	const reports: PassReport[] = [];
	for (const org of orgs) reports.push(await passForOrganisation(db, org, now, options));
	return reports;
}

type Org = {
	id: string;
	timezone: string;
	sendingDays: number[];
	sendingStart: string;
	sendingEnd: string;
	staleAfterDays: number;
	country: string;
	holidayRegion: string;
	skipHolidays: boolean;
};

async function passForOrganisation(db: Db, org: Org, now: Date, options: PassOptions): Promise<PassReport> {
	const today = localTime(now, org.timezone).isoDay;
	const inside = options.ignoreHours || insideSendingHours(now, org);
	const report: PassReport = {
		organisationId: org.id,
		reminders: 0,
		deliveries: 0,
		toReview: 0,
		withdrawn: 0,
		byChannel: {}
	};
	const guard = sendingGuard(org.id, today);

	report.toReview = await setAsideStale(db, org.id, daysBefore(today, org.staleAfterDays));

	const scope = and(
		eq(reminders.organisationId, org.id),
		eq(reminders.status, 'scheduled'),
		// Set aside by hand in the lists before a run: it waits for a person to put it back.
		isNull(reminders.heldAt),
		options.reminderIds ? anyId(reminders.id, options.reminderIds) : undefined
	);
	// Immediate reminders first, then the others by date. Two queries rather than one ordered on
	// both: each walks the (organisation, status, date) index and stops at the batch's size,
	// where one ordering by "immediate first" would sort every due reminder for every batch.
	const phases = [
		and(scope, eq(reminders.immediate, true)),
		...(inside ? [and(scope, sql`${reminders.sendDate} <= ${today}`)] : [])
	];
	const batchSize = options.batchSize ?? 500;
	let analyzeAt = ANALYZE_FROM_DELIVERIES;
	for (const due of phases)
		for (;;) {
			const claimed = await db.transaction(async (tx) => {
				const rows = await tx
					.select({ id: reminders.id })
					.from(reminders)
					.where(due)
					.orderBy(reminders.sendDate)
					.limit(batchSize)
					.for('update', { skipLocked: true });
				if (!rows.length) return null;
				const withdrawn = await guard(
					tx,
					rows.map((r) => r.id)
				);
				const left = rows.map((r) => r.id).filter((id) => !withdrawn.has(id));
				if (!left.length) return { reminders: 0, withdrawn: withdrawn.size, deliveries: [] };
				const moved = new Set(
					(await moveReminders(tx, { ids: left, from: ['scheduled'], to: 'sending' })).map((r) => r.id)
				);
				const ids = left.filter((id) => moved.has(id));
				const created = await tx.execute<{ id: string; channel: string }>(sql`
				insert into ${deliveries} (organisation_id, reminder_id, contact_id, channel, status)
				select ${org.id}, r.reminder_id, r.contact_id, c.channel,
					(case when c.channel = 'letter' then 'to_print' else 'queued' end)::delivery_status
				from ${idRows(ids)}
				cross join lateral (select reminder_id, contact_id, channels from ${reminderRecipients} where reminder_id = k.id offset 0) r
				cross join lateral unnest(r.channels) as c(channel)
				on conflict (reminder_id, contact_id, channel) do nothing
				returning id, channel`);
				const made = rowsOf<{ id: string; channel: string }>(created);
				await options.enqueue(
					tx,
					made.filter((d) => d.channel !== 'letter').map((d) => d.id)
				);
				return { reminders: ids.length, withdrawn: withdrawn.size, deliveries: made };
			});
			if (!claimed) break;
			report.reminders += claimed.reminders;
			report.withdrawn += claimed.withdrawn;
			report.deliveries += claimed.deliveries.length;
			for (const d of claimed.deliveries) report.byChannel[d.channel] = (report.byChannel[d.channel] ?? 0) + 1;
			if (report.deliveries >= analyzeAt) {
				await analyzeDeliveryTables(db);
				analyzeAt *= 10;
			}
		}
	if (options.record ?? true) await recordPass(db, options.trigger, report);
	return report;
}

/** A pass in the run history (Aujourd'hui). */
export async function recordPass(db: Db, trigger: PassTrigger, report: PassReport): Promise<void> {
	await db.insert(schedulerPasses).values({
		organisationId: report.organisationId,
		trigger,
		finishedAt: sql`now()`,
		reminders: report.reminders,
		deliveries: report.deliveries,
		toReview: report.toReview,
		byChannel: report.byChannel
	});
}

async function setAsideStale(db: Db, organisationId: string, oldestAllowed: string): Promise<number> {
	return db.transaction(async (tx) => {
		const stale = await moveReminders(tx, {
			where: and(
				eq(reminders.organisationId, organisationId),
				eq(reminders.immediate, false),
				isNull(reminders.heldAt),
				lt(reminders.sendDate, oldestAllowed)
			),
			from: ['scheduled'],
			to: 'to_review',
			reason: STALE_REASON,
			reasonOnReminder: true
		});
		return stale.length;
	});
}

/**
 * Deliveries to hand to the queue again, as jobs: those 'sending' past the lease (their worker
 * died), and those 'queued' and untouched for so long that their job must have failed for
 * good. A provider batch interrupted by a crash stays whole in one job, so that it is asked
 * again with the same emails under the same key.
 */
export async function lostDeliveries(db: Db, leaseSeconds: number, queuedForSeconds = 30 * 60): Promise<string[][]> {
	const rows = await db
		.select({ id: deliveries.id, batchKey: deliveries.batchKey })
		.from(deliveries)
		.where(
			or(
				and(
					eq(deliveries.status, 'sending'),
					sql`${deliveries.updatedAt} < now() - make_interval(secs => ${leaseSeconds})`
				),
				and(
					eq(deliveries.status, 'queued'),
					sql`${deliveries.updatedAt} < now() - make_interval(secs => ${queuedForSeconds})`
				)
			)
		)
		.orderBy(deliveries.batchKey, deliveries.id)
		.limit(10_000);
	const jobs: string[][] = [];
	let job: string[] = [];
	for (let i = 0; i < rows.length;) {
		let end = i + 1;
		while (end < rows.length && rows[i].batchKey !== null && rows[end].batchKey === rows[i].batchKey) end++;
		if (job.length + (end - i) > DELIVERIES_PER_JOB) {
			jobs.push(job);
			job = [];
		}
		job.push(...rows.slice(i, end).map((r) => r.id));
		i = end;
	}
	if (job.length) jobs.push(job);
	return jobs;
}
