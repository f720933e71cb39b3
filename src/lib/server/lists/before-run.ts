import { and, asc, count, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { contacts, debtors, invoices, reminders, runExclusions, templates } from '../db/schema';
import { channelProblem } from '../contacts/recipient-rules';
import { createReminder } from '../reminders/save';
import type { Actor } from '../auth/actor';
import { organisationToday } from '../clock';
import { isUuid } from '$lib/validation/ids';
import type { FlaggedEmail } from '$lib/email-check';

export const LIST_NAMES = ['ready', 'toCheck', 'noContact', 'excluded'] as const;
export type ListName = (typeof LIST_NAMES)[number];

/**
 * The debtors the lists are made of: a chosen set of accounts, or all those with an overdue
 * invoice; a page of DEBTOR_PAGE_SIZE of them by account number, or only the given debtors.
 */
export interface Scope {
	accounts: string[];
	page?: number;
	debtorIds?: string[];
}

export interface ListDebtor {
	id: string;
	accountNumber: string;
	name: string;
	owedCents: number;
	flagged: FlaggedEmail[];
	/** The reminder contacts an email can go to now. */
	recipients: { contactId: string; email: string }[];
	/**
	 * Excluded debtors only: his reminders already scheduled that leave today, not held.
	 * Excluding him here writes no new one; those stay in « Relances du jour » until held there.
	 */
	leavingToday?: number;
}

export const DEBTOR_PAGE_SIZE = 500;

export function parseScope(value: string | null, page?: string | null): Scope {
	return {
		accounts: (value ?? '')
			.split(',')
			.map((a) => a.trim())
			.filter(Boolean)
			.slice(0, 200),
		page: Math.max(1, Number.parseInt(page ?? '1', 10) || 1)
	};
}

function scopeWhere(organisationId: string, scope: Scope, today: string) {
	return and(
		eq(debtors.organisationId, organisationId),
		// No reminder can be written for a debtor whose personal data were erased.
		isNull(debtors.erasedAt),
		scope.accounts.length
			? inArray(debtors.accountNumber, scope.accounts)
			: sql`exists (select 1 from ${invoices} where ${invoices.debtorId} = ${debtors.id} and ${invoices.paidCents} < ${invoices.amountCents} and ${invoices.dueDate} < ${today})`,
		scope.debtorIds ? inArray(debtors.id, scope.debtorIds.filter(isUuid)) : undefined
	);
}

/** How many debtors the scope holds in all, over its pages. */
export async function countScopeDebtors(db: DbOrTx, organisationId: string, scope: Scope): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(debtors)
		.where(scopeWhere(organisationId, scope, await organisationToday(db, organisationId)));
	return Number(row.n);
}

/**
 * The lists before a run: ready to send (a reminder contact with a good address), address to check
 * (a reminder contact's address flagged, not overridden), no reminder contact to configure, and
 * excluded by hand, which wins over the rest until the debtor is moved back.
 */
export async function beforeRunLists(
	db: DbOrTx,
	organisationId: string,
	scope: Scope
): Promise<Record<ListName, ListDebtor[]>> {
	const today = await organisationToday(db, organisationId);
	const owed = sql<number>`coalesce((select sum(${invoices.amountCents} - ${invoices.paidCents}) from ${invoices} where ${invoices.debtorId} = ${debtors.id}), 0)::bigint`;
	const rows = await db
		.select({
			id: debtors.id,
			accountNumber: debtors.accountNumber,
			name: debtors.name,
			owedCents: owed,
			excluded: sql<boolean>`${runExclusions.debtorId} is not null`
		})
		.from(debtors)
		.leftJoin(runExclusions, eq(runExclusions.debtorId, debtors.id))
		.where(scopeWhere(organisationId, scope, today))
		.orderBy(asc(debtors.accountNumber), asc(debtors.id))
		.limit(DEBTOR_PAGE_SIZE)
		.offset(((scope.page ?? 1) - 1) * DEBTOR_PAGE_SIZE);
	const ids = rows.map((r) => r.id);
	const reminderContacts = ids.length
		? await db
				.select()
				.from(contacts)
				.where(
					and(
						eq(contacts.organisationId, organisationId),
						inArray(contacts.debtorId, ids),
						eq(contacts.role, 'relance')
					)
				)
				.orderBy(asc(contacts.createdAt), asc(contacts.id))
		: [];
	const lists: Record<ListName, ListDebtor[]> = { ready: [], toCheck: [], noContact: [], excluded: [] };
	for (const row of rows) {
		const own = reminderContacts.filter((c) => c.debtorId === row.id && c.email);
		const flagged = own
			.filter((c) => c.emailCheck && !c.emailCheckOverridden)
			.map((c) => ({
				contactId: c.id,
				name: [c.civility, c.firstName, c.lastName].filter(Boolean).join(' '),
				email: c.email!,
				check: c.emailCheck!,
				suggestion: c.emailSuggestion,
				reason: c.emailCheckReason
			}));
		const recipients = own
			.filter((c) => channelProblem(c, 'email') === null)
			.map((c) => ({ contactId: c.id, email: c.email! }));
		const item: ListDebtor = {
			id: row.id,
			accountNumber: row.accountNumber,
			name: row.name,
			owedCents: Number(row.owedCents),
			flagged,
			recipients
		};
		const list: ListName = row.excluded
			? 'excluded'
			: flagged.length
				? 'toCheck'
				: recipients.length
					? 'ready'
					: 'noContact';
		lists[list].push(item);
	}
	await countLeavingToday(db, organisationId, lists.excluded, today);
	return lists;
}

