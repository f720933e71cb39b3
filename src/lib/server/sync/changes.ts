import { and, asc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { rowsOf } from '../db/arrays';
import {
	contacts,
	debtors,
	groups,
	invoices,
	organisations,
	reminderRecipients,
	reminders,
	scenarioReminders,
	syncChanges,
	users
} from '../db/schema';
import type { Role } from '$lib/roles';
import { loadMergeContexts, mergeKey } from '../templates/merge-context';
import { renderChannelText } from '../templates/render';
import {
	SENT_DAYS_KEPT,
	type CachedDebtor,
	type CachedPreview,
	type CachedRecipient,
	type CachedReminder,
	type SyncResponse
} from '$lib/offline/types';

export interface SyncScope {
	userId: string;
	organisationId: string;
	role: Role;
}

export const scopeKey = (scope: SyncScope) => `${scope.userId}:${scope.organisationId}:${scope.role}`;

/** Cursors are snapshot horizons: a transaction id, as a decimal string. */
export function parseCursor(value: string | null): number | null {
	return value && /^\d{1,18}$/.test(value) ? Number(value) : null;
}

/**
 * What changed for a phone since its cursor, or everything when it has none. The cursor is the
 * oldest transaction still running when this snapshot was taken: whatever commits later with
 * an older id is still ≥ the cursor, so nothing slips between two syncs (a change may come twice;
 * the phone's upserts do not mind).
 */
export async function readChanges(db: Db, scope: SyncScope, since: number | null): Promise<SyncResponse> {
	return db.transaction(async (tx) => {
		// One snapshot for the horizon and every read below.
		await tx.execute(sql`set transaction isolation level repeatable read`);
		const [{ cursor }] = await rows<{ cursor: string }>(
			tx,
			sql`select pg_snapshot_xmin(pg_current_snapshot())::text as cursor`
		);
		const [org] = await tx
			.select({ timezone: organisations.timezone })
			.from(organisations)
			.where(eq(organisations.id, scope.organisationId));
		const base = { scope: scopeKey(scope), cursor, timezone: org.timezone };
		if (since === null) {
			return {
				...base,
				full: true,
				reminders: await loadReminders(tx, scope),
				removedReminders: [],
				debtors: await loadDebtors(tx, scope),
				removedDebtors: []
			};
		}
		const changed = await tx
			.select({ kind: syncChanges.kind, id: syncChanges.entityId })
			.from(syncChanges)
			.where(and(eq(syncChanges.organisationId, scope.organisationId), gte(syncChanges.txid, since)));
		const debtorIds = changed.filter((c) => c.kind === 'debtor').map((c) => c.id);
		const reminderIds = changed.filter((c) => c.kind === 'reminder').map((c) => c.id);
		// A debtor's change reaches his reminders: their name, and the text rendered from his contacts and invoices.
		const touched = or(
			reminderIds.length ? inArray(reminders.id, reminderIds) : undefined,
			debtorIds.length ? inArray(reminders.debtorId, debtorIds) : undefined
		);
		const [changedReminders, changedDebtors] = await Promise.all([
			touched ? loadReminders(tx, scope, touched) : [],
			debtorIds.length ? loadDebtors(tx, scope, debtorIds) : []
		]);
		const kept = new Set([...changedReminders.map((r) => r.id), ...changedDebtors.map((d) => d.id)]);
		return {
			...base,
			full: false,
			reminders: changedReminders,
			removedReminders: reminderIds.filter((id) => !kept.has(id)),
			debtors: changedDebtors,
			removedDebtors: debtorIds.filter((id) => !kept.has(id))
		};
	});
}

async function rows<T>(tx: Tx, query: SQL): Promise<T[]> {
	return rowsOf<T>(await tx.execute(query));
}

/** The reminders a phone's lists show: pending, scheduled, and sent in the last 30 days. */
function inLists(organisationId: string): SQL | undefined {
	return and(
		eq(reminders.organisationId, organisationId),
		or(
			inArray(reminders.status, ['pending_validation', 'scheduled']),
			and(eq(reminders.status, 'sent'), sql`${reminders.sentAt} >= now() - make_interval(days => ${SENT_DAYS_KEPT})`)
		)
	);
}

async function loadReminders(tx: Tx, scope: SyncScope, among?: SQL): Promise<CachedReminder[]> {
	const found = await tx
		.select({
			id: reminders.id,
			version: reminders.version,
			status: reminders.status,
			sendDate: reminders.sendDate,
			immediate: reminders.immediate,
			shortDescription: reminders.shortDescription,
			debtorId: reminders.debtorId,
			debtorName: debtors.name,
			createdByName: users.name,
			statusReason: reminders.statusReason,
			held: sql<boolean>`${reminders.heldAt} is not null`,
			sentAt: reminders.sentAt,
			// Four-eyes, as the server will judge the approval: the phone says so instead of offering it.
			selfMade: sql<
				0 | 1
			>`(coalesce(${organisations.forbidSelfApproval} and (${reminders.createdBy} = ${scope.userId} or ${reminders.updatedBy} = ${scope.userId}), false))::int`.mapWith(
				(n) => (Number(n) ? 1 : 0) as 0 | 1
			),
			groupId: sql<string>`coalesce(${reminders.groupId}::text, '')`,
			groupName: groups.name,
			step: sql<string>`case when ${scenarioReminders.reminderId} is null then 'manual' when ${scenarioReminders.stepPosition} is null then 'scenario' else ${scenarioReminders.stepPosition}::text end`,
			stepTag: sql<string>`coalesce(${scenarioReminders.tag}, '')`,
			content: reminders.content
		})
		.from(reminders)
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.innerJoin(organisations, eq(organisations.id, reminders.organisationId))
		.leftJoin(users, eq(users.id, reminders.createdBy))
		.leftJoin(groups, eq(groups.id, reminders.groupId))
		.leftJoin(scenarioReminders, eq(scenarioReminders.reminderId, reminders.id))
		.where(and(inLists(scope.organisationId), among))
		.orderBy(asc(reminders.sendDate), asc(reminders.createdAt));
	const recipients = await loadRecipients(tx, scope.organisationId, among);
	const previews = await renderPreviews(tx, scope.organisationId, found, recipients);
	return found.map(({ content: _content, sentAt, ...r }) => ({
		...r,
		sentAt: sentAt?.toISOString() ?? null,
		recipients: recipients.get(r.id) ?? [],
		channels: [...new Set((recipients.get(r.id) ?? []).flatMap((p) => p.channels))].sort(),
		preview: previews.get(r.id)?.preview ?? null,
		previewError: previews.get(r.id)?.error ?? null
	}));
}

/** The recipients of the reminders in the lists, in contact order: the first one is previewed. */
async function loadRecipients(tx: Tx, organisationId: string, among?: SQL): Promise<Map<string, CachedRecipient[]>> {
	const found = await tx
		.select({
			reminderId: reminderRecipients.reminderId,
			contactId: reminderRecipients.contactId,
			channels: reminderRecipients.channels,
			civility: contacts.civility,
			firstName: contacts.firstName,
			lastName: contacts.lastName
		})
		.from(reminderRecipients)
		.innerJoin(reminders, eq(reminders.id, reminderRecipients.reminderId))
		.innerJoin(contacts, eq(contacts.id, reminderRecipients.contactId))
		.where(and(inLists(organisationId), among))
		.orderBy(asc(reminderRecipients.reminderId), asc(reminderRecipients.contactId));
	const byReminder = new Map<string, CachedRecipient[]>();
	for (const r of found) {
		const list = byReminder.get(r.reminderId) ?? [];
		list.push({
			contactId: r.contactId,
			name: [r.civility, r.firstName, r.lastName].filter(Boolean).join(' '),
			channels: r.channels
		});
		byReminder.set(r.reminderId, list);
	}
	return byReminder;
}

type Rendered = { preview: CachedPreview | null; error: string | null };

/**
 * What a phone shows of each reminder without the network: its first recipient's text on his
 * first channel, as he will read it. Recipients of one debtor share their merge context.
 */
async function renderPreviews(
	tx: Tx,
	organisationId: string,
	found: { id: string; debtorId: string; content: typeof reminders.$inferSelect.content }[],
	recipients: Map<string, CachedRecipient[]>
): Promise<Map<string, Rendered>> {
	const result = new Map<string, Rendered>();
	const firsts = found.flatMap((reminder) => {
		const first = recipients.get(reminder.id)?.[0];
		return first ? [{ reminder, first }] : [];
	});
	const contexts = await loadMergeContexts(
		tx,
		organisationId,
		firsts.map(({ reminder, first }) => ({ debtorId: reminder.debtorId, contactId: first.contactId }))
	);
	const parsed = new Map();
	for (const { reminder, first } of firsts) {
		const context = contexts.get(mergeKey(reminder.debtorId, first.contactId));
		if (!context) continue;
		const channel = first.channels[0] ?? 'email';
		try {
			const text = await renderChannelText(reminder.content, context, channel, parsed);
			result.set(reminder.id, { preview: { name: context.nom_complet, channel, text }, error: null });
		} catch (error) {
			result.set(reminder.id, { preview: null, error: error instanceof Error ? error.message : String(error) });
		}
	}
	return result;
}

async function loadDebtors(tx: Tx, scope: SyncScope, ids?: string[]): Promise<CachedDebtor[]> {
	const where = and(eq(debtors.organisationId, scope.organisationId), ids ? inArray(debtors.id, ids) : undefined);
	const [found, balances, people] = await Promise.all([
		tx
			.select({
				id: debtors.id,
				accountNumber: debtors.accountNumber,
				name: debtors.name,
				leaseReference: debtors.leaseReference
			})
			.from(debtors)
			.where(where),
		tx
			.select({ debtorId: invoices.debtorId, cents: sql<string>`sum(${invoices.amountCents} - ${invoices.paidCents})` })
			.from(invoices)
			.where(and(eq(invoices.organisationId, scope.organisationId), ids ? inArray(invoices.debtorId, ids) : undefined))
			.groupBy(invoices.debtorId),
		tx
			.select({
				id: contacts.id,
				debtorId: contacts.debtorId,
				civility: contacts.civility,
				firstName: contacts.firstName,
				lastName: contacts.lastName,
				role: contacts.role,
				email: contacts.email,
				mobilePhone: contacts.mobilePhone
			})
			.from(contacts)
			.where(and(eq(contacts.organisationId, scope.organisationId), ids ? inArray(contacts.debtorId, ids) : undefined))
			.orderBy(asc(contacts.role), asc(contacts.lastName), asc(contacts.firstName))
	]);
	const balanceOf = new Map(balances.map((b) => [b.debtorId, Number(b.cents)]));
	const contactsOf = new Map<string, CachedDebtor['contacts']>();
	for (const c of people) {
		const list = contactsOf.get(c.debtorId) ?? [];
		list.push({
			id: c.id,
			name: [c.civility, c.firstName, c.lastName].filter(Boolean).join(' '),
			role: c.role,
			email: c.email,
			mobilePhone: c.mobilePhone
		});
		contactsOf.set(c.debtorId, list);
	}
	return found.map((d) => ({ ...d, balanceCents: balanceOf.get(d.id) ?? 0, contacts: contactsOf.get(d.id) ?? [] }));
}
