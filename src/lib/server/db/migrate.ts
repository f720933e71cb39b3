import type { Database } from './types';

export async function migrateDatabase(database: Database, migrationsFolder: string): Promise<void> {
	if (database.kind === 'postgres') {
		const { migrate } = await import('drizzle-orm/postgres-js/migrator');
		await migrate(database.db as never, { migrationsFolder });
	} else {
		const { migrate } = await import('drizzle-orm/pglite/migrator');
		await migrate(database.db as never, { migrationsFolder });
	}
}
