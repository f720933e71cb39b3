import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtors, groups, templates } from '../db/schema';
import type { PreviewDebtor } from '$lib/templates';

export type Template = typeof templates.$inferSelect;

const PREVIEW_DEBTORS = 50;

export async function listTemplates(db: DbOrTx, organisationId: string) {
	return db
		.select({
			id: templates.id,
			name: templates.name,
			shortDescription: templates.shortDescription,
			channels: templates.channels,
			requiresValidation: templates.requiresValidation,
			keep: templates.keep,
			groupName: groups.name
		})
		.from(templates)
		.leftJoin(groups, eq(groups.id, templates.groupId))
		.where(eq(templates.organisationId, organisationId))
		.orderBy(asc(templates.name), asc(templates.id));
}

/** Null when the template does not exist in this organisation: callers answer 404 either way. */
export async function getTemplate(db: DbOrTx, organisationId: string, id: string): Promise<Template | null> {
	const [template] = await db
		.select()
		.from(templates)
		.where(and(eq(templates.id, id), eq(templates.organisationId, organisationId)));
	return template ?? null;
}

export function listGroups(db: DbOrTx, organisationId: string) {
	return db
		.select({ id: groups.id, name: groups.name })
		.from(groups)
		.where(eq(groups.organisationId, organisationId))
		.orderBy(asc(groups.name));
}

/** The first debtors by name, each with his contacts, to pick whom a preview is for. */
export async function listPreviewDebtors(db: DbOrTx, organisationId: string): Promise<PreviewDebtor[]> {
	const rows = await db
		.select({ id: debtors.id, name: debtors.name, accountNumber: debtors.accountNumber })
		.from(debtors)
		.where(eq(debtors.organisationId, organisationId))
		.orderBy(asc(debtors.name), asc(debtors.id))
		.limit(PREVIEW_DEBTORS);
	if (rows.length === 0) return [];
	const people = await db
		.select()
		.from(contacts)
		.where(
			and(
				eq(contacts.organisationId, organisationId),
				inArray(
					contacts.debtorId,
					rows.map((r) => r.id)
				)
			)
		)
		.orderBy(asc(contacts.role), asc(contacts.lastName), asc(contacts.id));
	return rows.map((debtor) => ({
		...debtor,
		contacts: people
			.filter((c) => c.debtorId === debtor.id)
			.map((c) => ({ id: c.id, name: [c.civility, c.firstName, c.lastName].filter(Boolean).join(' '), role: c.role }))
	}));
}
