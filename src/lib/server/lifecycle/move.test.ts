import { beforeEach, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { makeDebtor, makeOrganisation } from '../../../../tests/helpers/factories';
import { reminderEvents, reminders } from '../db/schema';
import type { Db } from '../db';
import { IllegalTransition, moveReminder, moveReminders } from './move';
import type { ReminderStatus } from './transitions';

let db: Db;
let org: { id: string };
let debtorId: string;

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db);
	debtorId = (await makeDebtor(db, org.id)).id;
});

async function reminder(status: ReminderStatus, extra: Partial<typeof reminders.$inferInsert> = {}) {
	const [row] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId,
			status,
			sendDate: '2026-12-01',
			shortDescription: status,
			requiresValidation: false,
			content: { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' },
			...extra
		})
		.returning();
	return row;
}

const rowOf = async (id: string) => (await db.select().from(reminders).where(eq(reminders.id, id)))[0];
const historyOf = (id: string) =>
	db
		.select({
			action: reminderEvents.action,
			from: reminderEvents.fromStatus,
			to: reminderEvents.toStatus,
			reason: reminderEvents.reason,
			actorId: reminderEvents.actorId
		})
		.from(reminderEvents)
		.where(eq(reminderEvents.reminderId, id))
		.orderBy(asc(reminderEvents.at));

describe('moving reminders', () => {
	it('moves a set in one go, each with its version, time and history line, and leaves those in other states', async () => {
		const due = await Promise.all([reminder('scheduled'), reminder('scheduled')]);
		const draft = await reminder('draft');
		const moved = await db.transaction((tx) =>
			moveReminders(tx, { ids: [...due, draft].map((r) => r.id), from: ['scheduled'], to: 'sending' })
		);

		expect(moved.map((r) => r.id).sort()).toEqual(due.map((r) => r.id).sort());
		for (const r of due) {
			const now = await rowOf(r.id);
			expect(now).toMatchObject({ status: 'sending', version: r.version + 1 });
			expect(now.updatedAt.getTime()).toBeGreaterThan(r.updatedAt.getTime());
			expect(await historyOf(r.id)).toEqual([
				{ action: 'sending', from: 'scheduled', to: 'sending', reason: '', actorId: null }
			]);
		}
		expect(await rowOf(draft.id)).toMatchObject({ status: 'draft', version: draft.version });
		expect(await historyOf(draft.id)).toEqual([]);
	});

	it('records the state each one came from, and the reason per reminder on it and in its history', async () => {
		const [a, b, sent] = await Promise.all([reminder('draft'), reminder('to_review'), reminder('sent')]);
		const reason = new Map([
			[a.id, 'a left'],
			[b.id, 'b left']
		]);
		const moved = await db.transaction((tx) =>
			moveReminders(tx, { ids: [a.id, b.id, sent.id], to: 'deleted', reason, reasonOnReminder: true })
		);

		expect(moved.map((r) => `${r.from}→${r.to}`).sort()).toEqual(['draft→deleted', 'to_review→deleted']);
		expect(await rowOf(a.id)).toMatchObject({ status: 'deleted', statusReason: 'a left' });
		expect(await historyOf(b.id)).toEqual([
			{ action: 'deleted', from: 'to_review', to: 'deleted', reason: 'b left', actorId: null }
		]);
		expect((await rowOf(sent.id)).status).toBe('sent');
	});

	it('picks the rows by a condition when no ids are given', async () => {
		const old = await reminder('scheduled', { sendDate: '2026-01-01' });
		const recent = await reminder('scheduled', { sendDate: '2026-12-01' });
		await db.transaction((tx) =>
			moveReminders(tx, { where: sql`${reminders.sendDate} < '2026-06-01'`, from: ['scheduled'], to: 'to_review' })
		);
		expect((await rowOf(old.id)).status).toBe('to_review');
		expect((await rowOf(recent.id)).status).toBe('scheduled');
	});

	it('refuses, before writing anything, a move the table forbids', async () => {
		const sent = await reminder('sent');
		await expect(
			db.transaction((tx) => moveReminders(tx, { ids: [sent.id], from: ['sent'], to: 'scheduled' }))
		).rejects.toThrow(IllegalTransition);
		await expect(db.transaction((tx) => moveReminder(tx, sent, 'cancelled'))).rejects.toThrow(IllegalTransition);
		expect(await rowOf(sent.id)).toMatchObject({ status: 'sent', version: sent.version });
	});

	it('leaves one reminder as it is when its version or state changed since it was read', async () => {
		const r = await reminder('pending_validation');
		await db
			.update(reminders)
			.set({ version: sql`${reminders.version} + 1` })
			.where(eq(reminders.id, r.id));
		expect(await db.transaction((tx) => moveReminder(tx, r, 'scheduled', { action: 'approved' }))).toBe(false);
		expect(await db.transaction((tx) => moveReminder(tx, { id: r.id, status: 'draft' }, 'scheduled'))).toBe(false);
		expect((await rowOf(r.id)).status).toBe('pending_validation');

		expect(
			await db.transaction((tx) =>
				moveReminder(tx, { ...r, version: r.version + 1 }, 'scheduled', { action: 'approved' })
			)
		).toBe(true);
		expect(await historyOf(r.id)).toEqual([
			{ action: 'approved', from: 'pending_validation', to: 'scheduled', reason: '', actorId: null }
		]);
	});

	it('lets an expression choose the new state per reminder, among those the move allows', async () => {
		const [good, bad] = await Promise.all([
			reminder('sending', { shortDescription: 'good' }),
			reminder('sending', { shortDescription: 'bad' })
		]);
		const value = sql`(case when ${reminders.shortDescription} = 'good' then 'sent' else 'failed' end)::reminder_status`;
		await db.transaction((tx) =>
			moveReminders(tx, { ids: [good.id, bad.id], from: ['sending'], to: { among: ['sent', 'failed'], value } })
		);
		expect((await rowOf(good.id)).status).toBe('sent');
		expect(await historyOf(bad.id)).toEqual([
			{ action: 'failed', from: 'sending', to: 'failed', reason: '', actorId: null }
		]);

		const other = await reminder('sending');
		const wrong = sql`'sent'::reminder_status`;
		await expect(
			db.transaction((tx) =>
				moveReminders(tx, { ids: [other.id], from: ['sending'], to: { among: ['failed'], value: wrong } })
			)
		).rejects.toThrow(IllegalTransition);
		expect((await rowOf(other.id)).status).toBe('sending');
	});

	it('is refused by the database too, whatever wrote the state', async () => {
		const sent = await reminder('sent');
		await expect(db.update(reminders).set({ status: 'scheduled' }).where(eq(reminders.id, sent.id))).rejects.toThrow();
		expect((await rowOf(sent.id)).status).toBe('sent');
	});
});
