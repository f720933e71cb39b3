import type { Channel } from '$lib/validation/reminders';
import { addDays, daysBetween, laterOf } from './days';

/**
 * The scenario engine: a pure function of one debtor's state. It says which scenario the
 * debtor is in, which of his unsent reminders must go (and why), and which step's reminder
 * must be created. It reads no clock and no database: `today` comes in with the state.
 */

export interface StepDef {
	position: number;
	delayDays: number;
	delayFrom: 'due_date' | 'previous_step';
	channels: Channel[];
	templateId: string | null;
	requiresValidation: boolean;
	/** Its letters leave registered (« recommandé avec AR »), whatever its template says. */
	registered: boolean;
	tag: string;
}

export interface ScenarioDef {
	id: string;
	name: string;
	groupId: string | null;
	groupName: string | null;
	active: boolean;
	minBalanceCents: number;
	minDaysOverdue: number;
	steps: StepDef[];
}

export interface InvoiceState {
	id: string;
	dueDate: string;
	amountCents: number;
	paidCents: number;
	reminderLevel: number;
	/** The organisation's calendar day of the last reminder, or null. */
	lastReminderOn: string | null;
}

export type ReminderStatus =
	'draft' | 'pending_validation' | 'scheduled' | 'to_review' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'deleted';

export interface ReminderState {
	id: string;
	status: ReminderStatus;
	sendDate: string;
	sentOn: string | null;
	keep: boolean;
	scenarioId: string | null;
	stepPosition: number | null;
	invoiceIds: string[];
}

export interface ContactState {
	id: string;
	role: string;
	/** The channels this contact can receive on: address present, not "à contrôler", consent given. */
	reachable: Channel[];
}

export interface PauseState {
	until: string;
	/** A promise to pay: this amount by `until`, with what has been paid since it was made. */
	promise: { amountCents: number; paidSinceCents: number; madeOn: string } | null;
}

export interface DebtorState {
	debtorId: string;
	today: string;
	invoices: InvoiceState[];
	groupIds: string[];
	contacts: ContactState[];
	reminders: ReminderState[];
	pause: PauseState | null;
}

export interface Settings {
	minGapDays: number;
}

export type Reason =
	| { code: 'paid' }
	| { code: 'below_threshold'; balanceCents: number; thresholdCents: number }
	| { code: 'not_overdue'; days: number; minDays: number }
	| { code: 'group_left'; groupName: string }
	| { code: 'scenario_inactive'; scenarioName: string }
	| { code: 'scenario_gone' }
	| { code: 'scenario_changed'; scenarioName: string }
	| { code: 'paused'; until: string }
	| { code: 'promise_kept' }
	| { code: 'step_passed'; level: number };

export type SkipReason =
	| { code: 'no_contact' }
	| { code: 'no_consent'; channels: Channel[] }
	| { code: 'no_template'; position: number }
	| { code: 'step_blocked'; position: number; status: ReminderStatus };

export interface NewReminder {
	scenarioId: string;
	groupId: string | null;
	stepPosition: number;
	sendDate: string;
	templateId: string;
	requiresValidation: boolean;
	registered: boolean;
	tag: string;
	recipients: { contactId: string; channels: Channel[] }[];
	invoiceIds: string[];
}

export interface Plan {
	/** The scenario the debtor is in after this evaluation, or null. */
	scenarioId: string | null;
	/** The step whose reminder is (or should be) waiting, when the debtor is in a scenario. */
	nextStep: number | null;
	create: NewReminder | null;
	delete: { reminderId: string; reason: Reason }[];
	skip: SkipReason | null;
}

export const UNSENT: readonly ReminderStatus[] = ['draft', 'pending_validation', 'scheduled', 'to_review'];

export function balanceOf(invoices: InvoiceState[]): number {
	return invoices.reduce((sum, i) => sum + Math.max(0, i.amountCents - i.paidCents), 0);
}

/**
 * What the debtor owes in all, overpayments counted against the rest: at zero or below he owes
 * nothing, and no scenario reminds him (the scheduler withdraws on the same rule).
 */
export function netBalanceOf(invoices: InvoiceState[]): number {
	return invoices.reduce((sum, i) => sum + i.amountCents - i.paidCents, 0);
}

function unpaidByDueDate(invoices: InvoiceState[]): InvoiceState[] {
	return invoices
		.filter((i) => i.paidCents < i.amountCents)
		.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
}

/**
 * The debts a scenario works on. A kept promise closes the process for what was owed when it
 * was made: only invoices falling due after that day can start a new one.
 */
function debtsInScope(state: DebtorState): InvoiceState[] {
	const unpaid = unpaidByDueDate(state.invoices);
	const promise = state.pause?.promise;
	if (promise && promiseKept(state.pause!)) return unpaid.filter((i) => i.dueDate > promise.madeOn);
	return unpaid;
}

export function promiseKept(pause: PauseState): boolean {
	return !!pause.promise && pause.promise.paidSinceCents >= pause.promise.amountCents;
}

/** Paused: until the date, unless a promise was kept early (then the pause has done its work). */
export function isPaused(state: DebtorState): boolean {
	const pause = state.pause;
	if (!pause || state.today > pause.until) return false;
	return !promiseKept(pause);
}

