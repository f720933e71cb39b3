import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { anyId } from '../db/arrays';
import {
	contacts,
	debtorGroups,
	debtors,
	debtorPauses,
	groups,
	invoices,
	payments,
	reminderInvoices,
	reminders,
	scenarioReminders,
	scenarioSteps,
	scenarios,
	templates,
	CHANNELS
} from '../db/schema';
import { channelProblem } from '../contacts/recipient-rules';
import type { Channel } from '$lib/validation/reminders';
import type { DebtorState, ReminderStatus, ScenarioDef } from './engine';
import { outer } from '../db/columns';

/** The organisation's scenarios, without their steps: group scenarios by group name, then the default. */
export function scenarioRows(db: DbOrTx, organisationId: string) {
	return db
		.select({
			id: scenarios.id,
			name: scenarios.name,
			groupId: scenarios.groupId,
			groupName: groups.name,
			active: scenarios.active,
			minBalanceCents: scenarios.minBalanceCents,
			minDaysOverdue: scenarios.minDaysOverdue
		})
		.from(scenarios)
		.leftJoin(groups, eq(groups.id, scenarios.groupId))
		.where(eq(scenarios.organisationId, organisationId))
		.orderBy(asc(groups.name), asc(scenarios.createdAt));
}

/** The organisation's scenarios with their steps, in scenarioRows' order. */
export async function loadScenarios(db: DbOrTx, organisationId: string): Promise<ScenarioDef[]> {
	const rows = await scenarioRows(db, organisationId);
	if (!rows.length) return [];
	const steps = await db
		.select()
		.from(scenarioSteps)
		.where(
			inArray(
				scenarioSteps.scenarioId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(asc(scenarioSteps.position));
	return rows.map((r) => ({
		...r,
		steps: steps
			.filter((s) => s.scenarioId === r.id)
			.map((s) => ({
				position: s.position,
				delayDays: s.delayDays,
				delayFrom: s.delayFrom,
				channels: s.channels as Channel[],
				templateId: s.templateId,
				requiresValidation: s.requiresValidation,
				registered: s.registered,
				tag: s.tag
			}))
	}));
}

export async function loadTemplates(db: DbOrTx, organisationId: string) {
	const rows = await db.select().from(templates).where(eq(templates.organisationId, organisationId));
	return new Map(rows.map((t) => [t.id, t]));
}

export type TemplateRow = typeof templates.$inferSelect;

const dayIn = (column: unknown, timezone: string) =>
	sql<string | null>`to_char(${column} at time zone ${timezone}, 'YYYY-MM-DD')`;

/**
 * The state of the given debtors, as the engine sees it, in a handful of queries whatever
 * their number: a run reads its debtors batch by batch with this.
 */
export async function loadStates(
	db: DbOrTx,
	organisationId: string,
	debtorIds: string[],
	today: string,
	timezone: string
): Promise<DebtorState[]> {
	if (!debtorIds.length) return [];
	// Scoped through the debtor, not the child table's own organisation column: the planner then
	// reads each table by its debtor index, instead of all the organisation's rows per batch.
	const ours = and(eq(debtors.organisationId, organisationId), anyId(debtors.id, debtorIds));
	const [invoiceRows, groupRows, contactRows, reminderRows, pauseRows] = await Promise.all([
		db
			.select({
				id: invoices.id,
				debtorId: invoices.debtorId,
				dueDate: invoices.dueDate,
				amountCents: invoices.amountCents,
				paidCents: invoices.paidCents,
				reminderLevel: invoices.reminderLevel,
				lastReminderOn: dayIn(invoices.lastReminderAt, timezone)
			})
			.from(invoices)
			.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
			.where(and(ours, anyId(invoices.debtorId, debtorIds))),
		db
			.select({ debtorId: debtorGroups.debtorId, groupId: debtorGroups.groupId })
			.from(debtorGroups)
			.innerJoin(debtors, eq(debtors.id, debtorGroups.debtorId))
			.where(and(ours, anyId(debtorGroups.debtorId, debtorIds))),
		db
			.select({ contact: contacts })
			.from(contacts)
			.innerJoin(debtors, eq(debtors.id, contacts.debtorId))
			.where(and(ours, anyId(contacts.debtorId, debtorIds))),
		db
			.select({
				id: reminders.id,
				debtorId: reminders.debtorId,
				status: reminders.status,
				sendDate: reminders.sendDate,
				sentOn: dayIn(reminders.sentAt, timezone),
				keep: reminders.keep,
				scenarioId: scenarioReminders.scenarioId,
				stepPosition: scenarioReminders.stepPosition,
				// Only a step's reminder needs its invoices: it is the step's one for that debt.
				invoiceIds: sql<string[] | null>`case when ${scenarioReminders.stepPosition} is not null then
					(select array_agg(ri.invoice_id) from ${reminderInvoices} ri where ri.reminder_id = ${reminders.id}) end`
			})
			.from(reminders)
			.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
			.leftJoin(scenarioReminders, eq(scenarioReminders.reminderId, reminders.id))
			.where(and(ours, anyId(reminders.debtorId, debtorIds), ne(reminders.status, 'deleted'))),
		db
			.select({
				debtorId: debtorPauses.debtorId,
				until: debtorPauses.until,
				promisedCents: debtorPauses.promisedCents,
				madeOn: dayIn(debtorPauses.createdAt, timezone),
				paidSinceCents: sql<number>`coalesce((select sum(p.amount_cents) from ${payments} p
					where p.debtor_id = ${outer(debtorPauses.debtorId)} and p.created_at >= ${outer(debtorPauses.createdAt)}), 0)`.mapWith(
					Number
				)
			})
			.from(debtorPauses)
			.where(and(eq(debtorPauses.organisationId, organisationId), anyId(debtorPauses.debtorId, debtorIds)))
	]);

	const states = new Map<string, DebtorState>(
		debtorIds.map((id) => [
			id,
			{ debtorId: id, today, invoices: [], groupIds: [], contacts: [], reminders: [], pause: null }
		])
	);
	for (const { debtorId, ...invoice } of invoiceRows) states.get(debtorId)!.invoices.push(invoice);
	for (const row of groupRows) states.get(row.debtorId)!.groupIds.push(row.groupId);
	for (const { contact } of contactRows)
		states.get(contact.debtorId)!.contacts.push({
			id: contact.id,
			role: contact.role,
			reachable: CHANNELS.filter((channel) => channelProblem(contact, channel) === null)
		});
	for (const { debtorId, invoiceIds, status, ...reminder } of reminderRows)
		states
			.get(debtorId)!
			.reminders.push({ ...reminder, status: status as ReminderStatus, invoiceIds: invoiceIds ?? [] });
	for (const pause of pauseRows)
		states.get(pause.debtorId)!.pause = {
			until: pause.until,
			promise:
				pause.promisedCents === null
					? null
					: { amountCents: pause.promisedCents, paidSinceCents: pause.paidSinceCents, madeOn: pause.madeOn! }
		};
	return [...states.values()];
}
