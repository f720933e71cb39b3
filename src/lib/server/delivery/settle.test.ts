import { beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from '../../../../tests/helpers/factories';
import {
	deliveries,
	invoices,
	reminderEvents,
	reminderInvoices,
	reminders,
	scenarioReminders,
	scenarios
} from '../db/schema';
import { settleReminders } from './settle';
import type { Db } from '../db/types';

let db: Db;
let org: { id: string };
let debtorId: string;
let contactId: string;
let scenarioId: string | undefined;

const content = {
	emailSubject: 'Relance',
	emailHeader: '',
	emailBody: 'Bonjour',
	emailFooter: '',
	smsText: '',
	letterBody: ''
};

/** A reminder on its way, covering `invoiceIds`, with one delivery per given status. */
async function sending(invoiceIds: string[], deliveryStatuses: ('sent' | 'failed' | 'queued')[], tag?: string) {
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId,
			status: 'sending',
			sendDate: '2026-11-24',
			shortDescription: 'Relance',
			requiresValidation: false,
			content
		})
		.returning();
	if (invoiceIds.length)
		await db.insert(reminderInvoices).values(invoiceIds.map((invoiceId) => ({ reminderId: reminder.id, invoiceId })));
	const channels = ['email', 'sms', 'letter'];
	for (const [i, status] of deliveryStatuses.entries())
		await db
			.insert(deliveries)
			.values({ organisationId: org.id, reminderId: reminder.id, contactId, channel: channels[i], status });
	if (tag !== undefined) {
		scenarioId ??= (await db.insert(scenarios).values({ organisationId: org.id, name: 'Standard' }).returning())[0].id;
		await db.insert(scenarioReminders).values({ reminderId: reminder.id, scenarioId, stepPosition: 1, tag });
	}
	return reminder.id;
}

const statusOf = async (ids: string[]) =>
	Object.fromEntries(
		(
			await db.select({ id: reminders.id, status: reminders.status }).from(reminders).where(inArray(reminders.id, ids))
		).map((r) => [r.id, r.status])
	);

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Settle');
	debtorId = (await makeDebtor(db, org.id, 'Durand')).id;
	contactId = (await makeContact(db, org.id, debtorId)).id;
	scenarioId = undefined;
});

describe('settling reminders', () => {
	it('moves each reminder by its deliveries: sent if one left, failed if none did, untouched while one is on its way', async () => {
		const left = await sending([], ['sent', 'failed']);
		const none = await sending([], ['failed']);
		const waiting = await sending([], ['sent', 'queued']);
		await db.transaction((tx) => settleReminders(tx, [left, none, waiting]));
		expect(await statusOf([left, none, waiting])).toEqual({ [left]: 'sent', [none]: 'failed', [waiting]: 'sending' });
		const events = await db
			.select({ reminderId: reminderEvents.reminderId, action: reminderEvents.action })
			.from(reminderEvents);
		expect(events.sort((a, b) => a.action.localeCompare(b.action))).toEqual([
			{ reminderId: none, action: 'failed' },
			{ reminderId: left, action: 'sent' }
		]);
		const [sentRow] = await db.select().from(reminders).where(eq(reminders.id, left));
		expect(sentRow.sentAt).not.toBeNull();
		expect(sentRow.version).toBe(2);
	});

	it('raises an invoice once for the reminders of one batch, keeps each step’s tag, and leaves a paid invoice alone', async () => {
		const shared = await makeInvoice(db, org.id, debtorId);
		const paid = await makeInvoice(db, org.id, debtorId, { number: 'F-PAYEE', amountCents: 10_000, paidCents: 10_000 });
		const first = await sending([shared.id, paid.id], ['sent'], 'Relance 1');
		const second = await sending([shared.id], ['sent'], 'Relance 2');
		await db.transaction((tx) => settleReminders(tx, [first, second]));

		const [raised] = await db.select().from(invoices).where(eq(invoices.id, shared.id));
		expect(raised.reminderLevel).toBe(1);
		expect(raised.lastReminderAt).not.toBeNull();
		// Both steps' tags, where an UPDATE … FROM with one row per tag kept only one of them.
		expect([...raised.tags].sort()).toEqual(['Relance 1', 'Relance 2']);
		const [untouched] = await db.select().from(invoices).where(eq(invoices.id, paid.id));
		expect(untouched).toMatchObject({ reminderLevel: 0, tags: [] });
		const levels = await db
			.select({ invoiceId: reminderInvoices.invoiceId, level: reminderInvoices.levelAtSend })
			.from(reminderInvoices)
			.where(eq(reminderInvoices.reminderId, first));
		expect(Object.fromEntries(levels.map((l) => [l.invoiceId, l.level]))).toEqual({ [shared.id]: 1, [paid.id]: 0 });

		// Settling again changes nothing: the reminders have left 'sending'.
		await db.transaction((tx) => settleReminders(tx, [first, second]));
		const [again] = await db.select().from(invoices).where(eq(invoices.id, shared.id));
		expect(again.reminderLevel).toBe(1);
		expect(again.tags).toHaveLength(2);
	});
});
