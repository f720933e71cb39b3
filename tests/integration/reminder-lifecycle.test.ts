import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser } from '../helpers/factories';
import { oneStepScenario } from '../helpers/scenarios';
import { startFakeResend, resendError, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { sendersFor } from '../fakes/senders';
import { deliveries, invoices, reminderEvents, reminders, scenarioSteps } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { createReminder, updateReminder } from '../../src/lib/server/reminders/save';
import type { Actor } from '../../src/lib/server/auth/actor';
import { approveReminder, cancelReminder, rejectReminder, submitDraft } from '../../src/lib/server/reminders/decisions';
import { recordPayment } from '../../src/lib/server/debtors/payments';
import { reevaluateDebtor, runScenarios } from '../../src/lib/server/scenarios/run';
import { lostDeliveries, runPass } from '../../src/lib/server/delivery/scheduler';
import { deliverBatch, type Requeue, type Senders } from '../../src/lib/server/delivery/worker';
import { canTransition, type ReminderStatus } from '../../src/lib/server/lifecycle/transitions';
import { localTime } from '../../src/lib/server/delivery/sending-hours';
import { todayIn } from '../../src/lib/dates';
import type { ReminderInput } from '../../src/lib/validation/reminders';

/**
 * Random sequences of what people, the scenario engine, the scheduler and crashed instances do
 * to reminders, on the real database, the providers being the local fakes. After every step,
 * each reminder's history must be one walk through the transitions table ending where it
 * stands; at the end, no deleted or cancelled reminder has reached a provider, and no reminder
 * but a kept one was claimed for sending once its debtor owed nothing.
 */

const DEBTORS = 2;
const DAY = 864e5;

type Op =
	| {
			kind: 'create';
			debtor: number;
			as: 'draft' | 'pending' | 'scheduled';
			keep: boolean;
			inDays: number;
			immediate: boolean;
			sms: boolean;
	  }
	| { kind: 'edit'; pick: number; intent: 'save' | 'draft'; requiresValidation: boolean; keep: boolean }
	| { kind: 'approve' | 'reject' | 'cancel' | 'submit'; pick: number }
	| { kind: 'pay'; debtor: number; reevaluate: boolean }
	| { kind: 'scenarios' }
	| { kind: 'time'; days: number }
	| { kind: 'provider'; status: 500 | 422 }
	| { kind: 'crash' }
	| { kind: 'resume' };

const op: fc.Arbitrary<Op> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('create' as const),
			debtor: fc.nat(DEBTORS - 1),
			as: fc.constantFrom('draft' as const, 'pending' as const, 'scheduled' as const),
			keep: fc.boolean(),
			inDays: fc.nat(2),
			immediate: fc.boolean(),
			sms: fc.boolean()
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('edit' as const),
			pick: fc.nat(),
			intent: fc.constantFrom('save' as const, 'draft' as const),
			requiresValidation: fc.boolean(),
			keep: fc.boolean()
		})
	},
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constantFrom('approve' as const, 'reject' as const, 'cancel' as const, 'submit' as const),
			pick: fc.nat()
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('pay' as const), debtor: fc.nat(DEBTORS - 1), reevaluate: fc.boolean() })
	},
	{ weight: 1, arbitrary: fc.constant({ kind: 'scenarios' as const }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('time' as const), days: fc.constantFrom(0, 1, 8) }) },
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('provider' as const),
			status: fc.constantFrom(500 as const, 422 as const)
		})
	},
	{ weight: 1, arbitrary: fc.constant({ kind: 'crash' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'resume' as const }) }
);

/** The step of the sequence being applied. */
let step = 0;
let resend: FakeResend;
let vonage: FakeVonage;
let senders: Senders;

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
	senders = sendersFor(resend, vonage);
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});

interface World {
	db: Db;
	manager: Actor;
	approver: Actor;
	debtors: { id: string; contactId: string }[];
	/** The scheduler's instant: it only moves forward. */
	clock: Date;
	/** Deliveries handed back to the queue (retries), worked at the next pass. */
	queued: string[];
	/** The step at which each debtor was left owing nothing. */
	paidAt: Map<string, number>;
	/** The step at which each reminder was claimed for sending. */
	claimedAt: Map<string, number>;
}

