import { database } from '../src/lib/server/db/index';
import type { Database } from '../src/lib/server/db/types';
import { formatDemoLogins, resetDemo } from '../src/lib/server/demo/startup';

/** Recreates the "Agence Démo" organisation in the app's database, leaving the others untouched. */
let opened: Database | undefined;
try {
	opened = await database();
	console.log(formatDemoLogins(await resetDemo(opened.db)));
} catch (error) {
	console.error(`Échec de la réinitialisation de la démo : ${describe(error)}`);
	process.exitCode = 1;
} finally {
	await opened?.close();
}

/** drizzle wraps driver errors ("Failed query: …"): the cause says what actually went wrong. */
function describe(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	return error.cause ? `${error.message.split('\n')[0]} (${describe(error.cause)})` : error.message;
}
