import { describe, expect, it } from 'vitest';
import {
	evaluate,
	type DebtorState,
	type InvoiceState,
	type ReminderState,
	type ScenarioDef,
	type StepDef
} from './engine';

const TODAY = '2026-03-01';
const settings = { minGapDays: 0 };

function step(position: number, fields: Partial<StepDef> = {}): StepDef {
	return {
		position,
		delayDays: 10,
		delayFrom: 'due_date',
		channels: ['email'],
		templateId: `t${position}`,
		requiresValidation: false,
		registered: false,
		tag: `Relance ${position}`,
		...fields
	};
}

function scenario(fields: Partial<ScenarioDef> = {}): ScenarioDef {
	return {
		id: 'default',
		name: 'Défaut',
		groupId: null,
		groupName: null,
		active: true,
		minBalanceCents: 0,
		minDaysOverdue: 1,
		steps: [step(1), step(2, { delayFrom: 'previous_step', delayDays: 15 }), step(3)],
		...fields
	};
}

const rejet = scenario({
	id: 'rejet',
	name: 'Rejet',
	groupId: 'g-rejet',
	groupName: 'Rejet',
	steps: [step(1, { delayDays: 0, channels: ['letter'] })]
});

function invoice(fields: Partial<InvoiceState> = {}): InvoiceState {
	return {
		id: 'i1',
		dueDate: '2026-02-01',
		amountCents: 50_000,
		paidCents: 0,
		reminderLevel: 0,
		lastReminderOn: null,
		...fields
	};
}

function reminder(fields: Partial<ReminderState> = {}): ReminderState {
	return {
		id: 'r1',
		status: 'scheduled',
		sendDate: '2026-03-05',
		sentOn: null,
		keep: false,
		scenarioId: 'default',
		stepPosition: 1,
		invoiceIds: ['i1'],
		...fields
	};
}

function debtor(fields: Partial<DebtorState> = {}): DebtorState {
	return {
		debtorId: 'd1',
		today: TODAY,
		invoices: [invoice()],
		groupIds: [],
		contacts: [{ id: 'c1', role: 'relance', reachable: ['email', 'letter'] }],
		reminders: [],
		pause: null,
		...fields
	};
}

