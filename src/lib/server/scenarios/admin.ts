import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import type { Db, DbOrTx } from '../db';
import {
	groups,
	memberships,
	organisations,
	reminders,
	scenarioReminders,
	scenarioSettings,
	scenarioSteps,
	scenarios,
	templates,
	users
} from '../db/schema';
import { moveReminders } from '../lifecycle/move';
import { UNSENT } from './engine';
import { scenarioRows } from './state';
import { violates } from '../debtors/unique';
import type { ScenarioCriteriaInput, ScenarioSettingsInput, StepInput } from '$lib/validation/scenarios';

export type Write = 'ok' | 'not_found' | 'duplicate' | 'template_not_found';

export interface StepView {
	id: string;
	position: number;
	delayDays: number;
	delayFrom: 'due_date' | 'previous_step';
	channels: string[];
	templateId: string | null;
	templateName: string | null;
	requiresValidation: boolean;
	registered: boolean;
	tag: string;
}

export interface ScenarioView {
	id: string;
	name: string;
	groupId: string | null;
	groupName: string | null;
	active: boolean;
	minBalanceCents: number;
	minDaysOverdue: number;
	steps: StepView[];
}

export async function listScenarioViews(db: DbOrTx, organisationId: string): Promise<ScenarioView[]> {
	// The default scenario first, then the groups' by name.
	const rows = (await scenarioRows(db, organisationId)).sort(
		(a, b) => Number(a.groupId !== null) - Number(b.groupId !== null)
	);
	const steps = await db
		.select({
			id: scenarioSteps.id,
			scenarioId: scenarioSteps.scenarioId,
			position: scenarioSteps.position,
			delayDays: scenarioSteps.delayDays,
			delayFrom: scenarioSteps.delayFrom,
			channels: scenarioSteps.channels,
			templateId: scenarioSteps.templateId,
			templateName: templates.name,
			requiresValidation: scenarioSteps.requiresValidation,
			registered: scenarioSteps.registered,
			tag: scenarioSteps.tag
		})
		.from(scenarioSteps)
		.innerJoin(scenarios, eq(scenarios.id, scenarioSteps.scenarioId))
		.leftJoin(templates, eq(templates.id, scenarioSteps.templateId))
		.where(eq(scenarios.organisationId, organisationId))
		.orderBy(asc(scenarioSteps.position));
	return rows.map((r) => ({
		...r,
		steps: steps.filter((s) => s.scenarioId === r.id).map(({ scenarioId: _, ...s }) => s)
	}));
}

export async function getScenarioView(
	db: DbOrTx,
	organisationId: string,
	scenarioId: string
): Promise<ScenarioView | null> {
	return (await listScenarioViews(db, organisationId)).find((s) => s.id === scenarioId) ?? null;
}

export async function createScenario(
	db: Db,
	organisationId: string,
	input: { name: string; groupId: string | null }
): Promise<{ outcome: Write; id?: string }> {
	if (input.groupId) {
		const [group] = await db
			.select({ id: groups.id })
			.from(groups)
			.where(and(eq(groups.id, input.groupId), eq(groups.organisationId, organisationId)));
		if (!group) return { outcome: 'not_found' };
	}
	try {
		const [row] = await db
			.insert(scenarios)
			.values({ organisationId, name: input.name, groupId: input.groupId })
			.returning({ id: scenarios.id });
		// The organisation's first scenario brings its run settings, with their defaults.
		await db.insert(scenarioSettings).values({ organisationId }).onConflictDoNothing();
		return { outcome: 'ok', id: row.id };
	} catch (error) {
		if (violates(error, 'scenarios_org_group_idx') || violates(error, 'scenarios_org_default_idx'))
			return { outcome: 'duplicate' };
		throw error;
	}
}

