import type { PGlite } from '@electric-sql/pglite';
import * as schema from './schema';
import type { Database, Db } from './types';

export interface OpenOptions {
	/** postgres://… : use postgres.js; otherwise embedded PGlite. */
	url?: string;
	dataDir?: string;
	/** An already started PGlite (tests restore one from a migrated snapshot). */
	pglite?: PGlite;
	maxConnections?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
	if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
	return openPglite(options);
}

async function openPostgres(url: string, max: number): Promise<Database> {
	const { default: postgres } = await import('postgres');
	const { drizzle } = await import('drizzle-orm/postgres-js');
	const client = postgres(url, { max, onnotice: () => {} });
	const db = drizzle(client, { schema }) as unknown as Db;
	return { db, kind: 'postgres', url, close: () => client.end({ timeout: 5 }) };
}

async function openPglite(options: OpenOptions): Promise<Database> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const client = options.pglite ?? (await PGlite.create(options.dataDir ?? 'memory://'));
	const db = drizzle(client, { schema }) as unknown as Db;
	return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}
