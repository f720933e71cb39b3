import { sql } from 'drizzle-orm';
import type { Database } from './types';

/**
 * PostgreSQL's autovacuum keeps the planner's statistics fresh; PGlite has no such daemon, and
 * without statistics its planner picks scans that grow with the tables (a job of 100 deliveries
 * once read every reminder of their debtor). The embedded database is analysed at start and
 * after any change as large as a big scheduler pass.
 */
export async function refreshStatistics(database: Database): Promise<void> {
	if (database.kind === 'pglite') await database.db.execute(sql`analyze`);
}
