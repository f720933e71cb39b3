import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from '../helpers/factories';
import { oneStepScenario } from '../helpers/scenarios';
import type { Db, DbOrTx } from '../../src/lib/server/db/types';
import {
	organisations,
	reminderEvents,
	reminderInvoices,
	reminderRecipients,
	reminders,
	scenarioReminders,
	scenarioRuns,
	syncChanges
} from '../../src/lib/server/db/schema';
import { rowsOf } from '../../src/lib/server/db/arrays';
import { runScenarios } from '../../src/lib/server/scenarios/run';
import { addDays } from '../../src/lib/server/scenarios/days';
import { todayIn } from '../../src/lib/dates';

const today = () => todayIn('Europe/Paris');

/** An organisation with a one-step scenario (oneStepScenario) and `n` debtors who each owe one invoice. */
async function organisationOwing(db: Db, n: number) {
	const org = await makeOrganisation(db);
	const { template } = await oneStepScenario(db, org.id);
	const debtorIds: string[] = [];
	for (let i = 0; i < n; i++) {
		const debtor = await makeDebtor(db, org.id, `Débiteur ${i}`);
		await makeContact(db, org.id, debtor.id);
		await makeInvoice(db, org.id, debtor.id, {
			issueDate: addDays(today(), -40),
			dueDate: addDays(today(), -30),
			amountCents: 60_000
		});
		debtorIds.push(debtor.id);
	}
	return { org, debtorIds: debtorIds.sort(), template };
}

/** Row versions written to the phones' change log: this transaction's so far on PostgreSQL (compare two). */
async function syncLogWrites(tx: DbOrTx) {
	const [row] = rowsOf<{ inserted: number; updated: number }>(
		await tx.execute(sql`select coalesce(sum(n_tup_ins), 0)::int as inserted, coalesce(sum(n_tup_upd), 0)::int as updated
			from pg_stat_xact_user_tables where relname = 'sync_changes'`)
	);
	return row;
}

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});

describe("a run's batches", () => {
	it('overlap, and the report still counts them all, in order', async () => {
		const { org, debtorIds } = await organisationOwing(db, 5);
		const progress: number[] = [];
		const report = await runScenarios(db, org.id, 'manual', {
			batchSize: 2,
			onProgress: async (n) => {
				progress.push(n);
			}
		});
		expect(report).toMatchObject({ debtors: 5, evaluated: 5, created: 5 });
		expect(progress).toEqual([2, 4, 5]);
		expect(report!.details.created.map((c) => c.debtorId)).toEqual(debtorIds);
		const made = await db.select({ debtorId: reminders.debtorId }).from(reminders);
		expect(made.map((r) => r.debtorId).sort()).toEqual(debtorIds);
	});

	it('a batch that fails ends the run once the batch beside it is over; the next run evaluates everyone', async () => {
		const { org, debtorIds } = await organisationOwing(db, 5);
		// The third debtor's reminder cannot be written: his batch, the second, rolls back.
		await db.execute(
			sql.raw(`create function h_refuse() returns trigger language plpgsql as $$
			begin if new.debtor_id = '${debtorIds[2]}' then raise exception 'refused'; end if; return new; end $$`)
		);
		await db.execute(sql`create trigger h_refuse before insert on reminders for each row execute function h_refuse()`);
		await expect(runScenarios(db, org.id, 'manual', { batchSize: 2 })).rejects.toThrow();
		// The first batch committed; the third, in flight beside the second, may have too. The
		// second wrote nothing, and the run is not finished: it vouches for no one.
		const made = (await db.select({ debtorId: reminders.debtorId }).from(reminders)).map((r) => r.debtorId);
		expect(made).toEqual(expect.arrayContaining(debtorIds.slice(0, 2)));
		expect(made).not.toContain(debtorIds[2]);
		expect(made).not.toContain(debtorIds[3]);
		const [run] = await db.select().from(scenarioRuns).where(eq(scenarioRuns.organisationId, org.id));
		expect(run.finishedAt).toBeNull();

		await db.execute(sql`drop trigger h_refuse on reminders`);
		const again = await runScenarios(db, org.id, 'manual', { batchSize: 2 });
		expect(again).toMatchObject({ debtors: 5, evaluated: 5, created: 5 - made.length });
		expect((await db.select().from(reminders)).length).toBe(5);
	});
});

describe("the phones' change log", () => {
	it('notes a reminder written with its recipients once, and a later change of its recipients again', async () => {
		const { org, debtorIds, template } = await organisationOwing(db, 1);
		const [contact] = await db.query.contacts.findMany();
		const reminderId = crypto.randomUUID();
		const txid = await db.transaction(async (tx) => {
			await tx.insert(reminders).values({
				id: reminderId,
				organisationId: org.id,
				debtorId: debtorIds[0],
				templateId: template.id,
				status: 'scheduled',
				sendDate: today(),
				shortDescription: 'Première relance',
				requiresValidation: false,
				content: { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' }
			});
			const noted = await syncLogWrites(tx);
			await tx.insert(reminderRecipients).values({ reminderId, contactId: contact.id, channels: ['email'] });
			// The recipients' statement found the reminder noted by this transaction: no second version.
			expect(await syncLogWrites(tx)).toEqual(noted);
			const [row] = rowsOf<{ txid: string }>(await tx.execute(sql`select pg_current_xact_id()::text as txid`));
			return row.txid;
		});
		const [note] = await db.select().from(syncChanges).where(eq(syncChanges.entityId, reminderId));
		expect(note).toMatchObject({ kind: 'reminder', organisationId: org.id, txid: Number(txid) });

		await db.transaction(async (tx) => {
			const before = await syncLogWrites(tx);
			await tx
				.update(reminderRecipients)
				.set({ channels: ['email', 'letter'] })
				.where(eq(reminderRecipients.reminderId, reminderId));
			expect(await syncLogWrites(tx)).toEqual({ inserted: before.inserted, updated: before.updated + 1 });
		});
		const [later] = await db.select().from(syncChanges).where(eq(syncChanges.entityId, reminderId));
		expect(later.txid).toBeGreaterThan(note.txid);
	});
});

describe('deleting an organisation', () => {
	it("deletes its reminders with everything they hold, through its debtors, and nothing of another's", async () => {
		const { org } = await organisationOwing(db, 2);
		const other = await organisationOwing(db, 1);
		await runScenarios(db, org.id, 'manual');
		await runScenarios(db, other.org.id, 'manual');
		await db.delete(organisations).where(eq(organisations.id, org.id));
		const left = async () =>
			Promise.all(
				[reminders, reminderRecipients, reminderInvoices, scenarioReminders, reminderEvents].map(
					async (table) => (await db.select().from(table)).length
				)
			);
		expect(await left()).toEqual([1, 1, 1, 1, 1]);
		const [reminder] = await db.select().from(reminders);
		expect(reminder.organisationId).toBe(other.org.id);
	});
});