export async function updateCriteria(db: Db, organisationId: string, input: ScenarioCriteriaInput): Promise<Write> {
	const updated = await db
		.update(scenarios)
		.set({
			name: input.name,
			active: input.active,
			minBalanceCents: input.minBalance,
			minDaysOverdue: input.minDaysOverdue,
			updatedAt: sql`now()`
		})
		.where(and(eq(scenarios.id, input.scenarioId), eq(scenarios.organisationId, organisationId)))
		.returning({ id: scenarios.id });
	return updated.length ? 'ok' : 'not_found';
}

/** Its waiting reminders go with it (the kept ones stay), each with the reason in its history. */
export async function deleteScenario(db: Db, organisationId: string, scenarioId: string): Promise<Write> {
	return db.transaction(async (tx) => {
		const [scenario] = await tx
			.select({ id: scenarios.id })
			.from(scenarios)
			.where(and(eq(scenarios.id, scenarioId), eq(scenarios.organisationId, organisationId)))
			.for('update');
		if (!scenario) return 'not_found';
		const reason = storedText('scenario_gone');
		const waiting = await tx
			.select({ id: reminders.id })
			.from(reminders)
			.innerJoin(scenarioReminders, eq(scenarioReminders.reminderId, reminders.id))
			.where(
				and(
					eq(scenarioReminders.scenarioId, scenarioId),
					eq(reminders.keep, false),
					inArray(reminders.status, [...UNSENT])
				)
			);
		await moveReminders(tx, {
			ids: waiting.map((r) => r.id),
			where: eq(reminders.keep, false),
			from: UNSENT,
			to: 'deleted',
			reason,
			reasonOnReminder: true
		});
		await tx.delete(scenarios).where(eq(scenarios.id, scenarioId));
		return 'ok';
	});
}

async function owned(tx: DbOrTx, organisationId: string, scenarioId: string, templateId: string): Promise<Write> {
	const [scenario] = await tx
		.select({ id: scenarios.id })
		.from(scenarios)
		.where(and(eq(scenarios.id, scenarioId), eq(scenarios.organisationId, organisationId)))
		.for('update');
	if (!scenario) return 'not_found';
	const [template] = await tx
		.select({ id: templates.id })
		.from(templates)
		.where(and(eq(templates.id, templateId), eq(templates.organisationId, organisationId)));
	return template ? 'ok' : 'template_not_found';
}

/** A new step goes last; an existing one is changed in place. */
export async function saveStep(db: Db, organisationId: string, input: StepInput): Promise<Write> {
	return db.transaction(async (tx) => {
		const check = await owned(tx, organisationId, input.scenarioId, input.templateId);
		if (check !== 'ok') return check;
		const values = {
			delayDays: input.delayDays,
			delayFrom: input.delayFrom,
			channels: input.channels,
			templateId: input.templateId,
			requiresValidation: input.requiresValidation,
			registered: input.registered,
			tag: input.tag
		};
		if (input.stepId) {
			const updated = await tx
				.update(scenarioSteps)
				.set(values)
				.where(and(eq(scenarioSteps.id, input.stepId), eq(scenarioSteps.scenarioId, input.scenarioId)))
				.returning({ id: scenarioSteps.id });
			return updated.length ? 'ok' : 'not_found';
		}
		const [last] = await tx
			.select({ n: sql<number>`coalesce(max(${scenarioSteps.position}), 0)::int` })
			.from(scenarioSteps)
			.where(eq(scenarioSteps.scenarioId, input.scenarioId));
		await tx.insert(scenarioSteps).values({ ...values, scenarioId: input.scenarioId, position: last.n + 1 });
		return 'ok';
	});
}

