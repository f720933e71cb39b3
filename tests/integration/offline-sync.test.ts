import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import {
	makeContact,
	makeDebtor,
	makeGroup,
	makeInvoice,
	makeOrganisation,
	makeUser,
	TEST_PASSWORD
} from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import {
	reminderEvents,
	reminderRecipients,
	reminders,
	scenarioReminders,
	scenarios
} from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import type { SyncResponse } from '../../src/lib/offline/types';

let db: Db;
let org: { id: string };
let debtorId: string;
let contactId: string;
let approver: Client;

const content = {
	emailSubject: 'Votre loyer — {{ compte }}',
	emailHeader: '',
	emailBody: 'Bonjour {{ civilite }} {{ nom }}, il reste {{ solde }} à régler.',
	emailFooter: '',
	smsText: 'Solde dû : {{ solde }}',
	letterBody: 'Madame, Monsieur'
};

async function pending(
	shortDescription = 'Première relance',
	organisationId = org.id,
	debtor = debtorId,
	contact = contactId
) {
	const [row] = await db
		.insert(reminders)
		.values({
			organisationId,
			debtorId: debtor,
			status: 'pending_validation',
			sendDate: '2026-12-01',
			shortDescription,
			requiresValidation: true,
			content
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: row.id, contactId: contact, channels: ['email'] });
	return row;
}

async function sync(client: Client, since?: string): Promise<SyncResponse> {
	const reply = await client.get(`/api/sync${since ? `?since=${since}` : ''}`);
	expect(reply.status).toBe(200);
	return JSON.parse(reply.body) as SyncResponse;
}

function decide(client: Client, body: Record<string, unknown>) {
	return client.request('POST', '/api/decisions', JSON.stringify(body), {
		'content-type': 'application/json',
		origin: client.origin
	});
}

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière');
	debtorId = (await makeDebtor(db, org.id, 'Durand')).id;
	contactId = (await makeContact(db, org.id, debtorId)).id;
	await makeInvoice(db, org.id, debtorId);
	approver = await loggedIn((await makeUser(db, org.id, 'approver')).email, TEST_PASSWORD);
});

