import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtorGroups, debtors, groups, organisations, templates } from '../db/schema';
import { dayIn } from '../clock';
import { debtorBalance } from '../debtors/balance';

/** Everything the reminder form offers for one debtor: his contacts and groups, the templates. */
export async function loadFormContext(db: DbOrTx, organisationId: string, debtorId: string) {
	const [debtor] = await db
		.select({
			id: debtors.id,
			name: debtors.name,
			accountNumber: debtors.accountNumber,
			today: dayIn(organisations.timezone),
			balanceCents: debtorBalance(debtors.id)
		})
		.from(debtors)
		.innerJoin(organisations, eq(organisations.id, debtors.organisationId))
		.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
	if (!debtor) return null;
	const [debtorContacts, debtorGroupRows, templateRows] = await Promise.all([
		db.select().from(contacts).where(eq(contacts.debtorId, debtorId)).orderBy(asc(contacts.lastName), asc(contacts.id)),
		db
			.select({ id: groups.id, name: groups.name })
			.from(debtorGroups)
			.innerJoin(groups, eq(groups.id, debtorGroups.groupId))
			.where(eq(debtorGroups.debtorId, debtorId))
			.orderBy(asc(groups.name)),
		db
			.select({ id: templates.id, name: templates.name })
			.from(templates)
			.where(eq(templates.organisationId, organisationId))
			.orderBy(asc(templates.name))
	]);
	const { today, ...shown } = debtor;
	return { debtor: shown, contacts: debtorContacts, groups: debtorGroupRows, templates: templateRows, today };
}

export async function getTemplateForForm(db: DbOrTx, organisationId: string, templateId: string) {
	const [template] = await db
		.select()
		.from(templates)
		.where(and(eq(templates.id, templateId), eq(templates.organisationId, organisationId)));
	return template ?? null;
}