describe('entry and exit by each criterion', () => {
	it('enters the default scenario when the balance is above the threshold and the oldest invoice late enough', () => {
		const plan = evaluate(debtor(), [scenario({ minBalanceCents: 10_000, minDaysOverdue: 20 })], settings);
		expect(plan.scenarioId).toBe('default');
		expect(plan.create?.stepPosition).toBe(1);
	});

	it('stays out while the balance is at or under the threshold, and leaves when a payment brings it there', () => {
		const threshold = scenario({ minBalanceCents: 50_000 });
		expect(evaluate(debtor(), [threshold], settings).scenarioId).toBeNull();
		const paidDown = debtor({
			invoices: [invoice({ amountCents: 80_000, paidCents: 30_000 })],
			reminders: [reminder()]
		});
		const plan = evaluate(paidDown, [threshold], settings);
		expect(plan.create).toBeNull();
		expect(plan.delete).toEqual([
			{ reminderId: 'r1', reason: { code: 'below_threshold', balanceCents: 50_000, thresholdCents: 50_000 } }
		]);
	});

	it('waits until the oldest unpaid invoice is overdue by the minimum number of days', () => {
		const late = scenario({ minDaysOverdue: 30 });
		expect(
			evaluate(debtor({ invoices: [invoice({ dueDate: '2026-02-01' })] }), [late], settings).scenarioId
		).toBeNull();
		expect(evaluate(debtor({ invoices: [invoice({ dueDate: '2026-01-30' })] }), [late], settings).scenarioId).toBe(
			'default'
		);
		const plan = evaluate(
			debtor({ invoices: [invoice({ dueDate: '2026-02-15' })], reminders: [reminder()] }),
			[late],
			settings
		);
		expect(plan.delete[0].reason).toEqual({ code: 'not_overdue', days: 14, minDays: 30 });
	});

	it("enters his group's scenario rather than the default one, and leaves it with the group", () => {
		const inGroup = debtor({ groupIds: ['g-rejet'] });
		const plan = evaluate(inGroup, [scenario(), rejet], settings);
		expect(plan.scenarioId).toBe('rejet');
		expect(plan.create).toMatchObject({ groupId: 'g-rejet', recipients: [{ contactId: 'c1', channels: ['letter'] }] });

		const left = debtor({ reminders: [reminder({ scenarioId: 'rejet' })] });
		const after = evaluate(left, [scenario(), rejet], settings);
		expect(after.scenarioId).toBe('default');
		expect(after.delete).toEqual([{ reminderId: 'r1', reason: { code: 'group_left', groupName: 'Rejet' } }]);
		expect(after.create?.scenarioId).toBe('default');
	});

	it('never creates a reminder for a debtor who owes nothing, an overpayment counted against an unpaid invoice', () => {
		const noThreshold = [scenario({ minBalanceCents: -1_000_000 })];
		expect(evaluate(debtor({ invoices: [invoice({ paidCents: 50_000 })] }), noThreshold, settings).create).toBeNull();
		expect(evaluate(debtor({ invoices: [] }), noThreshold, settings).create).toBeNull();
		const offset = debtor({
			invoices: [invoice(), invoice({ id: 'i2', dueDate: '2026-01-01', amountCents: 10_000, paidCents: 60_000 })]
		});
		const plan = evaluate(offset, noThreshold, settings);
		expect(plan.scenarioId).toBeNull();
		expect(plan.create).toBeNull();
		expect(
			evaluate(
				debtor({ invoices: [invoice(), invoice({ id: 'i2', amountCents: 10_000, paidCents: 59_999 })] }),
				noThreshold,
				settings
			).create
		).not.toBeNull();
	});

	it('leaves every scenario when the debt is paid', () => {
		const plan = evaluate(
			debtor({ invoices: [invoice({ paidCents: 50_000 })], reminders: [reminder()] }),
			[scenario()],
			settings
		);
		expect(plan.scenarioId).toBeNull();
		expect(plan.delete).toEqual([{ reminderId: 'r1', reason: { code: 'paid' } }]);
	});

	it('stops with a scenario turned off', () => {
		const plan = evaluate(debtor({ reminders: [reminder()] }), [scenario({ active: false })], settings);
		expect(plan.delete[0].reason).toEqual({ code: 'scenario_inactive', scenarioName: 'Défaut' });
	});
});

describe('step timing', () => {
	it('counts the first step from the due date of the oldest unpaid invoice', () => {
		const state = debtor({
			today: '2026-02-05',
			invoices: [invoice({ id: 'i2', dueDate: '2026-02-03' }), invoice({ dueDate: '2026-01-20' })]
		});
		const plan = evaluate(state, [scenario()], settings);
		expect(plan.create?.sendDate).toBe('2026-02-05');
		const later = evaluate({ ...state, today: '2026-01-22' }, [scenario({ minDaysOverdue: 1 })], settings);
		expect(later.create?.sendDate).toBe('2026-01-30');
		expect(later.create?.invoiceIds).toEqual(['i1', 'i2']);
	});

	it('counts a step "after the previous one" from the last reminder date', () => {
		const state = debtor({
			today: '2026-02-10',
			invoices: [invoice({ reminderLevel: 1, lastReminderOn: '2026-02-08' })]
		});
		const plan = evaluate(state, [scenario()], settings);
		expect(plan.create).toMatchObject({ stepPosition: 2, sendDate: '2026-02-23' });
	});

	it('never dates a reminder in the past', () => {
		expect(evaluate(debtor(), [scenario()], settings).create?.sendDate).toBe(TODAY);
	});

	it('has nothing more to create once the last step is reached', () => {
		const plan = evaluate(debtor({ invoices: [invoice({ reminderLevel: 3 })] }), [scenario()], settings);
		expect(plan.scenarioId).toBe('default');
		expect(plan.create).toBeNull();
	});
});

