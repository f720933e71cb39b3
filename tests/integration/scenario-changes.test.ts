import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeGroup, makeInvoice, makeOrganisation } from '../helpers/factories';
import type { Db } from '../../src/lib/server/db/types';
import {
	contacts,
	debtorGroups,
	debtorPauses,
	debtors,
	deliveries,
	invoices,
	reminders,
	scenarioRuns,
	scenarioSettings,
	scenarioSteps,
	scenarios,
	templates
} from '../../src/lib/server/db/schema';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { reevaluateDebtors, runScenarios, type RunReport } from '../../src/lib/server/scenarios/run';
import { recordPayment } from '../../src/lib/server/debtors/payments';
import { settleReminders } from '../../src/lib/server/delivery/settle';
import { addDays } from '../../src/lib/server/scenarios/days';
import { todayIn } from '../../src/lib/dates';

/**
 * A run evaluates only the debtors whose inputs changed since the run before, when that run
 * decided under the same day and configuration: here each kind of change brings its debtor back,
 * and whatever changed, a full evaluation afterwards finds nothing left to write.
 */

const TODAY = todayIn('Europe/Paris');
const DEBTORS = 6;

interface World {
	db: Db;
	orgId: string;
	standardId: string;
	groupId: string;
	debtors: { id: string; contactId: string }[];
}

async function setUp(db: Db): Promise<World> {
	const org = await makeOrganisation(db);
	await seedDemoTemplates(db, org.id);
	const tpl = Object.fromEntries((await db.query.templates.findMany()).map((t) => [t.name, t.id]));
	await db.insert(scenarioSettings).values({ organisationId: org.id, minGapDays: 0 });
	const [standard] = await db
		.insert(scenarios)
		.values({ organisationId: org.id, name: 'Standard', minBalanceCents: 0, minDaysOverdue: 1 })
		.returning();
	await db.insert(scenarioSteps).values([
		{ scenarioId: standard.id, position: 1, delayDays: 10, channels: ['email'], templateId: tpl['Première relance'] },
		{
			scenarioId: standard.id,
			position: 2,
			delayDays: 15,
			delayFrom: 'previous_step',
			channels: ['email', 'letter'],
			templateId: tpl['Deuxième relance'],
			requiresValidation: true
		}
	]);
	const group = await makeGroup(db, org.id, 'Commerces');
	const [shops] = await db
		.insert(scenarios)
		.values({ organisationId: org.id, groupId: group.id, name: 'Commerces', minBalanceCents: 0, minDaysOverdue: 1 })
		.returning();
	await db.insert(scenarioSteps).values({
		scenarioId: shops.id,
		position: 1,
		delayDays: 5,
		channels: ['letter'],
		templateId: tpl['Mise en demeure']
	});
	const list = [];
	for (let i = 0; i < DEBTORS; i++) {
		const debtor = await makeDebtor(db, org.id, `Locataire ${i}`);
		const contact = await makeContact(db, org.id, debtor.id, { email: `locataire${i}@example.test` });
		await makeInvoice(db, org.id, debtor.id, {
			issueDate: addDays(TODAY, -40),
			dueDate: addDays(TODAY, -30),
			amountCents: 60_000
		});
		list.push({ id: debtor.id, contactId: contact.id });
	}
	return { db, orgId: org.id, standardId: standard.id, groupId: group.id, debtors: list };
}

async function run(w: World, day = TODAY): Promise<RunReport> {
	return (await runScenarios(w.db, w.orgId, 'manual', { today: day }))!;
}

/** What evaluating every debtor now would still write: nothing, where the runs left each as the engine wants him. */
async function leftToWrite(w: World, day = TODAY): Promise<number> {
	const outcomes = await reevaluateDebtors(
		w.db,
		w.orgId,
		w.debtors.map((d) => d.id),
		{ today: day }
	);
	return outcomes.reduce((n, o) => n + o.created.length + o.deleted.length, 0);
}

