import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from '../../../../tests/helpers/factories';
import {
	deliveries,
	organisations,
	reminderEvents,
	reminderRecipients,
	reminders,
	schedulerPasses
} from '../db/schema';
import type { Db } from '../db';
import { runPass } from './scheduler';
import { insideSendingHours, localTime, nextOpening } from './sending-hours';
import { readStoredText } from '$lib/stored-text';

const PARIS = { timezone: 'Europe/Paris', sendingDays: [1, 2, 3, 4, 5], sendingStart: '09:00', sendingEnd: '18:00' };
// Monday 23 November 2026: Paris is UTC+1.
const at = (isoLocal: string) => new Date(`${isoLocal}+01:00`);

describe('sending hours', () => {
	it('opens at 09:00 and closes at 18:00, Paris time, on working days', () => {
		expect(insideSendingHours(at('2026-11-23T08:59'), PARIS)).toBe(false);
		expect(insideSendingHours(at('2026-11-23T09:00'), PARIS)).toBe(true);
		expect(insideSendingHours(at('2026-11-23T17:59'), PARIS)).toBe(true);
		expect(insideSendingHours(at('2026-11-23T18:00'), PARIS)).toBe(false);
		expect(insideSendingHours(at('2026-11-28T10:00'), PARIS)).toBe(false);
	});

	it('follows the organisation’s time zone, summer time included', () => {
		expect(localTime(new Date('2026-07-01T07:30:00Z'), 'Europe/Paris')).toEqual({
			isoDay: '2026-07-01',
			weekday: 3,
			hhmm: '09:30'
		});
		expect(insideSendingHours(new Date('2026-11-23T07:30:00Z'), { ...PARIS, timezone: 'Indian/Reunion' })).toBe(true);
		expect(insideSendingHours(new Date('2026-11-23T07:30:00Z'), PARIS)).toBe(false);
	});
});

