/**
 * Whether a failed write broke the named unique index. Both drivers raise PostgreSQL's error
 * (PGlite names the index `constraint`, postgres.js `constraint_name`), wrapped by drizzle.
 */
export function violates(error: unknown, index: string): boolean {
	for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const pg = e as { code?: string; constraint?: string; constraint_name?: string };
		if (pg.code === '23505') return (pg.constraint ?? pg.constraint_name) === index;
	}
	return false;
}