async function waiting(w: World, debtorId: string) {
	return w.db
		.select({ id: reminders.id, status: reminders.status, version: reminders.version })
		.from(reminders)
		.where(
			and(eq(reminders.debtorId, debtorId), inArray(reminders.status, ['pending_validation', 'scheduled', 'draft']))
		)
		.orderBy(asc(reminders.createdAt));
}

/** What sending does, without a provider: one delivery left, then the reminder settles (its invoices' level rises). */
async function send(w: World, reminderId: string, contactId: string) {
	const [row] = await w.db.select({ status: reminders.status }).from(reminders).where(eq(reminders.id, reminderId));
	if (row.status !== 'scheduled')
		await w.db.update(reminders).set({ status: 'scheduled' }).where(eq(reminders.id, reminderId));
	await w.db.update(reminders).set({ status: 'sending' }).where(eq(reminders.id, reminderId));
	await w.db
		.insert(deliveries)
		.values({ organisationId: w.orgId, reminderId, contactId, channel: 'email', status: 'sent' });
	await w.db.transaction((tx) => settleReminders(tx, [reminderId]));
}

let w: World;
beforeEach(async () => {
	w = await setUp(await freshDb());
});

describe('a run after a run', () => {
	it('evaluates nobody when nothing changed the same day, and says how many it evaluated', async () => {
		const first = await run(w);
		expect(first).toMatchObject({ debtors: DEBTORS, evaluated: DEBTORS, created: DEBTORS });
		const second = await run(w);
		expect(second).toMatchObject({ debtors: DEBTORS, evaluated: 0, created: 0, deleted: 0 });
		const [stored] = await w.db
			.select({ debtors: scenarioRuns.debtors, evaluated: scenarioRuns.evaluated })
			.from(scenarioRuns)
			.where(eq(scenarioRuns.id, second.id));
		expect(stored).toEqual({ debtors: DEBTORS, evaluated: 0 });
		expect(await leftToWrite(w)).toBe(0);
	});

	it('evaluates again the debtor each kind of change touched, and leaves what a full run would', async () => {
		await run(w);
		const [d0, d1, d2, d3, d4, d5] = w.debtors;
		const changes: { what: string; change: () => Promise<unknown>; expected: Partial<RunReport> }[] = [
			{
				what: 'a payment',
				change: () =>
					recordPayment(w.db, w.orgId, null, {
						debtorId: d0.id,
						amountCents: 60_000,
						paidOn: TODAY,
						reference: '',
						invoiceId: null
					}),
				expected: { deleted: 1, created: 0 }
			},
			{
				what: 'an older invoice',
				change: () =>
					makeInvoice(w.db, w.orgId, d1.id, {
						issueDate: addDays(TODAY, -70),
						dueDate: addDays(TODAY, -60),
						amountCents: 10_000
					}),
				expected: { created: 1 }
			},
			{
				what: 'joining a group',
				change: () => w.db.insert(debtorGroups).values({ debtorId: d2.id, groupId: w.groupId }),
				expected: { deleted: 1, created: 1 }
			},
			{
				what: 'a pause',
				change: () =>
					w.db.insert(debtorPauses).values({ debtorId: d3.id, organisationId: w.orgId, until: addDays(TODAY, 10) }),
				expected: { deleted: 1, created: 0 }
			},
			{
				what: 'a reminder sent',
				change: async () => send(w, (await waiting(w, d4.id))[0].id, d4.contactId),
				expected: { created: 1 }
			},
			{
				what: 'a contact who withdrew his consent',
				change: () => w.db.update(contacts).set({ consentEmail: false }).where(eq(contacts.id, d5.contactId)),
				expected: { created: 0, deleted: 0 }
			},
			{
				what: 'a reminder cancelled by hand',
				change: async () =>
					w.db
						.update(reminders)
						.set({ status: 'cancelled' })
						.where(eq(reminders.id, (await waiting(w, d5.id))[0].id)),
				expected: { created: 0, deleted: 0, skipped: 1 }
			}
		];
		for (const { what, change, expected } of changes) {
			await change();
			const report = await run(w);
			expect({ what, ...report }).toMatchObject({ what, evaluated: 1, ...expected });
			expect({ what, left: await leftToWrite(w) }).toEqual({ what, left: 0 });
			expect({ what, again: (await run(w)).evaluated }).toEqual({ what, again: 0 });
		}
	});

	it('evaluates everybody after a change of the configuration or of the day', async () => {
		await run(w);
		const changes: { what: string; change: () => Promise<unknown>; day?: string }[] = [
			{
				what: "a step's delay",
				change: () =>
					w.db
						.update(scenarioSteps)
						.set({ delayDays: 12 })
						.where(and(eq(scenarioSteps.scenarioId, w.standardId), eq(scenarioSteps.position, 1)))
			},
			{
				what: "a scenario's threshold",
				change: () => w.db.update(scenarios).set({ minBalanceCents: 70_000 }).where(eq(scenarios.id, w.standardId))
			},
			{
				what: 'the minimum gap',
				change: () =>
					w.db.update(scenarioSettings).set({ minGapDays: 3 }).where(eq(scenarioSettings.organisationId, w.orgId))
			},
			{
				what: 'a template',
				change: () =>
					w.db.update(templates).set({ emailSubject: 'Rappel' }).where(eq(templates.organisationId, w.orgId))
			},
			{ what: 'the next day', change: async () => {}, day: addDays(TODAY, 1) }
		];
		for (const { what, change, day } of changes) {
			await change();
			expect({ what, evaluated: (await run(w, day)).evaluated }).toEqual({ what, evaluated: DEBTORS });
			expect({ what, left: await leftToWrite(w, day) }).toEqual({ what, left: 0 });
			expect({ what, again: (await run(w, day)).evaluated }).toEqual({ what, again: 0 });
		}
	});

	it('evaluates everybody when the run started last did not finish', async () => {
		await run(w);
		// A run under way, or one whose process died: what it wrote nobody knows yet.
		await w.db.insert(scenarioRuns).values({
			organisationId: w.orgId,
			trigger: 'manual',
			details: { created: [], deleted: [], skipped: [] }
		});
		expect((await run(w)).evaluated).toBe(DEBTORS);
		expect((await run(w)).evaluated).toBe(0);
	});

	it("leaves out an erased debtor, and counts a new one in the next run's", async () => {
		await run(w);
		await w.db.update(debtors).set({ erasedAt: new Date() }).where(eq(debtors.id, w.debtors[0].id));
		const newcomer = await makeDebtor(w.db, w.orgId, 'Nouveau');
		await makeInvoice(w.db, w.orgId, newcomer.id, { issueDate: addDays(TODAY, -40), dueDate: addDays(TODAY, -30) });
		await makeContact(w.db, w.orgId, newcomer.id);
		const report = await run(w);
		expect(report).toMatchObject({ debtors: DEBTORS, evaluated: 1, created: 1 });
		expect(report.details.created.map((e) => e.debtorName)).toEqual(['Nouveau']);
	});
});

