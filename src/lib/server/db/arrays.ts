import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * A list of values as one text[] parameter. drizzle's inArray spells one parameter per value,
 * and building a statement of hundreds of parameters costs more than running it (the delivery
 * worker's statements name a hundred rows each). Both drivers take the array literal alike.
 */
export function textArray(values: readonly (string | null)[]): SQL {
	const literal = `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
	return sql`${literal}::text[]`;
}

/** `column = any(ids)`, the ids as one uuid[] parameter. */
export function anyId(column: AnyColumn, ids: readonly string[]): SQL {
	return sql`${column} = any(${textArray(ids)}::uuid[])`;
}

/**
 * The ids as the driving rows of a statement, `k(id)`, for rows looked up by a key that is not
 * unique (a reminder's deliveries, recipients, invoices) through a lateral subquery per id,
 * with `offset 0` so that the planner cannot fold it into a join: an index lookup each, even
 * where the table was never analysed and a plain `reminder_id = any(…)` would look like a
 * third of it and be read whole.
 */
export function idRows(ids: readonly string[]): SQL {
	return sql`unnest(${textArray(ids)}::uuid[]) as k(id)`;
}

/** postgres.js answers an array of rows, PGlite an object holding them. */
export function rowsOf<T>(result: unknown): T[] {
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
