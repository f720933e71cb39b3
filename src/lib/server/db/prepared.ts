import type { Db } from './types';

/**
 * A statement built once per database and kept, for the queries every request runs. Drizzle then
 * writes its SQL once instead of on each call, and postgres.js keeps it prepared on each
 * connection: a statement that is not prepared is parsed and planned again each time, and costs a
 * round trip more to learn its parameters' types before it runs. The key tells apart the
 * statements of one query whose text differs (which filters a list applies).
 */
export function preparedPerDatabase<Statement>(
	build: (db: Db, key: string) => Statement
): (db: Db, key?: string) => Statement {
	const built = new WeakMap<Db, Map<string, Statement>>();
	return (db, key = '') => {
		let statements = built.get(db);
		if (!statements) built.set(db, (statements = new Map()));
		let statement = statements.get(key);
		if (!statement) statements.set(key, (statement = build(db, key)));
		return statement;
	};
}
