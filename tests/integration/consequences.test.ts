import { beforeEach, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import { queuedJobs, workJobs } from '../helpers/jobs';
import { deliveries, organisations, reminders } from '../../src/lib/server/db/schema';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';

/** What a person's write sets going is a job committed with it, done by whichever process works the queue. */
let db: Db;
let org: { id: string };
let debtor: { id: string };
let contact: { id: string };
let manager: Client;

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence A');
	debtor = await makeDebtor(db, org.id, 'Durand');
	contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	manager = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
});

const form = (overrides: Record<string, string | string[]> = {}) => ({
	debtorId: debtor.id,
	sendDate: todayIn('Europe/Paris'),
	shortDescription: 'Première relance',
	emailSubject: 'Loyer impayé — {{ compte }}',
	emailBody: 'Bonjour {{ nom }}, votre solde est de {{ solde }}.',
	[`channels_${contact.id}`]: ['email'],
	intent: 'save',
	...overrides
});

it('an immediate reminder: a pass for its organisation, once however many ask before it runs, which sends it', async () => {
	expect((await manager.action('/relances/nouvelle?/save', form({ immediate: 'on' }))).type).toBe('redirect');
	expect(
		(await manager.action('/relances/nouvelle?/save', form({ immediate: 'on', shortDescription: 'Deuxième' }))).type
	).toBe('redirect');
	expect(await queuedJobs(db, 'send-now')).toEqual([{ organisationId: org.id }]);
	// A scheduled one for a later day asks for nothing.
	expect(
		(await manager.action('/relances/nouvelle?/save', form({ sendDate: '2099-01-01', shortDescription: 'Plus tard' })))
			.type
	).toBe('redirect');
	expect(await queuedJobs(db, 'send-now')).toHaveLength(1);

	expect(await workJobs(db, 'send-now')).toBe(1);
	const rows = await db
		.select({ shortDescription: reminders.shortDescription, status: reminders.status })
		.from(reminders);
	expect(
		rows
			.filter((r) => r.status === 'sending')
			.map((r) => r.shortDescription)
			.sort()
	).toEqual(['Deuxième', 'Première relance']);
	expect(await db.select({ status: deliveries.status }).from(deliveries)).toEqual([
		{ status: 'queued' },
		{ status: 'queued' }
	]);
});

it('an approval: a pass for its organisation, committed with the decision', async () => {
	await db
		.update(organisations)
		.set({ sendingDays: [1, 2, 3, 4, 5, 6, 7], sendingStart: '00:00', sendingEnd: '24:00', skipHolidays: false })
		.where(eq(organisations.id, org.id));
	await manager.action('/relances/nouvelle?/save', form({ requiresValidation: 'on' }));
	const [pending] = await db.select().from(reminders);
	expect(await queuedJobs(db, 'send-now')).toEqual([]);
	const approver = await loggedIn((await makeUser(db, org.id, 'approver')).email, TEST_PASSWORD);
	expect(
		(await approver.action('/a-valider?/approve', { id: pending.id, version: String(pending.version) })).type
	).toBe('success');
	expect(await queuedJobs(db, 'send-now')).toEqual([{ organisationId: org.id }]);
	await workJobs(db, 'send-now');
	expect((await db.select().from(reminders))[0].status).toBe('sending');
});
