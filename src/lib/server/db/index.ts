import { mkdir } from 'node:fs/promises';
import { config } from '../config';
import { openDatabase } from './open';
import { migrateDatabase } from './migrate';
import { refreshStatistics } from './statistics';
import type { Database } from './types';

export type { Db, Tx, DbOrTx, Database } from './types';
export * as tables from './schema';

let current: Promise<Database> | undefined;

/**
 * Tests that run the built app in their own process hand it their database here, so the app
 * and the test share one real PGlite (which a second process could not open).
 */
export const INJECTED_DATABASE = Symbol.for('relance.database');

/**
 * The process-wide database, opened and migrated on first use. Nothing calls it at import
 * time, so `vite build` never opens a connection.
 */
export function database(): Promise<Database> {
	const injected = (globalThis as { [INJECTED_DATABASE]?: Database })[INJECTED_DATABASE];
	if (injected) return Promise.resolve(injected);
	current ??= start().catch((error) => {
		current = undefined;
		throw error;
	});
	return current;
}

async function start(): Promise<Database> {
	const url = config.databaseUrl;
	if (!url) await mkdir(config.pgliteDataDir, { recursive: true });
	const db = await openDatabase({
		url,
		dataDir: url ? undefined : config.pgliteDataDir,
		maxConnections: config.databasePoolSize
	});
	await migrateDatabase(db, config.migrationsDir);
	await refreshStatistics(db);
	return db;
}
