import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type * as schema from './schema';

export type Schema = typeof schema;
/** Both drivers (PGlite and postgres.js) behind one type: services never know which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Db | Tx;

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** The driver under drizzle, for the job queue: PGlite's instance, or the server's URL. */
	pglite?: import('@electric-sql/pglite').PGlite;
	url?: string;
	close(): Promise<void>;
}
