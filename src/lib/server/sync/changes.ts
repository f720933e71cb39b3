import { and, asc, eq, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { contacts, debtors, invoices, organisations, reminderRecipients, reminders, syncChanges, users } from '../db/schema';
import type { Role } from '$lib/roles';
import { canAct } from '../auth/permissions';
import { loadMergeContext, type MergeContext } from '../templates/merge-context';
import { renderChannelText } from '../templates/render';
import { SENT_DAYS_KEPT, type CachedDebtor, type CachedPreview, type CachedReminder, type SyncResponse } from '$lib/offline/types';

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
		const [{ cursor }] = await rows<{ cursor: string }>(tx, sql`select pg_snapshot_xmin(pg_current_snapshot())::text as cursor`);
		const [org] = await tx.select({ timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, scope.organisationId));
		const base = { scope: scopeKey(scope), cursor, timezone: org.timezone };
		if (since === null) {
			return { ...base, full: true, reminders: await loadReminders(tx, scope), removedReminders: [], debtors: await loadDebtors(tx, scope), removedDebtors: [] };
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
	const result = await tx.execute(query);
	return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
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
			sentAt: reminders.sentAt,
			content: reminders.content
		})
		.from(reminders)
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.leftJoin(users, eq(users.id, reminders.createdBy))
		.where(and(inLists(scope.organisationId), among))
		.orderBy(asc(reminders.sendDate), asc(reminders.createdAt));
	const approver = canAct('/(app)/a-valider', 'approve', scope.role);
	const pending = approver ? found.filter((r) => r.status === 'pending_validation') : [];
	const previews = await renderPreviews(tx, scope.organisationId, pending);
	return found.map(({ content: _content, sentAt, ...r }) => ({
		...r,
		sentAt: sentAt?.toISOString() ?? null,
		preview: previews.get(r.id)?.preview ?? null,
		previewError: previews.get(r.id)?.error ?? null
	}));
}

type Rendered = { preview: CachedPreview | null; error: string | null };

/**
 * What "À valider" shows of each pending reminder: its first recipient's text on his first
 * channel, as he will read it. Recipients of one debtor share their merge context.
 */
async function renderPreviews(
	tx: Tx,
	organisationId: string,
	pending: { id: string; debtorId: string; content: typeof reminders.$inferSelect.content }[]
): Promise<Map<string, Rendered>> {
	const result = new Map<string, Rendered>();
	if (pending.length === 0) return result;
	const firsts = await rows<{ reminder_id: string; contact_id: string; channels: string[] }>(
		tx,
		sql`select distinct on (reminder_id) reminder_id, contact_id, channels from ${reminderRecipients}
			where reminder_id in (select id from ${reminders} where organisation_id = ${organisationId} and status = 'pending_validation')
			order by reminder_id, contact_id`
	);
	const firstOf = new Map(firsts.map((f) => [f.reminder_id, f]));
	const contexts = new Map<string, Promise<MergeContext | null>>();
	const parsed = new Map();
	for (const reminder of pending) {
		const first = firstOf.get(reminder.id);
		if (!first) continue;
		const key = `${reminder.debtorId}:${first.contact_id}`;
		if (!contexts.has(key)) contexts.set(key, loadMergeContext(tx, organisationId, reminder.debtorId, first.contact_id));
		const context = await contexts.get(key)!;
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
			.select({ id: debtors.id, accountNumber: debtors.accountNumber, name: debtors.name, leaseReference: debtors.leaseReference })
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
