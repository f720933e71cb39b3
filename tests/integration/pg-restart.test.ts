import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db/open';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { rowsOf } from '../../src/lib/server/db/arrays';
import { m } from '../../src/lib/paraglide/messages';
import { debtors } from '../../src/lib/server/db/schema';
import type { Database, Db } from '../../src/lib/server/db/types';
import { importBytes } from '../../src/lib/server/imports/service';
import { makeOrganisation } from '../helpers/factories';
import { dueReminders, expectEachSentOnce, sendingAppEnv, waitUntilSettled } from '../helpers/deliveries';
import { startAppProcess, type AppProcess } from '../helpers/app-process';
import { startPrivatePostgres, type PrivatePostgres } from '../helpers/private-postgres';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';

/**
 * The database server restarted under the app (`pg_ctl restart -m fast`: every connection cut
 * mid-statement). A server of the test's own, never the shared one; in CI's PostgreSQL pass.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL restarted under the app', () => {
	let server: PrivatePostgres;
	let database: Database;
	let db: Db;

	beforeAll(async () => {
		server = await startPrivatePostgres();
		database = await openDatabase({ url: server.url, maxConnections: 4 });
		await migrateDatabase(database, 'drizzle');
		db = database.db;
	}, 180_000);
	afterAll(async () => {
		await database?.close().catch(() => undefined);
		await server?.stop();
	});

	async function until(what: string, condition: () => Promise<boolean>, timeoutMs: number) {
		const deadline = Date.now() + timeoutMs;
		while (!(await condition().catch(() => false))) {
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
			await new Promise((r) => setTimeout(r, 20));
		}
	}

	describe('in the middle of a scheduler pass and its sending', () => {
		let resend: FakeResend;
		let vonage: FakeVonage;
		let app: AppProcess | undefined;

		beforeAll(async () => {
			[resend, vonage] = await Promise.all([startFakeResend({ light: true }), startFakeVonage()]);
		});
		afterAll(async () => {
			await app?.kill();
			await Promise.all([resend?.close(), vonage?.close()]);
		});

		it('2,500 reminders: the app reconnects by itself and each email leaves once', async () => {
			await dueReminders(db, 2_500);
			app = await startAppProcess(sendingAppEnv(server.url, resend, vonage));
			// Mid-pass: deliveries made and some sent, not all.
			await until('the first emails', async () => resend.delivered.length >= 100, 120_000);
			const before = resend.delivered.length;
			await server.restart();
			expect(before).toBeLessThan(2_500);

			const settled = await waitUntilSettled(db, 240_000);
			expect(app.child.exitCode, app.output().slice(-3000)).toBeNull();
			expect(settled.open).toBe(0);
			await expectEachSentOnce(db, resend, vonage, 2_500);
			expect(resend.delivered.length).toBeGreaterThan(before);
		}, 400_000);
	});

	describe('in the middle of an import', () => {
		const ROWS = 20_000;
		const file = new TextEncoder().encode(
			'Compte;Nom\n' + Array.from({ length: ROWS }, (_, i) => `D${i};Nom ${i}\n`).join('')
		);

		it('20,000 debtors: refused whole with the cause, nothing half written; the retry imports them all, once', async () => {
			const org = await makeOrganisation(db);
			const count = async () =>
				(
					await db
						.select({ n: sql<number>`count(*)::int` })
						.from(debtors)
						.where(eq(debtors.organisationId, org.id))
				)[0].n;

			// A row of the file held by another, open transaction: the import writes the chunks
			// before it, then waits on it; that is when the server restarts.
			const blocker = await openDatabase({ url: server.url, maxConnections: 1 });
			const held = blocker.db
				.transaction(async (tx) => {
					await tx.insert(debtors).values({ organisationId: org.id, accountNumber: `D${ROWS - 100}`, name: 'tenu' });
					await tx.execute(sql`select pg_sleep(600)`);
				})
				.catch(() => undefined);
			await until(
				'the blocking row',
				async () =>
					rowsOf(
						await db.execute(
							sql`select 1 from pg_locks where mode = 'RowExclusiveLock' and relation = 'debtors'::regclass`
						)
					).length > 0,
				60_000
			);

			const importing = importBytes(db, org.id, 'debtors', file);
			const waiting = sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into "debtors"%'`;
			await until(
				'the import waiting on the held row',
				async () => rowsOf<{ n: number }>(await db.execute(waiting))[0].n > 0,
				120_000
			);
			await server.restart();
			const interrupted = await importing;
			await held;
			await blocker.close().catch(() => undefined);

			expect(await count()).toBe(0);
			// The person is told why, and that nothing was written: the transaction never committed.
			expect(interrupted).toEqual({
				ok: false,
				fileError: m.imports_error_interrupted({}, { locale: 'fr' }),
				errors: []
			});

			const retry = await importBytes(db, org.id, 'debtors', file);
			expect(retry).toMatchObject({ ok: true, counts: { created: ROWS, updated: 0, unchanged: 0 } });
			expect(await count()).toBe(ROWS);
			const again = await importBytes(db, org.id, 'debtors', file);
			expect(again).toMatchObject({ ok: true, counts: { created: 0, updated: 0, unchanged: ROWS } });
			expect(await count()).toBe(ROWS);
			expect(
				(
					await db
						.select()
						.from(debtors)
						.where(and(eq(debtors.organisationId, org.id), eq(debtors.accountNumber, `D${ROWS - 100}`)))
				)[0].name
			).toBe(`Nom ${ROWS - 100}`);
		}, 300_000);
	});
});
