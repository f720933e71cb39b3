import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { invoices } from '../db/schema';
import { isUuid } from '$lib/validation/ids';
import { recordBulkAction } from './record';
import type { Actor } from '../auth/actor';

/**
 * The invoice tags ("Relance 1", …) added to or removed from many invoices at once; an
 * invoice that already has (or lacks) the tag is not counted as changed.
 */
export async function changeTag(db: Db, actor: Actor, invoiceIds: string[], tag: string, add: boolean) {
	const ids = [...new Set(invoiceIds.filter(isUuid))];
	if (!ids.length) return { selected: 0, changed: 0 };
	const chosen = and(eq(invoices.organisationId, actor.organisationId), inArray(invoices.id, ids));
	const has = sql`${tag} = any(${invoices.tags})`;
	return db.transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(invoices)
			.where(chosen);
		const changed = await tx
			.update(invoices)
			.set({ tags: add ? sql`array_append(${invoices.tags}, ${tag})` : sql`array_remove(${invoices.tags}, ${tag})` })
			.where(and(chosen, add ? sql`not ${has}` : has))
			.returning({ id: invoices.id });
		const result = { selected: Number(n), changed: changed.length };
		await recordBulkAction(tx, actor, add ? 'tag_added' : 'tag_removed', { tag }, result.selected, result.changed);
		return result;
	});
}
