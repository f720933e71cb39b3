import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import {
	deliveries,
	reminderEvents,
	reminderRecipients,
	reminders,
	scenarioSettings,
	scenarioSteps,
	scenarios,
	templates
} from '../../src/lib/server/db/schema';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { createBatch } from '../../src/lib/server/letters/batches';
import { runScenarios } from '../../src/lib/server/scenarios/run';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';
import { readStoredText } from '$lib/stored-text';

let db: Db;
let org: { id: string };
let debtor: { id: string };
let contact: { id: string };
let manager: { id: string; email: string };
let tpl: Record<string, typeof templates.$inferSelect>;

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière');
	debtor = await makeDebtor(db, org.id, 'Durand');
	contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id, { dueDate: '2026-01-05' });
	manager = await makeUser(db, org.id, 'manager');
	await seedDemoTemplates(db, org.id);
	tpl = Object.fromEntries((await db.select().from(templates)).map((t) => [t.name, t]));
});

/** A letter of the reminder in a PDF, printing: what the page lists for its number. */
async function printedLetter(organisationId: string, debtorId: string, contactId: string, registered: boolean) {
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId,
			debtorId,
			status: 'sending',
			sendDate: todayIn('Europe/Paris'),
			shortDescription: 'Mise en demeure',
			requiresValidation: false,
			registered,
			content: {
				emailSubject: '',
				emailHeader: '',
				emailBody: '',
				emailFooter: '',
				smsText: '',
				letterSubject: 'Mise en demeure',
				letterBody: 'Madame,'
			}
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId, channels: ['letter'] });
	const [delivery] = await db
		.insert(deliveries)
		.values({ organisationId, reminderId: reminder.id, contactId, channel: 'letter', status: 'to_print' })
		.returning();
	await createBatch(db, organisationId, null);
	return { reminder, delivery };
}

describe('the registered letter’s number, over HTTP without JavaScript', () => {
	let client: Client;
	beforeEach(async () => {
		client = await loggedIn(manager.email, TEST_PASSWORD);
	});

	it('is recorded from the letters page, and the reminder’s history shows it', async () => {
		const { reminder, delivery } = await printedLetter(org.id, debtor.id, contact.id, true);
		const plain = await printedLetter(org.id, debtor.id, contact.id, false);
		const page = await client.get('/courriers');
		expect(page.body).toContain('Lettres recommandées');
		expect(page.body).toContain(`value="${delivery.id}"`);
		expect(page.body).not.toContain(`value="${plain.delivery.id}"`);

		const refused = await client.post('/courriers?/registeredNumber', {
			deliveryId: delivery.id,
			registeredNumber: '1A/123'
		});
		expect(refused.status).toBe(400);
		expect(refused.body).toContain('Lettres, chiffres, espaces et tirets seulement');
		expect(refused.body).toContain('value="1A/123"');

		const saved = await client.post('/courriers?/registeredNumber', {
			deliveryId: delivery.id,
			registeredNumber: ' 1a 123  456 7890 1 '
		});
		expect(saved.status).toBe(200);
		expect(saved.body).toContain('Numéro de recommandé enregistré.');
		const [row] = await db.select().from(deliveries).where(eq(deliveries.id, delivery.id));
		expect(row.registeredNumber).toBe('1A 123 456 7890 1');
		const history = await client.get(`/relances/${reminder.id}`);
		expect(history.body).toContain('Numéro de recommandé enregistré');
		expect(history.body).toContain('Recommandé n° 1A 123 456 7890 1');

		// Posted again, nothing new; corrected, the history says what it replaces.
		await client.post('/courriers?/registeredNumber', {
			deliveryId: delivery.id,
			registeredNumber: '1A 123 456 7890 1'
		});
		await client.post('/courriers?/registeredNumber', {
			deliveryId: delivery.id,
			registeredNumber: '1A 123 456 7890 2'
		});
		const events = await db
			.select()
			.from(reminderEvents)
			.where(and(eq(reminderEvents.reminderId, reminder.id), eq(reminderEvents.action, 'registered_number')));
		expect(events.map((e) => readStoredText(e.reason, 'fr')).sort()).toEqual([
			'Recommandé n° 1A 123 456 7890 1',
			'Recommandé n° 1A 123 456 7890 2 (remplace n° 1A 123 456 7890 1)'
		]);
	});

	it('is not found for a letter not registered, or of another organisation', async () => {
		const plain = await printedLetter(org.id, debtor.id, contact.id, false);
		const other = await makeOrganisation(db, 'Autre');
		const stranger = await makeDebtor(db, other.id);
		const elsewhere = await printedLetter(
			other.id,
			stranger.id,
			(await makeContact(db, other.id, stranger.id)).id,
			true
		);
		for (const deliveryId of [plain.delivery.id, elsewhere.delivery.id]) {
			const reply = await client.post('/courriers?/registeredNumber', {
				deliveryId,
				registeredNumber: '1A 123 456 7890 1'
			});
			expect(reply.status).toBe(404);
		}
		expect((await db.select().from(deliveries)).map((d) => d.registeredNumber)).toEqual([null, null]);
		expect(await db.select().from(reminderEvents).where(eq(reminderEvents.action, 'registered_number'))).toEqual([]);
	});
});