describe('GET /api/sync', () => {
	it('sends everything first, with the rendered text of pending reminders and the debtors with contacts and balance', async () => {
		const reminder = await pending();
		const other = await makeOrganisation(db, 'Agence Voisine');
		const stranger = await makeDebtor(db, other.id, 'Étranger');
		await pending('Pas pour vous', other.id, stranger.id, (await makeContact(db, other.id, stranger.id)).id);

		const first = await sync(approver);
		expect(first.full).toBe(true);
		expect(first.reminders.map((r) => r.id)).toEqual([reminder.id]);
		expect(first.reminders[0].preview?.text).toMatch(/^Votre loyer — .+\n\nBonjour .+, il reste .+€ à régler\.$/);
		expect(first.debtors).toHaveLength(1);
		expect(first.debtors[0]).toMatchObject({ id: debtorId, name: 'Durand' });
		expect(first.debtors[0].balanceCents).toBeGreaterThan(0);
		expect(first.debtors[0].contacts.map((c) => c.id)).toEqual([contactId]);
	});

	it("sends the day's scheduled reminders, immediate ones included, with their recipients' channels and text, to an agent too", async () => {
		const agent = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
		const second = await makeContact(db, org.id, debtorId, { lastName: 'Seconde' });
		const [due] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId,
				status: 'scheduled',
				sendDate: '2026-01-01',
				immediate: true,
				shortDescription: 'Du jour',
				requiresValidation: false,
				content
			})
			.returning();
		await db.insert(reminderRecipients).values([
			{ reminderId: due.id, contactId, channels: ['email', 'sms'] },
			{ reminderId: due.id, contactId: second.id, channels: ['letter'] }
		]);

		const [cached] = (await sync(agent)).reminders;
		expect(cached).toMatchObject({ id: due.id, status: 'scheduled', immediate: true });
		expect(cached.recipients.map((r) => r.channels).sort()).toEqual([['email', 'sms'], ['letter']]);
		expect(cached.channels).toEqual(['email', 'letter', 'sms']);
		expect(cached.preview?.text).toBeTruthy();
	});

	it('carries what the approvals list sorts and filters by: step and tag, group, channels', async () => {
		const byHand = await pending('À la main');
		const stepped = await pending('Deuxième étape');
		const group = await makeGroup(db, org.id, 'Commerces');
		await db.update(reminders).set({ groupId: group.id }).where(eq(reminders.id, stepped.id));
		const [scenario] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Défaut' }).returning();
		await db
			.insert(scenarioReminders)
			.values({ reminderId: stepped.id, scenarioId: scenario.id, stepPosition: 2, tag: 'Mise en demeure' });

		const found = Object.fromEntries((await sync(approver)).reminders.map((r) => [r.id, r]));
		expect(found[byHand.id]).toMatchObject({
			step: 'manual',
			stepTag: '',
			groupId: '',
			groupName: null,
			channels: ['email'],
			selfMade: 0
		});
		expect(found[stepped.id]).toMatchObject({
			step: '2',
			stepTag: 'Mise en demeure',
			groupId: group.id,
			groupName: 'Commerces'
		});
	});

	it("says which of the day's reminders a person held back, and tells it again when he puts one back", async () => {
		const agent = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
		const [due] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId,
				status: 'scheduled',
				sendDate: '2026-01-01',
				shortDescription: 'Retenue',
				requiresValidation: false,
				content,
				heldAt: new Date()
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: due.id, contactId, channels: ['email'] });
		const first = await sync(agent);
		expect(first.reminders).toMatchObject([{ id: due.id, held: true }]);

		await db.update(reminders).set({ heldAt: null }).where(eq(reminders.id, due.id));
		expect((await sync(agent, first.cursor)).reminders).toMatchObject([{ id: due.id, held: false }]);
	});

	it('then only what changed since its cursor, deletions and departures from the lists included', async () => {
		const kept = await pending('Gardée');
		const approved = await pending('Validée ailleurs');
		const removed = await pending('Supprimée');
		const first = await sync(approver);

		expect(await sync(approver, first.cursor)).toMatchObject({
			full: false,
			reminders: [],
			removedReminders: [],
			debtors: [],
			removedDebtors: []
		});

		await db.update(reminders).set({ status: 'cancelled' }).where(eq(reminders.id, approved.id));
		await db.delete(reminders).where(eq(reminders.id, removed.id));
		const second = await sync(approver, first.cursor);
		expect(second.reminders).toEqual([]);
		expect(second.removedReminders.sort()).toEqual([approved.id, removed.id].sort());

		// A contact's change reaches the debtor and the text of his pending reminders.
		await makeContact(db, org.id, debtorId, { lastName: 'Nouveau' });
		const third = await sync(approver, second.cursor);
		expect(third.debtors.map((d) => d.contacts.length)).toEqual([2]);
		expect(third.reminders.map((r) => r.id)).toEqual([kept.id]);
	});

	it('says, under the four-eyes rule, which reminders the person created or edited, and tells again when the rule changes', async () => {
		const me = await pending('Créée par moi');
		const edited = await pending('Modifiée par moi');
		await pending('Pas de moi');
		const self = await makeUser(db, org.id, 'approver');
		const client = await loggedIn(self.email, TEST_PASSWORD);
		await db.update(reminders).set({ createdBy: self.id }).where(eq(reminders.id, me.id));
		await db.update(reminders).set({ updatedBy: self.id }).where(eq(reminders.id, edited.id));
		const flags = (reply: SyncResponse) =>
			Object.fromEntries(reply.reminders.map((r) => [r.shortDescription, r.selfMade]));

		// Without the rule, nobody's own work stands in his way.
		const first = await sync(client);
		expect(flags(first)).toEqual({ 'Créée par moi': 0, 'Modifiée par moi': 0, 'Pas de moi': 0 });
		// An admin turns the rule on: no reminder changed, yet the next sync brings the new verdicts.
		const admin = await loggedIn((await makeUser(db, org.id, 'admin')).email, TEST_PASSWORD);
		const saved = await admin.action('/reglages/organisation?/save', {
			name: 'Agence Lumière',
			timezone: 'Europe/Paris',
			sendingDays: ['1', '2', '3', '4', '5'],
			sendingStart: '08:00',
			sendingEnd: '18:00',
			staleAfterDays: '30',
			smsSender: 'Lumiere',
			forbidSelfApproval: 'on'
		});
		expect(saved.type).toBe('success');
		const next = await sync(client, first.cursor);
		expect(flags(next)).toEqual({ 'Créée par moi': 1, 'Modifiée par moi': 1, 'Pas de moi': 0 });
		// Another approver sees none of them as his own.
		expect((await sync(approver)).reminders.every((r) => !r.selfMade)).toBe(true);
	});

	it('is for members only', async () => {
		const reply = await (await import('../helpers/app')).Client.create().then((c) => c.get('/api/sync'));
		expect(reply.status).toBe(303);
	});
});