describe('a scheduler pass', () => {
	let db: Db;
	let org: { id: string };
	let contactId: string;
	let debtorId: string;
	const enqueued: string[] = [];
	const enqueue = async (_tx: unknown, ids: string[]) => void enqueued.push(...ids);

	beforeEach(async () => {
		db = await freshDb();
		enqueued.length = 0;
		org = await makeOrganisation(db);
		debtorId = (await makeDebtor(db, org.id)).id;
		contactId = (await makeContact(db, org.id, debtorId)).id;
		// He owes something: a reminder for a debtor who owes nothing would be withdrawn (guard.ts).
		await makeInvoice(db, org.id, debtorId);
	});

	async function reminder(
		sendDate: string,
		channels: string[] = ['email'],
		extra: Partial<typeof reminders.$inferInsert> = {}
	) {
		const [row] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId,
				status: 'scheduled',
				sendDate,
				shortDescription: 'Relance',
				requiresValidation: false,
				content: { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: 't', letterBody: 'l' },
				...extra
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: row.id, contactId, channels });
		return row;
	}
	const statusOf = async (id: string) => (await db.select().from(reminders).where(eq(reminders.id, id)))[0].status;

	it('leaves a reminder due at 07:00 until the window opens at 09:00', async () => {
		const r = await reminder('2026-11-23');
		await runPass(db, { trigger: 'interval', enqueue, at: at('2026-11-23T07:00') });
		expect(await statusOf(r.id)).toBe('scheduled');
		expect(enqueued).toEqual([]);
		await runPass(db, { trigger: 'interval', enqueue, at: at('2026-11-23T09:00') });
		expect(await statusOf(r.id)).toBe('sending');
		expect(enqueued).toHaveLength(1);
	});

	it('sends an immediate reminder outside the hours, and a future one not at all', async () => {
		const now = await reminder('2026-11-23', ['email'], { immediate: true });
		const later = await reminder('2026-11-30');
		await runPass(db, { trigger: 'interval', enqueue, at: at('2026-11-23T22:00') });
		expect(await statusOf(now.id)).toBe('sending');
		expect(await statusOf(later.id)).toBe('scheduled');
	});

	it('sets aside a reminder older than the staleness limit, with the reason in its history', async () => {
		const stale = await reminder('2026-11-13');
		const late = await reminder('2026-11-18');
		await runPass(db, { trigger: 'interval', enqueue, at: at('2026-11-23T10:00') });
		expect(await statusOf(stale.id)).toBe('to_review');
		expect(await statusOf(late.id)).toBe('sending');
		const [event] = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, stale.id));
		expect(event).toMatchObject({ action: 'to_review', toStatus: 'to_review' });
		expect(readStoredText(event.reason, 'fr')).toMatch(/à revoir/);
		await db.update(organisations).set({ staleAfterDays: 30 });
		const older = await reminder('2026-11-01');
		await runPass(db, { trigger: 'interval', enqueue, at: at('2026-11-23T10:00') });
		expect(await statusOf(older.id)).toBe('sending');
	});

	it('makes one delivery per recipient and channel; letters wait to be printed; a second pass adds nothing', async () => {
		const r = await reminder('2026-11-23', ['email', 'sms', 'letter']);
		const [report] = await runPass(db, { trigger: 'manual', enqueue, at: at('2026-11-23T10:00') });
		expect(report).toMatchObject({ reminders: 1, deliveries: 3, byChannel: { email: 1, sms: 1, letter: 1 } });
		const rows = await db.select().from(deliveries).where(eq(deliveries.reminderId, r.id));
		expect(rows.map((d) => `${d.channel}:${d.status}`).sort()).toEqual([
			'email:queued',
			'letter:to_print',
			'sms:queued'
		]);
		expect(enqueued.sort()).toEqual(
			rows
				.filter((d) => d.channel !== 'letter')
				.map((d) => d.id)
				.sort()
		);
		// Failed, then scheduled again by a person: its deliveries stay the ones it has.
		await db.update(reminders).set({ status: 'failed' });
		await db.update(reminders).set({ status: 'scheduled' });
		const [again] = await runPass(db, { trigger: 'manual', enqueue, at: at('2026-11-23T10:05') });
		expect(again.deliveries).toBe(0);
		expect(await db.select().from(deliveries)).toHaveLength(3);
		expect(await db.select().from(schedulerPasses)).toHaveLength(2);
	});

	it('"Tout envoyer" ignores the hours for today\'s list', async () => {
		const r = await reminder('2026-11-23');
		await runPass(db, {
			trigger: 'manual',
			enqueue,
			ignoreHours: true,
			organisationId: org.id,
			at: at('2026-11-23T20:00')
		});
		expect(await statusOf(r.id)).toBe('sending');
	});

	it('two passes at once claim every reminder once, in small batches', async () => {
		for (let i = 0; i < 60; i++) await reminder('2026-11-23', ['email', 'sms']);
		const options = { trigger: 'interval' as const, enqueue, at: at('2026-11-23T10:00'), batchSize: 7 };
		const reports = (await Promise.all([runPass(db, options), runPass(db, options)])).flat();
		expect(reports.reduce((n, r) => n + r.reminders, 0)).toBe(60);
		expect(reports.reduce((n, r) => n + r.deliveries, 0)).toBe(120);
		expect(await db.select().from(deliveries)).toHaveLength(120);
		expect(new Set(enqueued).size).toBe(120);
		expect(enqueued).toHaveLength(120);
	});

	describe('on public holidays', () => {
		const paris = (isoLocal: string, offset = '+01:00') => new Date(`${isoLocal}${offset}`);
		const sends = async (sendDate: string, instant: Date) => {
			const r = await reminder(sendDate);
			await runPass(db, { trigger: 'interval', enqueue, at: instant });
			const left = (await statusOf(r.id)) === 'sending';
			await db
				.update(reminders)
				.set({ status: left ? 'failed' : 'cancelled' })
				.where(eq(reminders.id, r.id));
			return left;
		};

		it('sends nothing on Christmas, Labour Day or Easter Monday, all weekdays, and sends on an ordinary weekday', async () => {
			expect(await sends('2026-12-25', paris('2026-12-25T10:00'))).toBe(false);
			expect(await sends('2026-05-01', paris('2026-05-01T10:00', '+02:00'))).toBe(false);
			expect(await sends('2027-03-29', paris('2027-03-29T10:00', '+02:00'))).toBe(false);
			expect(await sends('2026-12-29', paris('2026-12-29T10:00'))).toBe(true);
			expect(enqueued).toHaveLength(1);
		});

		it('keeps Good Friday a sending day except in Alsace-Moselle', async () => {
			// Tuesday 26 December 2028: St Stephen's Day, a holiday in Alsace-Moselle only, too.
			expect(await sends('2027-03-26', paris('2027-03-26T10:00'))).toBe(true);
			expect(await sends('2028-12-26', paris('2028-12-26T10:00'))).toBe(true);
			await db.update(organisations).set({ holidayRegion: '57' });
			expect(await sends('2027-03-26', paris('2027-03-26T10:00'))).toBe(false);
			expect(await sends('2028-12-26', paris('2028-12-26T10:00'))).toBe(false);
		});

		it('sends a reminder due on a holiday at the opening of the next window, not a minute before', async () => {
			const r = await reminder('2026-12-25');
			await runPass(db, { trigger: 'interval', enqueue, at: paris('2026-12-25T10:00') });
			await runPass(db, { trigger: 'interval', enqueue, at: paris('2026-12-28T08:59') });
			expect(await statusOf(r.id)).toBe('scheduled');
			await runPass(db, { trigger: 'interval', enqueue, at: paris('2026-12-28T09:00') });
			expect(await statusOf(r.id)).toBe('sending');
		});

		it('sends on a holiday when the organisation turned the rule off', async () => {
			await db.update(organisations).set({ skipHolidays: false });
			expect(await sends('2026-12-25', paris('2026-12-25T10:00'))).toBe(true);
		});

		it('knows when the window opens next', () => {
			const fr = { ...PARIS, country: 'FR', holidayRegion: '', skipHolidays: true };
			expect(nextOpening(paris('2026-12-25T10:00'), fr)).toEqual({
				isoDay: '2026-12-28',
				hhmm: '09:00',
				closed: { kind: 'holiday', name: 'Noël' }
			});
			expect(nextOpening(paris('2026-12-24T07:00'), fr)).toEqual({
				isoDay: '2026-12-24',
				hhmm: '09:00',
				closed: { kind: 'hours' }
			});
			expect(nextOpening(paris('2026-12-24T18:30'), fr)).toMatchObject({ isoDay: '2026-12-28' });
			expect(nextOpening(paris('2026-12-24T18:30'), { ...fr, skipHolidays: false })).toMatchObject({
				isoDay: '2026-12-25'
			});
			expect(nextOpening(paris('2026-12-24T10:00'), fr)).toBeNull();
		});
	});
});