async function setUp(): Promise<World> {
	const db = await freshDb();
	resend.reset();
	vonage.reset();
	const org = await makeOrganisation(db, 'Agence Propriété');
	const manager = await makeUser(db, org.id, 'manager');
	const approver = await makeUser(db, org.id, 'approver');
	const { scenario, template } = await oneStepScenario(db, org.id);
	await db.insert(scenarioSteps).values({
		scenarioId: scenario.id,
		position: 2,
		delayDays: 20,
		channels: ['email', 'sms'],
		templateId: template.id,
		tag: 'Relance 2',
		requiresValidation: true
	});
	const debtors = [];
	for (let i = 0; i < DEBTORS; i++) {
		const debtor = await makeDebtor(db, org.id, `Locataire ${i}`);
		const contact = await makeContact(db, org.id, debtor.id, { email: `locataire${i}@example.test` });
		await makeInvoice(db, org.id, debtor.id, { issueDate: '2026-10-01', dueDate: '2026-10-11', amountCents: 60_000 });
		debtors.push({ id: debtor.id, contactId: contact.id });
	}
	return {
		db,
		manager: { userId: manager.id, organisationId: org.id },
		approver: { userId: approver.id, organisationId: org.id },
		debtors,
		clock: new Date(),
		queued: [],
		paidAt: new Map(),
		claimedAt: new Map()
	};
}

const day = (w: World) => localTime(w.clock, 'Europe/Paris').isoDay;
const inDays = (n: number) => todayIn('Europe/Paris', new Date(Date.now() + n * DAY));

function input(debtor: { id: string; contactId: string }, values: Partial<ReminderInput>): ReminderInput {
	return {
		debtorId: debtor.id,
		templateId: null,
		sendDate: inDays(0),
		shortDescription: 'Relance',
		description: '',
		requiresValidation: false,
		keep: false,
		owesNothingConfirmed: true,
		groupId: null,
		immediate: false,
		registered: false,
		version: undefined,
		intent: 'save',
		content: {
			emailSubject: 'Loyer — {{ compte }}',
			emailHeader: '',
			emailBody: 'Bonjour {{ nom }}, il reste {{ solde }}.',
			emailFooter: '',
			smsText: 'Solde : {{ solde }}',
			letterSubject: '',
			letterBody: ''
		},
		recipients: [{ contactId: debtor.contactId, channels: ['email'] }],
		...values
	};
}

async function picked(w: World, pick: number) {
	const all = await w.db.select().from(reminders).orderBy(asc(reminders.createdAt), asc(reminders.id));
	return all.length ? all[pick % all.length] : null;
}

async function deliver(w: World, ids: string[]) {
	const requeue: Requeue = async (_tx, deliveryIds) => void w.queued.push(...deliveryIds);
	for (let i = 0; i < ids.length; i += 100) await deliverBatch(w.db, senders, ids.slice(i, i + 100), requeue);
}

async function apply(w: World, o: Op): Promise<void> {
	const { db } = w;
	switch (o.kind) {
		case 'create': {
			const debtor = w.debtors[o.debtor];
			await createReminder(
				db,
				w.manager,
				input(debtor, {
					sendDate: inDays(o.inDays),
					keep: o.keep,
					immediate: o.immediate,
					intent: o.as === 'draft' ? 'draft' : 'save',
					requiresValidation: o.as === 'pending',
					recipients: [{ contactId: debtor.contactId, channels: o.sms ? ['email', 'sms'] : ['email'] }]
				})
			);
			return;
		}
		case 'edit': {
			const row = await picked(w, o.pick);
			if (!row) return;
			const debtor = w.debtors.find((d) => d.id === row.debtorId)!;
			await updateReminder(
				db,
				w.manager,
				row.id,
				input(debtor, {
					sendDate: row.sendDate,
					intent: o.intent,
					requiresValidation: o.requiresValidation,
					keep: o.keep,
					immediate: row.immediate
				})
			);
			return;
		}
		case 'approve':
		case 'reject':
		case 'cancel':
		case 'submit': {
			const row = await picked(w, o.pick);
			if (!row) return;
			const target = { id: row.id, version: row.version, reason: 'non' };
			if (o.kind === 'approve') await approveReminder(db, w.approver, target);
			else if (o.kind === 'reject') await rejectReminder(db, w.approver, target);
			else if (o.kind === 'cancel') await cancelReminder(db, w.manager, target);
			else await submitDraft(db, w.manager, target);
			return;
		}
		case 'pay': {
			const debtor = w.debtors[o.debtor];
			const [{ open }] = await db
				.select({ open: sql<number>`coalesce(sum(${invoices.amountCents} - ${invoices.paidCents}), 0)::int` })
				.from(invoices)
				.where(eq(invoices.debtorId, debtor.id));
			if (open <= 0) return;
			const outcome = await recordPayment(db, w.manager.organisationId, w.manager.userId, {
				debtorId: debtor.id,
				amountCents: open,
				paidOn: day(w),
				invoiceId: null,
				reference: ''
			});
			expect(outcome.kind).toBe('recorded');
			w.paidAt.set(debtor.id, step);
			// As the payment form does once the payment is written, unless its process died in between.
			if (o.reevaluate) await reevaluateDebtor(db, w.manager.organisationId, debtor.id, { today: day(w) });
			return;
		}
		case 'scenarios':
			await runScenarios(db, w.manager.organisationId, 'manual', { today: day(w) });
			return;
		case 'time': {
			w.clock = new Date(w.clock.getTime() + o.days * DAY);
			const made: string[] = [];
			await runPass(db, {
				trigger: 'manual',
				ignoreHours: true,
				at: w.clock,
				enqueue: async (_tx, ids) => void made.push(...ids)
			});
			const again = w.queued.splice(0);
			await deliver(w, [...made, ...again]);
			return;
		}
		case 'provider':
			resend.respondWith(
				o.status === 500
					? resendError(500, 'internal_server_error', 'Boom')
					: resendError(422, 'validation_error', 'Invalid `from` field.')
			);
			return;
		case 'crash':
			// A pass whose process dies once its claim is committed: its jobs are never worked.
			await runPass(db, { trigger: 'manual', ignoreHours: true, at: w.clock, enqueue: async () => {} });
			return;
		case 'resume':
			// A restarted instance hands the deliveries nobody works back to the queue, and works them.
			for (const job of await lostDeliveries(db, 0, 0)) await deliver(w, job);
			return;
	}
}