describe('POST /api/decisions', () => {
	it('approves once per key: a replay gets the first answer, and the reminder is decided once', async () => {
		const reminder = await pending();
		const body = { key: crypto.randomUUID(), action: 'approve', id: reminder.id, version: reminder.version };
		const [a, b] = await Promise.all([decide(approver, body), decide(approver, body)]);
		expect(JSON.parse(a.body)).toEqual({ ok: true });
		expect(JSON.parse(b.body)).toEqual({ ok: true });
		expect(JSON.parse((await decide(approver, body)).body)).toEqual({ ok: true });
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, reminder.id));
		expect(events.map((e) => e.action)).toEqual(['approved']);
		const [row] = await db.select().from(reminders).where(eq(reminders.id, reminder.id));
		expect(row.status).toBe('scheduled');
	});

	it('answers a conflict in plain words: deleted by its scenario, approved by someone else, changed since', async () => {
		const deleted = await pending('Supprimée');
		await db
			.update(reminders)
			.set({ status: 'deleted', statusReason: 'le locataire a payé' })
			.where(eq(reminders.id, deleted.id));
		const reply = JSON.parse(
			(await decide(approver, { key: crypto.randomUUID(), action: 'approve', id: deleted.id, version: 1 })).body
		);
		expect(reply).toMatchObject({ ok: false, status: 409 });
		expect(reply.message).toContain('supprimée par son scénario : le locataire a payé');

		const changed = await pending('Modifiée');
		await db.update(reminders).set({ version: 2 }).where(eq(reminders.id, changed.id));
		const refusal = JSON.parse(
			(
				await decide(approver, {
					key: crypto.randomUUID(),
					action: 'reject',
					id: changed.id,
					version: 1,
					reason: 'non'
				})
			).body
		);
		expect(refusal.message).toContain('modifiée depuis');

		const other = await loggedIn((await makeUser(db, org.id, 'approver')).email, TEST_PASSWORD);
		const twice = await pending('Deux valideurs');
		await decide(other, { key: crypto.randomUUID(), action: 'approve', id: twice.id, version: 1 });
		const late = JSON.parse(
			(await decide(approver, { key: crypto.randomUUID(), action: 'approve', id: twice.id, version: 1 })).body
		);
		expect(late.message).toContain('déjà été validée');
	});

	it('is refused to those who may not approve, and to a key reused for another reminder', async () => {
		const reminder = await pending();
		const manager = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
		expect(
			(await decide(manager, { key: crypto.randomUUID(), action: 'approve', id: reminder.id, version: 1 })).status
		).toBe(403);
		const key = crypto.randomUUID();
		await decide(approver, { key, action: 'approve', id: reminder.id, version: 1 });
		const second = await pending('Autre');
		expect(
			JSON.parse((await decide(approver, { key, action: 'approve', id: second.id, version: 1 })).body)
		).toMatchObject({ ok: false });
	});

	it('refuses a rejection reason holding a direction override, in words, and leaves the reminder pending', async () => {
		const reminder = await pending();
		const reply = await decide(approver, {
			key: crypto.randomUUID(),
			action: 'reject',
			id: reminder.id,
			version: 1,
			reason: 'Montant \u202efaux'
		});
		expect(reply.status).toBe(400);
		expect(reply.body).toContain('caractère invisible qui inverse le sens');
		const [row] = await db.select().from(reminders).where(eq(reminders.id, reminder.id));
		expect(row.status).toBe('pending_validation');
	});
});