describe('channels, validation, recipients', () => {
	it('sends one step on several channels at once, each contact on what he can receive', () => {
		const both = scenario({ steps: [step(1, { channels: ['email', 'letter'] })] });
		const state = debtor({
			contacts: [
				{ id: 'c1', role: 'relance', reachable: ['email', 'letter'] },
				{ id: 'c2', role: 'relance', reachable: ['letter'] },
				{ id: 'c3', role: 'garant', reachable: ['email', 'letter'] }
			]
		});
		expect(evaluate(state, [both], settings).create?.recipients).toEqual([
			{ contactId: 'c1', channels: ['email', 'letter'] },
			{ contactId: 'c2', channels: ['letter'] }
		]);
	});

	it('asks for validation on the steps that require it only', () => {
		const s = scenario({ steps: [step(1), step(2, { requiresValidation: true })] });
		expect(evaluate(debtor(), [s], settings).create?.requiresValidation).toBe(false);
		expect(
			evaluate(debtor({ invoices: [invoice({ reminderLevel: 1 })] }), [s], settings).create?.requiresValidation
		).toBe(true);
	});

	it('skips, with the reason, a debtor without a reminder contact or without consent', () => {
		expect(
			evaluate(debtor({ contacts: [{ id: 'c3', role: 'garant', reachable: ['email'] }] }), [scenario()], settings).skip
		).toEqual({ code: 'no_contact' });
		const plan = evaluate(
			debtor({ contacts: [{ id: 'c1', role: 'relance', reachable: ['sms'] }] }),
			[scenario()],
			settings
		);
		expect(plan.create).toBeNull();
		expect(plan.skip).toEqual({ code: 'no_consent', channels: ['email'] });
	});
});

describe('minimum gap', () => {
	it('keeps the minimum gap after the last reminder sent and after one still to leave', () => {
		const gap = { minGapDays: 10 };
		const sent = debtor({
			reminders: [
				reminder({ id: 'manual', status: 'sent', sentOn: '2026-02-25', scenarioId: null, stepPosition: null })
			]
		});
		expect(evaluate(sent, [scenario()], gap).create?.sendDate).toBe('2026-03-07');
		const waiting = debtor({
			reminders: [reminder({ id: 'manual', sendDate: '2026-03-04', scenarioId: null, stepPosition: null })]
		});
		expect(evaluate(waiting, [scenario()], gap).create?.sendDate).toBe('2026-03-14');
		expect(evaluate(debtor(), [scenario()], gap).create?.sendDate).toBe(TODAY);
	});
});

describe('payment and the keep flag', () => {
	it('deletes the unsent reminders of the scenario the debtor leaves, never the kept or the sent ones', () => {
		const state = debtor({
			invoices: [invoice({ paidCents: 50_000 })],
			reminders: [
				reminder({ id: 'letter' }),
				reminder({ id: 'kept', keep: true, stepPosition: null }),
				reminder({ id: 'draft', status: 'draft', stepPosition: null }),
				reminder({ id: 'sent', status: 'sent', sentOn: '2026-02-20' }),
				reminder({ id: 'manual', scenarioId: null, stepPosition: null })
			]
		});
		const plan = evaluate(state, [scenario()], settings);
		expect(plan.delete).toEqual([
			{ reminderId: 'letter', reason: { code: 'paid' } },
			{ reminderId: 'draft', reason: { code: 'paid' } }
		]);
	});
});