type Change =
	| { kind: 'pay'; debtor: number }
	| { kind: 'invoice'; debtor: number; daysAgo: number }
	| { kind: 'group'; debtor: number }
	| { kind: 'pause'; debtor: number; days: number }
	| { kind: 'consent'; debtor: number }
	| { kind: 'send' | 'cancel'; debtor: number }
	| { kind: 'threshold' }
	| { kind: 'day' };

const debtor = fc.nat(DEBTORS - 1);
const change: fc.Arbitrary<Change> = fc.oneof(
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('pay' as const), debtor }) },
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('invoice' as const), debtor, daysAgo: fc.constantFrom(-5, 20, 90) })
	},
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('group' as const), debtor }) },
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('pause' as const), debtor, days: fc.constantFrom(-1, 0, 20) })
	},
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('consent' as const), debtor }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('send' as const, 'cancel' as const), debtor }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'threshold' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'day' as const }) }
);

/** Applies a change; answers the debtor it touched, if one. */
async function apply(w: World, c: Change, day: { value: string }): Promise<string | null> {
	const d = 'debtor' in c ? w.debtors[c.debtor] : null;
	switch (c.kind) {
		case 'pay': {
			const [open] = await w.db
				.select({ id: invoices.id, amountCents: invoices.amountCents, paidCents: invoices.paidCents })
				.from(invoices)
				.where(eq(invoices.debtorId, d!.id))
				.orderBy(asc(invoices.dueDate));
			if (!open || open.paidCents >= open.amountCents) return null;
			await recordPayment(w.db, w.orgId, null, {
				debtorId: d!.id,
				amountCents: open.amountCents - open.paidCents,
				paidOn: day.value,
				reference: '',
				invoiceId: open.id
			});
			return d!.id;
		}
		case 'invoice':
			await makeInvoice(w.db, w.orgId, d!.id, {
				issueDate: addDays(day.value, -c.daysAgo - 10),
				dueDate: addDays(day.value, -c.daysAgo),
				amountCents: 40_000
			});
			return d!.id;
		case 'group': {
			const left = await w.db
				.delete(debtorGroups)
				.where(eq(debtorGroups.debtorId, d!.id))
				.returning({ id: debtorGroups.debtorId });
			if (!left.length) await w.db.insert(debtorGroups).values({ debtorId: d!.id, groupId: w.groupId });
			return d!.id;
		}
		case 'pause': {
			const ended = await w.db
				.delete(debtorPauses)
				.where(eq(debtorPauses.debtorId, d!.id))
				.returning({ id: debtorPauses.debtorId });
			if (!ended.length)
				await w.db
					.insert(debtorPauses)
					.values({ debtorId: d!.id, organisationId: w.orgId, until: addDays(day.value, c.days) });
			return d!.id;
		}
		case 'consent': {
			const [contact] = await w.db.select().from(contacts).where(eq(contacts.id, d!.contactId));
			await w.db.update(contacts).set({ consentEmail: !contact.consentEmail }).where(eq(contacts.id, contact.id));
			return d!.id;
		}
		case 'send':
		case 'cancel': {
			const [reminder] = await waiting(w, d!.id);
			if (!reminder) return null;
			if (c.kind === 'send') await send(w, reminder.id, d!.contactId);
			else await w.db.update(reminders).set({ status: 'cancelled' }).where(eq(reminders.id, reminder.id));
			return d!.id;
		}
		case 'threshold': {
			const [standard] = await w.db.select().from(scenarios).where(eq(scenarios.id, w.standardId));
			await w.db
				.update(scenarios)
				.set({ minBalanceCents: standard.minBalanceCents ? 0 : 50_000 })
				.where(eq(scenarios.id, w.standardId));
			return null;
		}
		case 'day':
			day.value = addDays(day.value, 1);
			return null;
	}
}

describe('runs after random changes', () => {
	it('evaluate the debtors changed, and leave everybody as a full evaluation would', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
				async (rounds) => {
					w = await setUp(await freshDb());
					const day = { value: TODAY };
					const threshold = async () =>
						(await w.db.select().from(scenarios).where(eq(scenarios.id, w.standardId)))[0].minBalanceCents;
					await run(w, day.value);
					let before = { day: day.value, threshold: await threshold() };
					for (const round of rounds) {
						const touched = new Set<string>();
						for (const c of round) {
							const debtorId = await apply(w, c, day);
							if (debtorId) touched.add(debtorId);
						}
						const now = { day: day.value, threshold: await threshold() };
						const report = await run(w, day.value);
						// A threshold set back as it was is the same configuration: the run before vouches again.
						if (now.day !== before.day || now.threshold !== before.threshold) expect(report.evaluated).toBe(DEBTORS);
						else expect(report.evaluated).toBe(touched.size);
						expect(await leftToWrite(w, day.value)).toBe(0);
						expect((await run(w, day.value)).evaluated).toBe(0);
						before = now;
					}
				}
			),
			{ numRuns: 15 }
		);
	});
});