/** The steps after it move up one: positions stay 1, 2, 3… as levels do. */
export async function deleteStep(db: Db, organisationId: string, scenarioId: string, stepId: string): Promise<Write> {
	return db.transaction(async (tx) => {
		const [scenario] = await tx
			.select({ id: scenarios.id })
			.from(scenarios)
			.where(and(eq(scenarios.id, scenarioId), eq(scenarios.organisationId, organisationId)))
			.for('update');
		if (!scenario) return 'not_found';
		const [deleted] = await tx
			.delete(scenarioSteps)
			.where(and(eq(scenarioSteps.id, stepId), eq(scenarioSteps.scenarioId, scenarioId)))
			.returning({ position: scenarioSteps.position });
		if (!deleted) return 'not_found';
		// Two moves, so the unique (scenario, position) never sees two steps at one place.
		const after = and(eq(scenarioSteps.scenarioId, scenarioId), gt(scenarioSteps.position, deleted.position));
		await tx
			.update(scenarioSteps)
			.set({ position: sql`-${scenarioSteps.position}` })
			.where(after);
		await tx
			.update(scenarioSteps)
			.set({ position: sql`-${scenarioSteps.position} - 1` })
			.where(and(eq(scenarioSteps.scenarioId, scenarioId), sql`${scenarioSteps.position} < 0`));
		return 'ok';
	});
}

export interface SettingsView {
	cron: string;
	cronEnabled: boolean;
	minGapDays: number;
	reportUserIds: string[];
	allowSendingOnTestInstance: boolean;
}

export async function getSettings(db: DbOrTx, organisationId: string): Promise<SettingsView> {
	const [row] = await db
		.select({
			cron: scenarioSettings.cron,
			cronEnabled: scenarioSettings.cronEnabled,
			minGapDays: scenarioSettings.minGapDays,
			reportUserIds: scenarioSettings.reportUserIds,
			allowSendingOnTestInstance: organisations.allowSendingOnTestInstance
		})
		.from(organisations)
		.leftJoin(scenarioSettings, eq(scenarioSettings.organisationId, organisations.id))
		.where(eq(organisations.id, organisationId));
	return {
		cron: row?.cron ?? '0 7 * * 1-5',
		cronEnabled: row?.cronEnabled ?? true,
		minGapDays: row?.minGapDays ?? 7,
		reportUserIds: row?.reportUserIds ?? [],
		allowSendingOnTestInstance: row?.allowSendingOnTestInstance ?? false
	};
}

export async function saveSettings(db: Db, organisationId: string, input: ScenarioSettingsInput): Promise<void> {
	await db.transaction(async (tx) => {
		// Only members may hear of the runs: ids of strangers are dropped, not stored.
		const members = await tx
			.select({ userId: memberships.userId })
			.from(memberships)
			.where(eq(memberships.organisationId, organisationId));
		const allowed = new Set(members.map((m) => m.userId));
		const values = {
			cron: input.cron,
			cronEnabled: input.cronEnabled,
			minGapDays: input.minGapDays,
			reportUserIds: input.reportUserIds.filter((id) => allowed.has(id)),
			updatedAt: sql`now()`
		};
		await tx
			.insert(scenarioSettings)
			.values({ organisationId, ...values })
			.onConflictDoUpdate({ target: scenarioSettings.organisationId, set: values });
		await tx
			.update(organisations)
			.set({ allowSendingOnTestInstance: input.allowSendingOnTestInstance })
			.where(eq(organisations.id, organisationId));
	});
}

export function listMembers(db: DbOrTx, organisationId: string) {
	return db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.organisationId, organisationId))
		.orderBy(asc(users.name));
}

export function listTemplateChoices(db: DbOrTx, organisationId: string) {
	return db
		.select({ id: templates.id, name: templates.name })
		.from(templates)
		.where(eq(templates.organisationId, organisationId))
		.orderBy(asc(templates.name));
}

/** Before a group goes: its scenario goes first, so its waiting reminders leave with a reason. */
export async function deleteScenarioOfGroup(db: Db, organisationId: string, groupId: string): Promise<void> {
	const [scenario] = await db
		.select({ id: scenarios.id })
		.from(scenarios)
		.where(and(eq(scenarios.organisationId, organisationId), eq(scenarios.groupId, groupId)));
	if (scenario) await deleteScenario(db, organisationId, scenario.id);
}
