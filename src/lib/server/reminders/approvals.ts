import { and, asc, count, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { debtors, groups, organisations, reminders, scenarioReminders, users } from '../db/schema';
import type { ApprovalFilters } from '$lib/validation/approvals';
import { stepOrder } from '$lib/reminder-labels';
import { approveReminder, decideMany, type BulkOutcome } from './decisions';
import type { Actor } from '../auth/actor';
import { databaseInstant } from '../clock';

export const APPROVALS_PAGE_SIZE = 50;

/** The step as the phone's cache carries it: see reminderStepLabel. */
const stepOf = sql<string>`coalesce((select coalesce(sr.step_position::text, 'scenario') from ${scenarioReminders} sr where sr.reminder_id = ${reminders.id}), 'manual')`;

/** Under the four-eyes rule, what the viewer created or last edited is for another approver. */
const selfMade = (actor: Actor) =>
	sql<boolean>`coalesce(${organisations.forbidSelfApproval} and (${reminders.createdBy} = ${actor.userId} or ${reminders.updatedBy} = ${actor.userId}), false)`;

function matching(actor: Actor, f: ApprovalFilters): SQL | undefined {
	return and(
		eq(reminders.organisationId, actor.organisationId),
		eq(reminders.status, 'pending_validation'),
		f.from ? gte(reminders.sendDate, f.from) : undefined,
		f.to ? lte(reminders.sendDate, f.to) : undefined,
		f.groupId ? eq(reminders.groupId, f.groupId) : undefined,
		f.creatorId ? eq(reminders.createdBy, f.creatorId) : undefined,
		f.channel
			? sql`exists (select 1 from reminder_recipients rr where rr.reminder_id = ${reminders.id} and ${f.channel} = any(rr.channels))`
			: undefined,
		f.step ? sql`${stepOf} = ${f.step}` : undefined
	);
}

/**
 * One page of the reminders waiting for approval, compact, with the true count under the filters
 * and how many of them the viewer may approve. `shownAt` is taken before reading: approving
 * « the N shown » later leaves out whatever changed after it.
 */
export async function listApprovals(db: Db, actor: Actor, filters: ApprovalFilters, page: number) {
	// By the clock that stamps the reminders' changes: the database's.
	const shownAt = await databaseInstant(db);
	const where = matching(actor, filters);
	const [rows, [totals], groupRows, creators, steps] = await Promise.all([
		db
			.select({
				id: reminders.id,
				version: reminders.version,
				sendDate: reminders.sendDate,
				shortDescription: reminders.shortDescription,
				debtorName: debtors.name,
				groupName: groups.name,
				step: stepOf,
				stepTag: sql<string>`coalesce((select sr.tag from ${scenarioReminders} sr where sr.reminder_id = ${reminders.id}), '')`,
				createdByName: users.name,
				dueCents: sql<string>`(select coalesce(sum(i.amount_cents - i.paid_cents), 0) from invoices i where i.debtor_id = ${reminders.debtorId})`,
				channels: sql<
					string[]
				>`(select coalesce(array_agg(distinct c), '{}') from reminder_recipients rr, unnest(rr.channels) c where rr.reminder_id = ${reminders.id})`,
				selfMade: selfMade(actor)
			})
			.from(reminders)
			.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
			.innerJoin(organisations, eq(organisations.id, reminders.organisationId))
			.leftJoin(groups, eq(groups.id, reminders.groupId))
			.leftJoin(users, eq(users.id, reminders.createdBy))
			.where(where)
			.orderBy(asc(reminders.sendDate), asc(reminders.createdAt), asc(reminders.id))
			.limit(APPROVALS_PAGE_SIZE)
			.offset((page - 1) * APPROVALS_PAGE_SIZE),
		db
			.select({ total: count(), approvable: sql<string>`count(*) filter (where not ${selfMade(actor)})` })
			.from(reminders)
			.innerJoin(organisations, eq(organisations.id, reminders.organisationId))
			.where(where),
		db
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(eq(groups.organisationId, actor.organisationId))
			.orderBy(asc(groups.name)),
		db
			.selectDistinct({ id: users.id, name: users.name })
			.from(reminders)
			.innerJoin(users, eq(users.id, reminders.createdBy))
			.where(and(eq(reminders.organisationId, actor.organisationId), eq(reminders.status, 'pending_validation')))
			.orderBy(asc(users.name)),
		db
			.selectDistinct({ step: stepOf })
			.from(reminders)
			.where(and(eq(reminders.organisationId, actor.organisationId), eq(reminders.status, 'pending_validation')))
	]);
	const total = Number(totals.total);
	return {
		rows: rows.map((r) => ({ ...r, dueCents: Number(r.dueCents) })),
		total,
		approvable: Number(totals.approvable),
		page,
		pages: Math.max(1, Math.ceil(total / APPROVALS_PAGE_SIZE)),
		shownAt,
		groups: groupRows,
		creators,
		steps: steps.map((s) => s.step).sort(stepOrder)
	};
}

/**
 * « Valider les N affichées », for any N: the filter runs again and each reminder it finds is
 * approved at the version it had, unless it changed after the list was shown (then it is refused
 * as changed, never approved unseen); one created since was not shown and is left alone. Each stands alone, as in any bulk decision.
 */
export async function approveShown(
	db: Db,
	actor: Actor,
	filters: ApprovalFilters,
	shownAt: string
): Promise<BulkOutcome> {
	const found = await db
		.select({
			id: reminders.id,
			version: reminders.version,
			fresh: sql<boolean>`${reminders.updatedAt} <= ${shownAt}::timestamptz`
		})
		.from(reminders)
		.innerJoin(organisations, eq(organisations.id, reminders.organisationId))
		.where(
			and(matching(actor, filters), sql`not ${selfMade(actor)}`, sql`${reminders.createdAt} <= ${shownAt}::timestamptz`)
		)
		.orderBy(asc(reminders.sendDate), asc(reminders.createdAt), asc(reminders.id));
	// A version that cannot match: the decision refuses it as changed since, in its own words.
	return decideMany(
		found.map((r) => ({ id: r.id, version: r.fresh ? r.version : -1 })),
		(item) => approveReminder(db, actor, item)
	);
}