describe('the template editor', () => {
	let client: Client;
	beforeEach(async () => {
		client = await loggedIn((await makeUser(db, org.id, 'admin')).email, TEST_PASSWORD);
	});

	const fields = (letterBody: string, extra: Record<string, string> = {}) => ({
		name: 'Relance courrier',
		shortDescription: 'Relance courrier',
		channels: 'letter',
		letterSubject: 'Relance – compte {{ compte }}',
		letterBody,
		registered: 'on',
		...extra
	});

	it('warns once next to the letter body when it repeats the layout, and saves when the person confirms', async () => {
		const repeating = '{{ nom_complet }}\n{{ adresse }}\n\nLe {{ date_du_jour }}\n\nObjet : relance\n\nMadame,';
		const warned = await client.post('/modeles/nouveau?/create', fields(repeating));
		expect(warned.status).toBe(400);
		expect(warned.body).toContain(
			"Ce texte répète ce que la mise en page du courrier imprime déjà : l'adresse du destinataire, la date, l'objet."
		);
		expect(warned.body).toContain('name="letterRepeatsConfirmed"');
		expect(await db.select().from(templates).where(eq(templates.name, 'Relance courrier'))).toEqual([]);

		const confirmed = await client.post(
			'/modeles/nouveau?/create',
			fields(repeating, { letterRepeatsConfirmed: 'on' })
		);
		expect(confirmed.status).toBe(303);
		const [saved] = await db.select().from(templates).where(eq(templates.name, 'Relance courrier'));
		expect(saved).toMatchObject({
			letterSubject: 'Relance – compte {{ compte }}',
			letterBody: repeating,
			registered: true
		});
	});

	it('saves a body that leaves those to the layout at once', async () => {
		const reply = await client.post(
			'/modeles/nouveau?/create',
			fields('Madame,\n\nVotre solde est de {{ solde }}.\n\nLe service')
		);
		expect(reply.status).toBe(303);
	});
});

describe('a reminder’s letter subject and registered flag', () => {
	it('come from the template into the new reminder’s form, and are saved with it', async () => {
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const notice = tpl['Mise en demeure'];
		const form = await client.get(`/relances/nouvelle?debiteur=${debtor.id}&modele=${notice.id}`);
		expect(form.body).toContain('value="Mise en demeure de payer"');
		expect(form.body).toMatch(/<input type="checkbox" name="registered" id="f-registered" checked/);

		const reply = await client.post('/relances/nouvelle?/save', {
			debtorId: debtor.id,
			templateId: notice.id,
			sendDate: todayIn('Europe/Paris'),
			shortDescription: 'MED',
			requiresValidation: 'on',
			[`channels_${contact.id}`]: 'letter',
			letterSubject: 'Mise en demeure – {{ solde }}',
			letterBody: notice.letterBody,
			registered: 'on',
			intent: 'save'
		});
		expect(reply.status).toBe(303);
		const [saved] = await db.select().from(reminders).where(eq(reminders.debtorId, debtor.id));
		expect(saved.registered).toBe(true);
		expect(saved.content.letterSubject).toBe('Mise en demeure – {{ solde }}');
	});

	it('of a scenario step: ticked in the step form and kept with the step', async () => {
		const admin = await loggedIn((await makeUser(db, org.id, 'admin')).email, TEST_PASSWORD);
		const [scenario] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Standard' }).returning();
		const page = `/reglages/scenarios/${scenario.id}`;
		const saved = await admin.action(`${page}?/saveStep`, {
			scenarioId: scenario.id,
			delayDays: '10',
			delayFrom: 'due_date',
			channels: 'letter',
			templateId: tpl['Deuxième relance'].id,
			registered: 'on'
		});
		expect(saved.data).toMatchObject({ done: 'Enregistré.' });
		const [step] = await db.select().from(scenarioSteps).where(eq(scenarioSteps.scenarioId, scenario.id));
		expect(step.registered).toBe(true);
		expect((await admin.get(page)).body).toMatch(/<input type="checkbox" name="registered" checked/);
	});

	it('of a scenario step: registered when the step or its template says so, with the template’s subject', async () => {
		await db.insert(scenarioSettings).values({ organisationId: org.id, minGapDays: 0 });
		const cases = [
			{ template: 'Deuxième relance', step: false, registered: false },
			{ template: 'Deuxième relance', step: true, registered: true },
			{ template: 'Mise en demeure', step: false, registered: true }
		];
		for (const [i, c] of cases.entries()) {
			const [scenario] = await db
				.insert(scenarios)
				.values({ organisationId: org.id, name: `S${i}`, minBalanceCents: 0, minDaysOverdue: 1 })
				.returning();
			await db.insert(scenarioSteps).values({
				scenarioId: scenario.id,
				position: 1,
				delayDays: 0,
				channels: ['letter'],
				templateId: tpl[c.template].id,
				registered: c.step
			});
			await runScenarios(db, org.id, 'manual');
			const [reminder] = await db.select().from(reminders).where(eq(reminders.debtorId, debtor.id));
			expect(reminder.registered, `${c.template}, step registered: ${c.step}`).toBe(c.registered);
			expect(reminder.content.letterSubject).toBe(tpl[c.template].letterSubject);
			await db.delete(reminders);
			await db.delete(scenarios);
		}
	});
});
