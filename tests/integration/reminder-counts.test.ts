import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeDebtor, makeOrganisation } from '../helpers/factories';
import { organisations, reminderCounts, reminders } from '../../src/lib/server/db/schema';
import { rowsOf } from '../../src/lib/server/db/arrays';
import { foldReminderCounts } from '../../src/lib/server/reminders/counts';
import { listReminders } from '../../src/lib/server/reminders/queries';
import type { ReminderStatus } from '../../src/lib/server/lifecycle/transitions';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
const content = { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: '', letterBody: '' };

beforeEach(async () => {
	db = await freshDb();
});

function reminder(organisationId: string, debtorId: string, status: ReminderStatus, shortDescription: string) {
	return {
		organisationId,
		debtorId,
		status,
		sendDate: '2026-12-20',
		shortDescription,
		requiresValidation: status === 'pending_validation',
		content
	};
}

/** What counting the reminders themselves says, state by state. */
async function counted(organisationId: string) {
	const rows = rowsOf<{ status: string; n: number }>(
		await db.execute(
			sql`select status::text, count(*)::int as n from reminders where organisation_id = ${organisationId} group by 1`
		)
	);
	return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** What the count lines add up to, state by state. */
async function lines(organisationId: string) {
	const rows = rowsOf<{ status: string; n: number; lines: number }>(
		await db.execute(sql`select status::text, sum(n)::int as n, count(*)::int as lines from reminder_counts
			where organisation_id = ${organisationId} group by 1 having sum(n) <> 0`)
	);
	return {
		sums: Object.fromEntries(rows.map((r) => [r.status, r.n])),
		lines: rows.reduce((a, r) => a + r.lines, 0)
	};
}

describe('the reminders counted per state', () => {
	it('adds up to the reminders in each state through writes, moves and deletions; a fold keeps the sums', async () => {
		const a = await makeOrganisation(db, 'Agence A');
		const b = await makeOrganisation(db, 'Agence B');
		const da = await makeDebtor(db, a.id, 'Durand');
		const db2 = await makeDebtor(db, b.id, 'Martin');

		const written = await db
			.insert(reminders)
			.values([
				reminder(a.id, da.id, 'pending_validation', 'p1'),
				reminder(a.id, da.id, 'pending_validation', 'p2'),
				reminder(a.id, da.id, 'pending_validation', 'p3'),
				reminder(a.id, da.id, 'scheduled', 's1'),
				reminder(b.id, db2.id, 'scheduled', 'b1')
			])
			.returning({ id: reminders.id, shortDescription: reminders.shortDescription });
		const id = (name: string) => written.find((r) => r.shortDescription === name)!.id;
		expect((await lines(a.id)).sums).toEqual({ pending_validation: 3, scheduled: 1 });
		expect((await lines(b.id)).sums).toEqual({ scheduled: 1 });

		await db
			.update(reminders)
			.set({ status: 'scheduled' })
			.where(inArray(reminders.id, [id('p1'), id('p2')]));
		const before = (await lines(a.id)).lines;
		// An edit that moves nothing between states writes no line.
		await db
			.update(reminders)
			.set({ shortDescription: 'p3, reworded' })
			.where(eq(reminders.id, id('p3')));
		expect((await lines(a.id)).lines).toBe(before);
		await db
			.update(reminders)
			.set({ status: 'cancelled' })
			.where(eq(reminders.id, id('s1')));
		await db.delete(reminders).where(and(eq(reminders.organisationId, a.id), eq(reminders.shortDescription, 'p1')));

		const expected = { pending_validation: 1, scheduled: 1, cancelled: 1 };
		expect(await counted(a.id)).toEqual(expected);
		expect((await lines(a.id)).sums).toEqual(expected);
		expect((await lines(a.id)).lines).toBeGreaterThan(3);

		expect((await foldReminderCounts(db)).folded).toBeGreaterThan(0);
		expect(await lines(a.id)).toEqual({ sums: expected, lines: 3 });
		expect(await lines(b.id)).toEqual({ sums: { scheduled: 1 }, lines: 1 });
		expect((await foldReminderCounts(db)).folded).toBe(0);

		// An organisation deleted takes its reminders along; the fold then drops its lines.
		await db.delete(organisations).where(eq(organisations.id, b.id));
		expect((await lines(b.id)).sums).toEqual({});
		await foldReminderCounts(db);
		expect(await db.select().from(reminderCounts).where(eq(reminderCounts.organisationId, b.id))).toEqual([]);
		expect(await lines(a.id)).toEqual({ sums: expected, lines: 3 });
	});

	it('gives the lists their counts: the lines unfiltered, the filtered reminders otherwise', async () => {
		const org = await makeOrganisation(db);
		const durand = await makeDebtor(db, org.id, 'Durand');
		const martin = await makeDebtor(db, org.id, 'Martin');
		await db
			.insert(reminders)
			.values([
				reminder(org.id, durand.id, 'pending_validation', 'd1'),
				reminder(org.id, durand.id, 'scheduled', 'd2'),
				reminder(org.id, martin.id, 'scheduled', 'm1'),
				reminder(org.id, martin.id, 'scheduled', 'm2')
			]);
		await db.update(reminders).set({ status: 'cancelled' }).where(eq(reminders.shortDescription, 'm2'));

		const all = await listReminders(db, org.id, {});
		expect(all.byStatus).toEqual({ pending_validation: 1, scheduled: 2, cancelled: 1 });
		expect(all.total).toBe(4);
		const scheduled = await listReminders(db, org.id, { status: 'scheduled' });
		expect(scheduled.byStatus).toEqual(all.byStatus);
		expect(scheduled.total).toBe(2);
		expect(scheduled.rows.map((r) => r.shortDescription).sort()).toEqual(['d2', 'm1']);
		const martins = await listReminders(db, org.id, { debtorId: martin.id });
		expect(martins.byStatus).toEqual({ scheduled: 1, cancelled: 1 });
		const searched = await listReminders(db, org.id, { q: 'Dur' });
		expect(searched.byStatus).toEqual({ pending_validation: 1, scheduled: 1 });
	});
});