describe('pause and promise to pay', () => {
	const pending = reminder();
	it('holds the scenario until the pause ends, then resumes at the next step', () => {
		const paused = debtor({ reminders: [pending], pause: { until: '2026-03-10', promise: null } });
		const plan = evaluate(paused, [scenario()], settings);
		expect(plan.create).toBeNull();
		expect(plan.delete).toEqual([{ reminderId: 'r1', reason: { code: 'paused', until: '2026-03-10' } }]);
		const over = evaluate({ ...paused, today: '2026-03-11', reminders: [] }, [scenario()], settings);
		expect(over.create?.stepPosition).toBe(1);
	});

	it('resumes at the next step when a promise is broken', () => {
		const state = debtor({
			today: '2026-03-11',
			invoices: [invoice({ reminderLevel: 1, lastReminderOn: '2026-02-10' })],
			pause: { until: '2026-03-10', promise: { amountCents: 50_000, paidSinceCents: 10_000, madeOn: '2026-02-20' } }
		});
		expect(evaluate(state, [scenario()], settings).create).toMatchObject({ stepPosition: 2, sendDate: '2026-03-11' });
	});

	it('ends the scenario when a promise is kept, until a new debt falls due', () => {
		const kept = {
			until: '2026-03-10',
			promise: { amountCents: 20_000, paidSinceCents: 20_000, madeOn: '2026-02-20' }
		};
		const state = debtor({ invoices: [invoice({ paidCents: 20_000 })], reminders: [pending], pause: kept });
		const plan = evaluate(state, [scenario()], settings);
		expect(plan.scenarioId).toBeNull();
		expect(plan.delete).toEqual([{ reminderId: 'r1', reason: { code: 'promise_kept' } }]);
		const later = evaluate(
			{
				...state,
				today: '2026-04-20',
				reminders: [],
				invoices: [...state.invoices, invoice({ id: 'i9', dueDate: '2026-04-01' })]
			},
			[scenario()],
			settings
		);
		expect(later.create).toMatchObject({ stepPosition: 1, invoiceIds: ['i9'] });
	});
});

describe('levels carried on from another tool', () => {
	it('continues at the step after the imported level, timed from the imported date', () => {
		const imported = debtor({
			today: '2026-03-01',
			invoices: [invoice({ dueDate: '2025-12-01', reminderLevel: 2, lastReminderOn: '2026-02-25' })]
		});
		const s = scenario({ steps: [step(1), step(2), step(3, { delayFrom: 'previous_step', delayDays: 8 })] });
		expect(evaluate(imported, [s], settings).create).toMatchObject({
			stepPosition: 3,
			sendDate: '2026-03-05',
			tag: 'Relance 3'
		});
	});

	it('deletes a waiting reminder of a step the imported level has passed', () => {
		const state = debtor({ invoices: [invoice({ reminderLevel: 2 })], reminders: [reminder({ stepPosition: 1 })] });
		const plan = evaluate(state, [scenario()], settings);
		expect(plan.delete).toEqual([{ reminderId: 'r1', reason: { code: 'step_passed', level: 2 } }]);
		expect(plan.create?.stepPosition).toBe(3);
	});
});

describe('idempotency', () => {
	it("creates nothing when the step's reminder exists, whatever became of it", () => {
		for (const status of ['scheduled', 'pending_validation', 'sending', 'sent'] as const) {
			const plan = evaluate(debtor({ reminders: [reminder({ status })] }), [scenario()], settings);
			expect(plan).toMatchObject({ create: null, delete: [], skip: null });
		}
		const cancelled = evaluate(debtor({ reminders: [reminder({ status: 'cancelled' })] }), [scenario()], settings);
		expect(cancelled.create).toBeNull();
		expect(cancelled.skip).toEqual({ code: 'step_blocked', position: 1, status: 'cancelled' });
	});

	it("creates again a step's reminder that a pause deleted", () => {
		const plan = evaluate(debtor({ reminders: [reminder({ status: 'deleted' })] }), [scenario()], settings);
		expect(plan.create?.stepPosition).toBe(1);
	});
});