async function countLeavingToday(
	db: DbOrTx,
	organisationId: string,
	excluded: ListDebtor[],
	today: string
): Promise<void> {
	if (!excluded.length) return;
	const rows = await db
		.select({ debtorId: reminders.debtorId, n: count() })
		.from(reminders)
		.where(
			and(
				eq(reminders.organisationId, organisationId),
				inArray(
					reminders.debtorId,
					excluded.map((d) => d.id)
				),
				eq(reminders.status, 'scheduled'),
				isNull(reminders.heldAt),
				or(eq(reminders.immediate, true), lte(reminders.sendDate, today))
			)
		)
		.groupBy(reminders.debtorId);
	const leaving = new Map(rows.map((r) => [r.debtorId, Number(r.n)]));
	for (const debtor of excluded) debtor.leavingToday = leaving.get(debtor.id) ?? 0;
}

/** Only the organisation's own debtors move: a forged id of another's matches nothing. */
async function ownDebtors(db: DbOrTx, organisationId: string, debtorIds: string[]): Promise<string[]> {
	const valid = [...new Set(debtorIds.filter(isUuid))];
	if (!valid.length) return [];
	const found = await db
		.select({ id: debtors.id })
		.from(debtors)
		.where(and(eq(debtors.organisationId, organisationId), inArray(debtors.id, valid)));
	return found.map((d) => d.id);
}

export async function excludeDebtors(db: Db, actor: Actor, debtorIds: string[]): Promise<number> {
	const ids = await ownDebtors(db, actor.organisationId, debtorIds);
	if (!ids.length) return 0;
	const added = await db
		.insert(runExclusions)
		.values(ids.map((debtorId) => ({ debtorId, organisationId: actor.organisationId, excludedBy: actor.userId })))
		.onConflictDoNothing()
		.returning({ id: runExclusions.debtorId });
	return added.length;
}

export async function includeDebtors(db: Db, organisationId: string, debtorIds: string[]): Promise<number> {
	const ids = await ownDebtors(db, organisationId, debtorIds);
	if (!ids.length) return 0;
	const removed = await db
		.delete(runExclusions)
		.where(and(eq(runExclusions.organisationId, organisationId), inArray(runExclusions.debtorId, ids)))
		.returning({ id: runExclusions.debtorId });
	return removed.length;
}

/** The templates a reminder from the ready list can be written with: those with an email. */
export async function emailTemplates(db: DbOrTx, organisationId: string) {
	return db
		.select({ id: templates.id, name: templates.name, requiresValidation: templates.requiresValidation })
		.from(templates)
		.where(
			and(
				eq(templates.organisationId, organisationId),
				sql`${templates.emailSubject} <> ''`,
				sql`${templates.emailBody} <> ''`
			)
		)
		.orderBy(asc(templates.name));
}

export type SendOutcome =
	| { ok: true; reminderIds: string[]; pendingValidation: number; refused: { name: string; reason: string }[] }
	| { ok: false; reason: 'template' | 'empty' };

/**
 * Sending from the ready list, and from it only: the lists are worked out again, the chosen
 * debtors still on the ready list each get an immediate email reminder to their good reminder
 * contacts, written with the template and saved through the ordinary reminder checks. A
 * template that requires validation leaves them waiting for an approver instead.
 */
export async function createReadyReminders(
	db: Db,
	actor: Actor,
	scope: Scope,
	debtorIds: string[],
	templateId: string
): Promise<SendOutcome> {
	const [template] = isUuid(templateId)
		? await db
				.select()
				.from(templates)
				.where(and(eq(templates.id, templateId), eq(templates.organisationId, actor.organisationId)))
		: [];
	if (!template || !template.emailSubject || !template.emailBody) return { ok: false, reason: 'template' };
	const chosen = new Set(debtorIds);
	// The ticked debtors, whatever page they were ticked on, still in the scope and still ready.
	const ready = (
		await beforeRunLists(db, actor.organisationId, {
			...scope,
			page: 1,
			debtorIds: [...chosen].slice(0, DEBTOR_PAGE_SIZE)
		})
	).ready;
	if (!ready.length) return { ok: false, reason: 'empty' };
	const today = await organisationToday(db, actor.organisationId);
	const reminderIds: string[] = [];
	let pendingValidation = 0;
	const refused: { name: string; reason: string }[] = [];
	for (const debtor of ready) {
		const saved = await createReminder(
			db,
			actor,
			{
				debtorId: debtor.id,
				templateId: template.id,
				sendDate: today,
				shortDescription: template.shortDescription.slice(0, 120) || template.name.slice(0, 120),
				description: '',
				requiresValidation: template.requiresValidation,
				keep: false,
				// The lists hold debtors with an overdue invoice; one who paid meanwhile is refused, not confirmed.
				owesNothingConfirmed: false,
				groupId: null,
				immediate: true,
				registered: false,
				version: undefined,
				intent: 'save',
				content: {
					emailSubject: template.emailSubject,
					emailHeader: template.emailHeader,
					emailBody: template.emailBody,
					emailFooter: template.emailFooter,
					smsText: '',
					letterSubject: '',
					letterBody: ''
				},
				recipients: debtor.recipients.map((r) => ({ contactId: r.contactId, channels: ['email'] }))
				// The operation sends them by its own pass, and counts those left for approvers.
			},
			{ handOver: false }
		);
		if (!saved.ok) refused.push({ name: debtor.name, reason: Object.values(saved.errors).join(' ') });
		else if (template.requiresValidation) pendingValidation++;
		else reminderIds.push(saved.id);
	}
	return { ok: true, reminderIds, pendingValidation, refused };
}
