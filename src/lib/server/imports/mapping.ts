import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { importMappings } from '../db/schema';
import { FIELDS, type ImportKind } from './fields';

/** Which column of the file feeds each field: field key → header, '' for none. */
export type Mapping = Record<string, string>;

const normalise = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/**
 * The mapping offered for a file: the last one used where its columns are still there, else
 * the column whose name is the field's own or one of its usual names.
 */
export function proposeMapping(kind: ImportKind, headers: string[], last: Mapping | null): Mapping {
	const byName = new Map(headers.map((h) => [normalise(h), h]));
	const mapping: Mapping = {};
	for (const field of FIELDS[kind]) {
		const remembered = last?.[field.key];
		if (remembered && headers.includes(remembered)) {
			mapping[field.key] = remembered;
			continue;
		}
		const names = [field.header, field.key, ...(field.aliases ?? [])].map(normalise);
		mapping[field.key] = names.map((n) => byName.get(n)).find((h) => h !== undefined) ?? '';
	}
	return mapping;
}

export async function lastMapping(db: DbOrTx, organisationId: string, kind: ImportKind): Promise<Mapping | null> {
	const [row] = await db
		.select({ mapping: importMappings.mapping })
		.from(importMappings)
		.where(and(eq(importMappings.organisationId, organisationId), eq(importMappings.kind, kind)));
	return row?.mapping ?? null;
}

export async function rememberMapping(db: DbOrTx, organisationId: string, kind: ImportKind, mapping: Mapping) {
	await db
		.insert(importMappings)
		.values({ organisationId, kind, mapping })
		.onConflictDoUpdate({
			target: [importMappings.organisationId, importMappings.kind],
			set: { mapping, updatedAt: sql`now()` }
		});
}
