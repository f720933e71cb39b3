import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db/open';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { startQueue } from '../../src/lib/server/queue';
import type { Database, Db } from '../../src/lib/server/db/types';

const MIGRATIONS = path.resolve('drizzle');
let shared: Promise<Database> | undefined;

/**
 * One migrated database per test worker: an in-memory PGlite by default, or, when
 * TEST_DATABASE_URL is set, a database of its own on that PostgreSQL server. Its job queue is
 * made as the app makes it when it starts: services write their jobs in their transactions.
 */
export function testDatabase(): Promise<Database> {
	shared ??= open().then(async (database) => {
		await (await startQueue(database, { supervise: false })).stop({ graceful: false });
		return database;
	});
	return shared;
}

async function open(): Promise<Database> {
	const base = process.env.TEST_DATABASE_URL;
	if (!base) {
		const database = await openDatabase({});
		await migrateDatabase(database, MIGRATIONS);
		return database;
	}
	// TEST_DB_PREFIX keeps two checkouts testing at once on one server out of each other's databases.
	const name = `relance_test_${process.env.TEST_DB_PREFIX ?? ''}${process.env.VITEST_POOL_ID ?? '0'}`;
	const admin = await openDatabase({ url: base, maxConnections: 1 });
	await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
	await admin.db.execute(sql.raw(`create database ${name}`));
	await admin.close();
	const url = new URL(base);
	url.pathname = `/${name}`;
	const database = await openDatabase({ url: url.toString(), maxConnections: 10 });
	await migrateDatabase(database, MIGRATIONS);
	return database;
}

/** The worker's database, emptied: every test starts from nothing. */
export async function freshDb(): Promise<Db> {
	const { db } = await testDatabase();
	const rows = await db.execute<{ tablename: string }>(
		sql`select tablename from pg_tables where schemaname = 'public'`
	);
	const tables = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { tablename: string }[];
	if (tables.length) await db.execute(sql.raw(`truncate ${tables.map((t) => `"${t.tablename}"`).join(', ')} cascade`));
	// Jobs left by an earlier test's queue would be worked before this test's own.
	const queue = await db.execute<{ job: string | null }>(sql`select to_regclass('pgboss.job')::text as job`);
	if (
		((Array.isArray(queue) ? queue : (queue as { rows: { job: string | null }[] }).rows)[0] as { job: string | null })
			.job
	)
		await db.execute(sql`delete from pgboss.job`);
	return db;
}
