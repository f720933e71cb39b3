import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startPgliteThread, type PgliteClient } from './pglite-thread';
import { openDatabase } from './open';
import { rowsOf } from './arrays';
import { violates } from '../debtors/unique';

describe('PGlite on its own thread', () => {
	let client: PgliteClient;

	beforeAll(async () => {
		client = await startPgliteThread('memory://');
		await client.exec(`create table items (id int primary key, label text not null, at timestamptz not null default now());
			create unique index items_label_idx on items (label)`);
	}, 30_000);
	afterAll(() => client.close());

	it('answers queries with their parameters, as objects or as arrays', async () => {
		await client.query('insert into items (id, label) values ($1, $2), ($3, $4)', [1, 'un', 2, 'deux']);
		const objects = await client.query<{ id: number; label: string }>('select id, label from items where id = any($1) order by id', [[1, 2]]);
		expect(objects.rows).toEqual([
			{ id: 1, label: 'un' },
			{ id: 2, label: 'deux' }
		]);
		const arrays = await client.query<unknown[]>('select id, label from items where id = $1', [2], { rowMode: 'array' });
		expect(arrays.rows).toEqual([[2, 'deux']]);
		await client.query('delete from items');
	});

	it('applies the caller’s parsers on this side (functions cannot cross threads)', async () => {
		const TIMESTAMPTZ = 1184;
		const parsed = await client.query<{ at: unknown }>(`select '2026-11-24 10:00:00+00'::timestamptz as at`, [], {
			parsers: { [TIMESTAMPTZ]: (value: string) => `kept as text: ${value}` }
		});
		expect(parsed.rows[0].at).toMatch(/^kept as text: 2026-11-24 1\d:00:00/);
		const plain = await client.query<{ at: unknown }>(`select '2026-11-24 10:00:00+00'::timestamptz as at`);
		expect(plain.rows[0].at).toBeInstanceOf(Date);
	});

	it('commits a transaction’s statements together, and rolls all of them back when it throws', async () => {
		await client.transaction(async (tx) => {
			await tx.query('insert into items (id, label) values (10, $1)', ['dix']);
			await tx.query('insert into items (id, label) values (11, $1)', ['onze']);
		});
		await expect(
			client.transaction(async (tx) => {
				await tx.query('insert into items (id, label) values (12, $1)', ['douze']);
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		await client.transaction(async (tx) => {
			await tx.query('insert into items (id, label) values (13, $1)', ['treize']);
			await tx.rollback();
			expect(tx.closed).toBe(true);
		});
		const ids = await client.query<{ id: number }>('select id from items where id >= 10 order by id');
		expect(ids.rows.map((r) => r.id)).toEqual([10, 11]);
	});

	it('makes a query from outside wait for the open transaction, then see its work', async () => {
		let outsideSaw: number[] | undefined;
		await client.transaction(async (tx) => {
			await tx.query('insert into items (id, label) values (20, $1)', ['vingt']);
			void client.query<{ id: number }>('select id from items where id = 20').then((r) => (outsideSaw = r.rows.map((x) => x.id)));
			await new Promise((resolve) => setTimeout(resolve, 50));
			expect(outsideSaw).toBeUndefined();
			await tx.query('update items set label = $1 where id = 20', ['XX']);
		});
		await expect.poll(() => outsideSaw).toEqual([20]);
	});

	it('brings PostgreSQL’s error fields back (code, constraint), as drizzle and our checks read them', async () => {
		await client.query(`insert into items (id, label) values (30, 'trente')`);
		const failure = await client.query(`insert into items (id, label) values (31, 'trente')`).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(Error);
		expect(failure).toMatchObject({ code: '23505', constraint: 'items_label_idx' });
		expect(violates(failure, 'items_label_idx')).toBe(true);
		// The thread goes on answering after an error.
		expect((await client.query<{ n: number }>('select count(*)::int as n from items where id = 30')).rows[0].n).toBe(1);
	});

	it('leaves this thread free while the database works', async () => {
		let ticks = 0;
		const timer = setInterval(() => ticks++, 5);
		try {
			await client.query('select count(*) from generate_series(1, 3000000) g where g % 7 = 0');
		} finally {
			clearInterval(timer);
		}
		// On this thread, PGlite's WebAssembly would hold the event loop for the whole query.
		expect(ticks).toBeGreaterThan(3);
	});

	it('serves drizzle, which the whole app goes through', async () => {
		const database = await openDatabase({});
		try {
			const rows = rowsOf<{ n: number; day: string }>(await database.db.execute(sql`select ${41}::int + 1 as n, '2026-11-24'::date as day`));
			expect(rows).toEqual([{ n: 42, day: '2026-11-24' }]);
			await expect(database.db.transaction(async (tx) => {
				await tx.execute(sql`create table t (x int)`);
				tx.rollback();
			})).rejects.toThrow();
			expect(rowsOf<{ t: string | null }>(await database.db.execute(sql`select to_regclass('t')::text as t`))[0].t).toBeNull();
		} finally {
			await database.close();
		}
	}, 30_000);

	it('refuses calls once closed, with a clear error', async () => {
		const short = await startPgliteThread('memory://');
		await short.close();
		await expect(short.query('select 1')).rejects.toThrow(/PGlite thread was closed/);
	}, 30_000);
});
