import path from 'node:path';

/** Every setting the server reads from the environment, in one place (see the README's table). */
export const config = {
	get databaseUrl() {
		return process.env.DATABASE_URL || undefined;
	},
	get pgliteDataDir() {
		return path.resolve(process.env.PGLITE_DATA_DIR || 'data');
	},
	get migrationsDir() {
		return path.resolve(process.env.MIGRATIONS_DIR || 'drizzle');
	},
	get demoData() {
		return process.env.DEMO_DATA !== 'off';
	},
	get demoPassword() {
		return process.env.DEMO_PASSWORD || 'relance-demo';
	}
};