/** Each reminder's history, lines of one instant in the order that chains them, is a walk through the table. */
async function checkHistories(w: World): Promise<void> {
	const lines = await w.db
		.select({
			reminderId: reminderEvents.reminderId,
			action: reminderEvents.action,
			from: reminderEvents.fromStatus,
			to: reminderEvents.toStatus,
			at: reminderEvents.at
		})
		.from(reminderEvents)
		.where(isNotNull(reminderEvents.toStatus))
		.orderBy(asc(reminderEvents.at));
	const rows = await w.db.select({ id: reminders.id, status: reminders.status }).from(reminders);
	for (const row of rows) {
		const own = lines.filter((l) => l.reminderId === row.id);
		let state: ReminderStatus | null = null;
		const walk: string[] = [];
		while (own.length) {
			const first = own[0].at.getTime();
			const next = own.findIndex((l) => l.at.getTime() === first && l.from === state);
			expect(
				next,
				`history of ${row.id}: ${walk.join(' ')} then none of ${JSON.stringify(own.filter((l) => l.at.getTime() === first))}`
			).toBeGreaterThanOrEqual(0);
			const [line] = own.splice(next, 1);
			if (state === null) expect(line.action).toBe('created');
			else expect(canTransition(state, line.to!), `${row.id}: ${state}→${line.to}`).toBe(true);
			state = line.to;
			walk.push(`${line.action}:${line.to}`);
			if (line.to === 'sending' && !w.claimedAt.has(row.id)) w.claimedAt.set(row.id, step);
		}
		expect(state, `${row.id} stands where its history ends: ${walk.join(' ')}`).toBe(row.status);
	}
}

/** What reached the providers. */
async function checkDelivered(w: World): Promise<void> {
	const left = new Set([...resend.delivered.map((d) => d.deliveryId), ...vonage.sent.map((s) => s.clientRef)]);
	const rows = await w.db
		.select({
			deliveryId: deliveries.id,
			reminderId: reminders.id,
			debtorId: reminders.debtorId,
			status: reminders.status,
			keep: reminders.keep
		})
		.from(deliveries)
		.innerJoin(reminders, eq(reminders.id, deliveries.reminderId));
	for (const row of rows.filter((r) => left.has(r.deliveryId))) {
		expect(['deleted', 'cancelled'], `${row.reminderId} was delivered`).not.toContain(row.status);
		const paid = w.paidAt.get(row.debtorId);
		if (!row.keep && paid !== undefined)
			expect(
				w.claimedAt.get(row.reminderId)!,
				`${row.reminderId} claimed after its debtor paid everything`
			).toBeLessThan(paid);
	}
}

describe('a reminder’s life, whatever happens to it', () => {
	it('never takes a move the table forbids, nor leaves when it must not', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(op, { minLength: 10, maxLength: 30, size: 'max' }), async (ops) => {
				const w = await setUp();
				for (step = 0; step < ops.length; step++) {
					await apply(w, ops[step]);
					await checkHistories(w);
				}
				await checkDelivered(w);
			}),
			{ numRuns: 25 }
		);
	}, 600_000);
});
