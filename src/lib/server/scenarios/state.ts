import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { idRows, rowsOf } from '../db/arrays';
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
import { channelProblem, type ContactReach } from '../contacts/recipient-rules';
import type { Channel } from '$lib/validation/reminders';
import type { DebtorState, InvoiceState, ReminderState, ScenarioDef } from './engine';

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

const dayIn = (column: string, timezone: string) =>
	sql`to_char(${sql.raw(column)} at time zone ${timezone}, 'YYYY-MM-DD')`;

type ReachRow = ContactReach & { id: string; debtorId: string; role: string };

/**
 * The state of the given debtors, as the engine sees it, in a handful of queries whatever
 * their number: a run reads its debtors batch by batch with this. Each query is driven by the
 * ids (see idRows), one index lookup per debtor and table: a plan that stays that however the
 * tables grow during a run, statistics or not, where `debtor_id = any(…)` of a thousand ids
 * was planned as a read of the whole table for every batch. Scoped through the debtor, found by
 * his key (or `held`: locked by the caller as the organisation's): a child table's own
 * organisation column, indexed too, would be taken for selective by stale statistics (the run's
 * reminders then read in full for each debtor).
 */
export async function loadStates(
	db: DbOrTx,
	organisationId: string,
	debtorIds: string[],
	today: string,
	timezone: string,
	{ held = false }: { held?: boolean } = {}
): Promise<DebtorState[]> {
	if (!debtorIds.length) return [];
	// Debtors the caller holds, locked as the organisation's in its transaction, are not looked up
	// again by each read (a third of a run's reading, measured).
	const owned = held
		? sql`(select k.id from ${idRows(debtorIds)}) d`
		: sql`${idRows(debtorIds)}
		cross join lateral (select id from ${debtors} where id = k.id and organisation_id = ${organisationId} offset 0) d`;
	// Each answer is one JSON text: PGlite decodes thousands of rows of plain columns field by
	// field in JavaScript, at twice the cost of building and parsing the JSON (measured).
	const read = async <T>(query: SQL): Promise<T[]> => {
		const [row] = rowsOf<{ rows: string }>(
			await db.execute(sql`select coalesce(json_agg(t), '[]')::text as rows from (${query}) t`)
		);
		return JSON.parse(row.rows) as T[];
	};
	const [invoiceRows, groupRows, contactRows, reminderRows, pauseRows] = await Promise.all([
		// The largest answer, as lines of fields: none holds a comma, and the database builds them
		// in a third of the time it takes to build JSON objects (measured).
		db
			.execute(
				sql`select string_agg(concat_ws(',', i.id, d.id, i.due_date, i.amount_cents, i.paid_cents, i.reminder_level,
					coalesce(${dayIn('i.last_reminder_at', timezone)}, '')), ';') as rows
				from ${owned}
				cross join lateral (select * from ${invoices} where debtor_id = d.id offset 0) i`
			)
			.then((result) => {
				const [{ rows }] = rowsOf<{ rows: string | null }>(result);
				return (rows ? rows.split(';') : []).map((line): InvoiceState & { debtorId: string } => {
					const [id, debtorId, dueDate, amountCents, paidCents, reminderLevel, lastReminderOn] = line.split(',');
					return {
						id,
						debtorId,
						dueDate,
						amountCents: Number(amountCents),
						paidCents: Number(paidCents),
						reminderLevel: Number(reminderLevel),
						lastReminderOn: lastReminderOn || null
					};
				});
			}),
		read<{ debtorId: string; groupId: string }>(sql`
			select d.id as "debtorId", g.group_id as "groupId"
			from ${owned}
			cross join lateral (select group_id from ${debtorGroups} where debtor_id = d.id offset 0) g`),
		read<ReachRow>(sql`
			select c.id, d.id as "debtorId", c.role, c.civility, c.first_name as "firstName", c.last_name as "lastName",
				c.email, c.email_check as "emailCheck", c.email_check_overridden as "emailCheckOverridden",
				c.consent_email as "consentEmail", c.mobile_phone as "mobilePhone", c.consent_sms as "consentSms",
				c.address_line1 as "addressLine1", c.postal_code as "postalCode", c.city, c.consent_letter as "consentLetter"
			from ${owned}
			cross join lateral (select * from ${contacts} where debtor_id = d.id offset 0) c`),
		read<Omit<ReminderState, 'invoiceIds'> & { debtorId: string; invoiceIds: string[] | null }>(sql`
			select r.id, d.id as "debtorId", r.status, r.send_date::text as "sendDate", ${dayIn('r.sent_at', timezone)} as "sentOn",
				r.keep, s.scenario_id as "scenarioId", s.step_position as "stepPosition",
				-- Only a step's reminder needs its invoices: it is the step's one for that debt.
				case when s.step_position is not null then
					(select array_agg(ri.invoice_id::text) from ${reminderInvoices} ri where ri.reminder_id = r.id) end as "invoiceIds"
			from ${owned}
			cross join lateral (select id, status::text, send_date, sent_at, keep from ${reminders}
				where debtor_id = d.id and status <> 'deleted' offset 0) r
			left join lateral (select scenario_id, step_position from ${scenarioReminders} where reminder_id = r.id offset 0) s on true`),
		read<{
			debtorId: string;
			until: string;
			promisedCents: number | null;
			madeOn: string;
			paidSinceCents: number;
		}>(sql`
			select d.id as "debtorId", p.until::text as until, p.promised_cents::float8 as "promisedCents",
				${dayIn('p.created_at', timezone)} as "madeOn",
				coalesce((select sum(pm.amount_cents) from ${payments} pm
					where pm.debtor_id = d.id and pm.created_at >= p.created_at), 0)::float8 as "paidSinceCents"
			from ${owned}
			cross join lateral (select * from ${debtorPauses} where debtor_id = d.id offset 0) p`)
	]);

	const states = new Map<string, DebtorState>(
		debtorIds.map((id) => [
			id,
			{ debtorId: id, today, invoices: [], groupIds: [], contacts: [], reminders: [], pause: null }
		])
	);
	for (const { debtorId, ...invoice } of invoiceRows) states.get(debtorId)!.invoices.push(invoice);
	for (const row of groupRows) states.get(row.debtorId)!.groupIds.push(row.groupId);
	for (const contact of contactRows)
		states.get(contact.debtorId)!.contacts.push({
			id: contact.id,
			role: contact.role,
			reachable: CHANNELS.filter((channel) => channelProblem(contact, channel) === null)
		});
	for (const { debtorId, invoiceIds, ...reminder } of reminderRows)
		states.get(debtorId)!.reminders.push({ ...reminder, invoiceIds: invoiceIds ?? [] });
	for (const pause of pauseRows)
		states.get(pause.debtorId)!.pause = {
			until: pause.until,
			promise:
				pause.promisedCents === null
					? null
					: { amountCents: pause.promisedCents, paidSinceCents: pause.paidSinceCents, madeOn: pause.madeOn }
		};
	return [...states.values()];
}