/** Why a scenario does not hold for this debtor, or null when he meets all its criteria. */
function whyNotIn(scenario: ScenarioDef, state: DebtorState, debts: InvoiceState[]): Reason | null {
	if (scenario.groupId && !state.groupIds.includes(scenario.groupId))
		return { code: 'group_left', groupName: scenario.groupName ?? '' };
	if (!debts.length || netBalanceOf(state.invoices) <= 0) {
		return state.pause?.promise && promiseKept(state.pause) && unpaidByDueDate(state.invoices).length
			? { code: 'promise_kept' }
			: { code: 'paid' };
	}
	if (!scenario.active) return { code: 'scenario_inactive', scenarioName: scenario.name };
	const balanceCents = balanceOf(debts);
	if (balanceCents <= scenario.minBalanceCents)
		return { code: 'below_threshold', balanceCents, thresholdCents: scenario.minBalanceCents };
	const days = daysBetween(debts[0].dueDate, state.today);
	if (days < scenario.minDaysOverdue) return { code: 'not_overdue', days, minDays: scenario.minDaysOverdue };
	return null;
}

/** A group's scenario wins over the default one; among groups, the order given (by name). */
export function chooseScenario(scenarios: ScenarioDef[], state: DebtorState): ScenarioDef | null {
	const debts = debtsInScope(state);
	const ordered = [...scenarios.filter((s) => s.groupId), ...scenarios.filter((s) => !s.groupId)];
	return ordered.find((s) => !whyNotIn(s, state, debts)) ?? null;
}

export function evaluate(state: DebtorState, scenarios: ScenarioDef[], settings: Settings): Plan {
	const debts = debtsInScope(state);
	const current = chooseScenario(scenarios, state);
	const paused = isPaused(state);
	const byId = new Map(scenarios.map((s) => [s.id, s]));

	const plan: Plan = { scenarioId: current?.id ?? null, nextStep: null, create: null, delete: [], skip: null };
	const unsent = state.reminders.filter((r) => r.scenarioId && UNSENT.includes(r.status) && !r.keep);

	for (const reminder of unsent) {
		if (reminder.scenarioId === current?.id) continue;
		const own = byId.get(reminder.scenarioId!);
		const reason: Reason = !own
			? { code: 'scenario_gone' }
			: (whyNotIn(own, state, debts) ?? { code: 'scenario_changed', scenarioName: current?.name ?? '' });
		plan.delete.push({ reminderId: reminder.id, reason });
	}
	if (!current) return plan;
	if (paused) {
		for (const reminder of unsent)
			if (reminder.scenarioId === current.id)
				plan.delete.push({ reminderId: reminder.id, reason: { code: 'paused', until: state.pause!.until } });
		return plan;
	}

	const oldest = debts[0];
	const nextStep = oldest.reminderLevel + 1;
	plan.nextStep = nextStep;
	for (const reminder of unsent)
		if (reminder.scenarioId === current.id && reminder.stepPosition !== null && reminder.stepPosition !== nextStep)
			plan.delete.push({ reminderId: reminder.id, reason: { code: 'step_passed', level: oldest.reminderLevel } });

	const step = current.steps.find((s) => s.position === nextStep);
	if (!step) return plan;

	// A reminder of this step for this debt, whatever became of it, is the step's only one: a
	// person who cancelled it or a delivery that failed is not overruled by a new reminder.
	const existing = state.reminders.find(
		(r) =>
			r.scenarioId === current.id &&
			r.stepPosition === nextStep &&
			r.status !== 'deleted' &&
			r.invoiceIds.includes(oldest.id)
	);
	if (existing) {
		if (!UNSENT.includes(existing.status) && existing.status !== 'sending' && existing.status !== 'sent')
			plan.skip = { code: 'step_blocked', position: nextStep, status: existing.status };
		return plan;
	}
	if (!step.templateId) {
		plan.skip = { code: 'no_template', position: step.position };
		return plan;
	}
	const relance = state.contacts.filter((c) => c.role === 'relance');
	if (!relance.length) {
		plan.skip = { code: 'no_contact' };
		return plan;
	}
	const recipients = relance
		.map((c) => ({ contactId: c.id, channels: step.channels.filter((ch) => c.reachable.includes(ch)) }))
		.filter((r) => r.channels.length);
	if (!recipients.length) {
		plan.skip = { code: 'no_consent', channels: step.channels };
		return plan;
	}

	const deleted = new Set(plan.delete.map((d) => d.reminderId));
	plan.create = {
		scenarioId: current.id,
		groupId: current.groupId,
		stepPosition: step.position,
		sendDate: sendDateOf(step, oldest, state, deleted, settings),
		templateId: step.templateId,
		requiresValidation: step.requiresValidation,
		registered: step.registered,
		tag: step.tag,
		recipients,
		invoiceIds: debts.map((i) => i.id)
	};
	return plan;
}

/**
 * The step's date from the due date or the previous reminder, never before today, and never
 * closer than the minimum gap to another reminder of the debtor, sent or still to leave.
 */
function sendDateOf(
	step: StepDef,
	oldest: InvoiceState,
	state: DebtorState,
	deleted: Set<string>,
	settings: Settings
): string {
	const base = step.delayFrom === 'previous_step' && oldest.lastReminderOn ? oldest.lastReminderOn : oldest.dueDate;
	const date = laterOf(state.today, addDays(base, step.delayDays));
	const latest = [
		...state.invoices.map((i) => i.lastReminderOn),
		...state.reminders.filter((r) => r.status === 'sent' || r.status === 'sending').map((r) => r.sentOn ?? r.sendDate),
		...state.reminders.filter((r) => UNSENT.includes(r.status) && !deleted.has(r.id)).map((r) => r.sendDate)
	].reduce<string>((a, b) => (b && b > a ? b : a), '');
	return latest ? laterOf(date, addDays(latest, settings.minGapDays)) : date;
}
