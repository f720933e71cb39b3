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
	organisations,
	reminderEvents,
	reminderInvoices,
	reminderRecipients,
	reminders
} from '../../src/lib/server/db/schema';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let org: { id: string };
let debtor: { id: string };
let contact: { id: string };
let manager: Client;
let managerId: string;
let approverEmail: string;
const today = () => todayIn('Europe/Paris');
const inDays = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
/** A reminder's content for rows inserted directly: what the lists show does not depend on it. */
const content = { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: '', letterBody: '' };

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence A');
	debtor = await makeDebtor(db, org.id, 'Durand');
	contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	const m = await makeUser(db, org.id, 'manager');
	managerId = m.id;
	approverEmail = (await makeUser(db, org.id, 'approver')).email;
	manager = await loggedIn(m.email, TEST_PASSWORD);
});

function form(overrides: Record<string, string | string[]> = {}) {
	return {
		debtorId: debtor.id,
		sendDate: inDays(3),
		shortDescription: 'Première relance',
		description: '',
		emailSubject: 'Loyer impayé — {{ compte }}',
		emailBody: 'Bonjour {{ civilite }} {{ nom }}, votre solde est de {{ solde }}.',
		smsText: 'Solde dû : {{ solde }}',
		letterBody: 'Madame, Monsieur, …',
		[`channels_${contact.id}`]: ['email'],
		intent: 'save',
		...overrides
	};
}

const counts = async () => ({
	reminders: (await db.select().from(reminders)).length,
	recipients: (await db.select().from(reminderRecipients)).length,
	events: (await db.select().from(reminderEvents)).length
});

describe('creating a reminder', () => {
	it('saves it scheduled, with its recipients, covered invoices and a history entry', async () => {
		const reply = await manager.action('/relances/nouvelle?/save', form());
		expect(reply.type).toBe('redirect');
		const [row] = await db.select().from(reminders);
		expect(row).toMatchObject({
			status: 'scheduled',
			shortDescription: 'Première relance',
			sendDate: inDays(3),
			createdBy: managerId,
			validationLocked: false
		});
		expect(await db.select().from(reminderRecipients)).toEqual([
			{ reminderId: row.id, contactId: contact.id, channels: ['email'] }
		]);
		expect(await db.select().from(reminderInvoices)).toHaveLength(1);
		const [event] = await db.select().from(reminderEvents);
		expect(event).toMatchObject({ action: 'created', toStatus: 'scheduled', actorId: managerId, debtorId: debtor.id });
	});

	it('a reminder requiring validation waits, and the option is locked for good', async () => {
		await manager.action('/relances/nouvelle?/save', form({ requiresValidation: 'on' }));
		const [row] = await db.select().from(reminders);
		expect(row).toMatchObject({ status: 'pending_validation', validationLocked: true });

		const untick = await manager.action(`/relances/${row.id}/modifier?/save`, form({ version: String(row.version) }));
		expect(untick.status).toBe(400);
		expect(untick.data?.errors).toMatchObject({
			requiresValidation:
				"Cette relance a été créée avec validation : l'option ne peut plus être retirée, elle doit être validée."
		});
		const [after] = await db.select().from(reminders);
		expect(after).toMatchObject({ requiresValidation: true, version: row.version, status: 'pending_validation' });

		const page = await manager.get(`/relances/${row.id}/modifier`);
		expect(page.body).toMatch(/<input[^>]*id="f-requiresValidation"[^>]*>/);
		const tag = /<input[^>]*id="f-requiresValidation"[^>]*>/.exec(page.body)![0];
		expect(tag).toMatch(/\bdisabled\b/);
		expect(tag).toMatch(/\bchecked\b/);
		expect(page.body).toContain('Verrouillé : cette relance a été créée avec validation');
	});

	it('immediate send goes out today even with a past date', async () => {
		const reply = await manager.action('/relances/nouvelle?/save', form({ sendDate: inDays(-5), immediate: 'on' }));
		expect(reply.type).toBe('redirect');
		const [row] = await db.select().from(reminders);
		expect(row).toMatchObject({ immediate: true, sendDate: today(), status: 'scheduled' });
	});

	it('a draft stays a draft until submitted', async () => {
		await manager.action('/relances/nouvelle?/save', form({ intent: 'draft' }));
		const [row] = await db.select().from(reminders);
		expect(row.status).toBe('draft');
		const submitted = await manager.action(`/relances/${row.id}?/submit`, { id: row.id, version: String(row.version) });
		expect(submitted.type).toBe('success');
		expect((await db.select().from(reminders))[0].status).toBe('scheduled');
	});
});

describe('every rule of the form, on the server, writes nothing when broken', () => {
	const cases: [string, () => [Record<string, string | string[]>, Record<string, string | RegExp>]][] = [
		['a missing date', () => [form({ sendDate: '' }), { sendDate: 'Ce champ est obligatoire.' }]],
		['an impossible date', () => [form({ sendDate: '2026-02-30' }), { sendDate: 'Date invalide.' }]],
		['a past date', () => [form({ sendDate: inDays(-2) }), { sendDate: /La date d'envoi est passée/ }]],
		[
			'a missing short description',
			() => [form({ shortDescription: '  ' }), { shortDescription: 'Ce champ est obligatoire.' }]
		],
		[
			'a 121-character short description',
			() => [form({ shortDescription: 'x'.repeat(121) }), { shortDescription: '120 caractères au maximum.' }]
		],
		[
			'no recipient',
			() => [
				form({ [`channels_${contact.id}`]: [] }),
				{ recipients: 'Choisissez au moins un destinataire et un canal.' }
			]
		],
		[
			'a group the debtor is not in',
			() => [{ ...form(), groupId: groupNotHis }, { groupId: "Ce débiteur n'est pas concerné par ce groupe." }]
		],
		[
			'SMS to a contact without a mobile',
			() => [
				form({ [`channels_${noMobile}`]: ['sms'], [`channels_${contact.id}`]: [] }),
				{ [`channels_${noMobile}`]: 'M. Paul Sans Mobile : pas de numéro de mobile.' }
			]
		],
		[
			'an email without consent',
			() => [
				form({ [`channels_${noConsent}`]: ['email'] }),
				{ [`channels_${noConsent}`]: "M. Luc Refus : pas de consentement à l'e-mail." }
			]
		],
		[
			'a letter to a contact without address',
			() => [
				form({ [`channels_${noMobile}`]: ['letter'] }),
				{ [`channels_${noMobile}`]: 'M. Paul Sans Mobile : adresse postale incomplète.' }
			]
		],
		['an unknown merge field', () => [form({ emailBody: 'Bonjour {{ prenon }}' }), { emailBody: /prenon/ }]],
		[
			'an email without subject',
			() => [form({ emailSubject: '' }), { emailSubject: 'Obligatoire pour le canal E-mail.' }]
		],
		[
			'a contact of another debtor',
			() => [
				form({ [`channels_${otherContact}`]: ['email'] }),
				{ recipients: "Ce contact n'appartient pas à ce débiteur." }
			]
		],
		['a malformed debtor id', () => [form({ debtorId: "1' or 1=1 --" }), { debtorId: /./ }]]
	];
	let groupNotHis: string;
	let noMobile: string;
	let noConsent: string;
	let otherContact: string;

	beforeEach(async () => {
		groupNotHis = (await makeGroup(db, org.id, 'Contentieux')).id;
		noMobile = (
			await makeContact(db, org.id, debtor.id, {
				civility: 'M.',
				firstName: 'Paul',
				lastName: 'Sans Mobile',
				mobilePhone: null,
				addressLine1: ''
			})
		).id;
		noConsent = (
			await makeContact(db, org.id, debtor.id, {
				civility: 'M.',
				firstName: 'Luc',
				lastName: 'Refus',
				consentEmail: false
			})
		).id;
		const other = await makeDebtor(db, org.id, 'Autre');
		otherContact = (await makeContact(db, org.id, other.id)).id;
	});

	it.each(cases)('%s', async (_name, make) => {
		const [input, expected] = make();
		const before = await counts();
		const reply = await manager.action('/relances/nouvelle?/save', input);
		expect(reply.status).toBe(400);
		for (const [field, message] of Object.entries(expected))
			expect(String((reply.data?.errors as Record<string, string>)[field])).toMatch(message);
		expect(await counts()).toEqual(before);
	});

	it('answers in English for an English speaker', async () => {
		manager.cookies.set('PARAGLIDE_LOCALE', 'en');
		const missing = await manager.action('/relances/nouvelle?/save', form({ shortDescription: '' }));
		expect(missing.data?.errors).toMatchObject({ shortDescription: 'This field is required.' });
		const past = await manager.action('/relances/nouvelle?/save', form({ sendDate: inDays(-2) }));
		expect(past.data?.errors).toMatchObject({ sendDate: /The send date has passed/ });
	});

	it('refuses a debtor of another organisation (404) and writes nothing', async () => {
		const other = await makeOrganisation(db, 'Agence B');
		const foreign = await makeDebtor(db, other.id, 'Étranger');
		const foreignContact = await makeContact(db, other.id, foreign.id);
		const before = await counts();
		const reply = await manager.action(
			'/relances/nouvelle?/save',
			form({ debtorId: foreign.id, [`channels_${contact.id}`]: [], [`channels_${foreignContact.id}`]: ['email'] })
		);
		expect(reply.status).toBe(404);
		expect(await counts()).toEqual(before);
		expect((await manager.get(`/relances/nouvelle?debiteur=${foreign.id}`)).status).toBe(404);
	});

	it('refuses the form to an approver and an agent', async () => {
		const approver = await loggedIn(approverEmail, TEST_PASSWORD);
		expect((await approver.post('/relances/nouvelle?/save', form())).status).toBe(403);
		expect(await counts()).toEqual({ reminders: 0, recipients: 0, events: 0 });
	});
});

describe('approval', () => {
	let id: string;
	let version: number;
	beforeEach(async () => {
		await manager.action('/relances/nouvelle?/save', form({ requiresValidation: 'on' }));
		[{ id, version }] = await db.select().from(reminders);
	});

	it('an approver approves from "À valider", once; the history shows both steps', async () => {
		const approver = await loggedIn(approverEmail, TEST_PASSWORD);
		// "À valider" is drawn on the phone from what /api/sync sends it.
		const synced = JSON.parse((await approver.get('/api/sync')).body) as {
			reminders: { id: string; shortDescription: string; preview: { text: string } | null }[];
		};
		const listed = synced.reminders.find((r) => r.id === id);
		expect(listed?.shortDescription).toBe('Première relance');
		expect(listed?.preview?.text).toContain("Bonjour Mme O'Brien");

		const first = await approver.action('/a-valider?/approve', { id, version: String(version) });
		expect(first.type).toBe('success');
		const [row] = await db.select().from(reminders);
		expect(row).toMatchObject({ status: 'scheduled', version: version + 1 });
		expect(row.approvedBy).not.toBeNull();

		const second = await approver.action('/a-valider?/approve', { id, version: String(version) });
		expect(second.status).toBe(409);
		expect(String((second.data?.errors as Record<string, string>)._form)).toMatch(
			/^Cette relance a déjà été validée par Test approver\.$/
		);
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, id));
		expect(events.map((e) => e.action).sort()).toEqual(['approved', 'created']);
		const page = await manager.get(`/relances/${id}`);
		const history = /data-testid="history"[\s\S]*?<\/ol>/.exec(page.body)![0].replace(/<!--[^>]*-->/g, '');
		expect(history).toMatch(/Validée<\/strong>\s*<span>par Test approver/);
		expect(history).toMatch(/Créée<\/strong>\s*<span>par Test manager/);
	});

	it('refuses to approve a reminder changed since it was shown', async () => {
		await manager.action(
			`/relances/${id}/modifier?/save`,
			form({ requiresValidation: 'on', shortDescription: 'Relance modifiée', version: String(version) })
		);
		const approver = await loggedIn(approverEmail, TEST_PASSWORD);
		const reply = await approver.action('/a-valider?/approve', { id, version: String(version) });
		expect(reply.status).toBe(409);
		expect((reply.data?.errors as Record<string, string>)._form).toBe(
			'Cette relance a été modifiée depuis son affichage : rechargez-la avant de décider.'
		);
		expect((await db.select().from(reminders))[0].status).toBe('pending_validation');
	});

	it('rejects with a reason, which the history keeps', async () => {
		const approver = await loggedIn(approverEmail, TEST_PASSWORD);
		const noReason = await approver.action('/a-valider?/reject', { id, version: String(version), reason: '' });
		expect(noReason.data?.errors).toEqual({ reason: 'Ce champ est obligatoire.' });
		const reply = await approver.action('/a-valider?/reject', {
			id,
			version: String(version),
			reason: 'Le locataire a un plan de paiement'
		});
		expect(reply.type).toBe('success');
		const [row] = await db.select().from(reminders);
		expect(row).toMatchObject({ status: 'cancelled', statusReason: 'Le locataire a un plan de paiement' });
		const [event] = await db.select().from(reminderEvents).where(eq(reminderEvents.action, 'rejected'));
		expect(event.reason).toBe('Le locataire a un plan de paiement');
	});

	it('approves several at once and reports the ones refused', async () => {
		await manager.action('/relances/nouvelle?/save', form({ requiresValidation: 'on', shortDescription: 'Deuxième' }));
		const rows = await db.select().from(reminders);
		const approver = await loggedIn(approverEmail, TEST_PASSWORD);
		const stale = rows.find((r) => r.id === id)!;
		await approver.action('/a-valider?/approve', { id, version: String(stale.version) });
		const reply = await approver.action('/a-valider?/bulkApprove', {
			selected: rows.map((r) => `${r.id}:${r.version}`)
		});
		expect(reply.data?.done).toBe('1 relance traitée, 1 refusée.');
		expect((await db.select().from(reminders)).every((r) => r.status === 'scheduled')).toBe(true);
	});

	it("four eyes: the organisation can forbid approving one's own reminder", async () => {
		await db.update(organisations).set({ forbidSelfApproval: true }).where(eq(organisations.id, org.id));
		const admin = await makeUser(db, org.id, 'admin', 'chef@example.test');
		const adminClient = await loggedIn(admin.email, TEST_PASSWORD);
		await adminClient.action(
			'/relances/nouvelle?/save',
			form({ requiresValidation: 'on', shortDescription: 'Par le chef' })
		);
		const [own] = await db.select().from(reminders).where(eq(reminders.shortDescription, 'Par le chef'));
		const reply = await adminClient.action('/a-valider?/approve', { id: own.id, version: String(own.version) });
		expect(reply.status).toBe(409);
		expect((reply.data?.errors as Record<string, string>)._form).toMatch(/une autre personne valide/);
		expect((await adminClient.action('/a-valider?/approve', { id, version: String(version) })).type).toBe('success');
	});

	it('a manager cannot approve, and a sent reminder cannot be edited', async () => {
		expect((await manager.post('/a-valider?/approve', { id, version: String(version) })).status).toBe(403);
		const [sent] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId: debtor.id,
				status: 'sent',
				sendDate: today(),
				shortDescription: 'Envoyée',
				requiresValidation: false,
				content
			})
			.returning();
		const reply = await manager.action(`/relances/${sent.id}/modifier?/save`, form({ version: String(sent.version) }));
		expect(reply.status).toBe(409);
		expect((reply.data?.errors as Record<string, string>)._form).toBe(
			'Cette relance ne peut plus être modifiée (état : Envoyée).'
		);
	});
});

describe('lists', () => {
	it('filters by state and counts per state', async () => {
		await manager.action('/relances/nouvelle?/save', form());
		await manager.action(
			'/relances/nouvelle?/save',
			form({ requiresValidation: 'on', shortDescription: 'À valider vite' })
		);
		const all = await manager.get('/relances');
		expect(all.body).toContain('2 relances');
		const pending = await manager.get('/relances?etat=pending_validation');
		expect(pending.body).toContain('À valider vite');
		expect(pending.body).not.toContain('Première relance');
		expect(pending.body).toContain('1 relance');
	});

	it('filters by group and by date', async () => {
		const group = await makeGroup(db, org.id, 'Assurances', [debtor.id]);
		await manager.action('/relances/nouvelle?/save', form({ groupId: group.id, shortDescription: 'Dans le groupe' }));
		await manager.action('/relances/nouvelle?/save', form({ shortDescription: 'Hors groupe', sendDate: inDays(10) }));
		const inGroup = await manager.get(`/relances?groupe=${group.id}`);
		expect(inGroup.body).toContain('Dans le groupe');
		expect(inGroup.body).not.toContain('Hors groupe');
		const later = await manager.get(`/relances?du=${inDays(5)}`);
		expect(later.body).toContain('Hors groupe');
		expect(later.body).not.toContain('Dans le groupe');
	});

	it('shows 25 a page, the rest on the next pages', async () => {
		await db.insert(reminders).values(
			Array.from({ length: 30 }, (_, i) => ({
				organisationId: org.id,
				debtorId: debtor.id,
				status: 'scheduled' as const,
				sendDate: inDays(1 + i),
				shortDescription: `Relance ${i}`,
				requiresValidation: false,
				content
			}))
		);
		const shown = (html: string) => new Set(html.match(/href="\/relances\/[0-9a-f-]{36}"/g)).size;
		expect(shown((await manager.get('/relances')).body)).toBe(25);
		expect(shown((await manager.get('/relances?page=2')).body)).toBe(5);
	});

	it('counts per state and in all under a search and a group, on every page, within the organisation', async () => {
		const martin = await makeDebtor(db, org.id, 'Martin 100%');
		const group = await makeGroup(db, org.id, 'Zèbres', [martin.id]);
		await makeGroup(db, org.id, 'Assurances');
		const other = await makeOrganisation(db, 'Agence B');
		const otherMartin = await makeDebtor(db, other.id, 'Martin 100%');
		await makeGroup(db, other.id, 'Groupe de B');
		const reminder = (organisationId: string, debtorId: string, i: number, pending: boolean) => ({
			organisationId,
			debtorId,
			groupId: organisationId === org.id && debtorId === martin.id ? group.id : null,
			status: pending ? ('pending_validation' as const) : ('scheduled' as const),
			requiresValidation: pending,
			sendDate: inDays(1 + i),
			shortDescription: `R-${i}-${debtorId === martin.id ? 'M' : 'X'}`,
			content
		});
		await db
			.insert(reminders)
			.values([
				...Array.from({ length: 32 }, (_, i) => reminder(org.id, martin.id, i, i % 4 === 0)),
				...Array.from({ length: 6 }, (_, i) => reminder(org.id, debtor.id, i, i % 2 === 0)),
				...Array.from({ length: 9 }, (_, i) => reminder(other.id, otherMartin.id, i, true))
			]);
		const rowsOf = (html: string) => [...html.matchAll(/<strong>(R-\d+-[MX])<\/strong>/g)].map((m) => m[1]);
		const pill = (html: string, state: string) =>
			html.match(new RegExp(`href="\\?[^"]*etat=${state}[^"]*"[^>]*>[^<]*<span class="pill">(\\d+)</span>`))?.[1];

		// Martin's 32 (8 awaiting validation): the second page holds the 7 past the first 25,
		// the latest send date first; Durand's and the other agency's never count.
		const second = (await manager.get('/relances?q=martin&page=2')).body;
		expect(second).toContain('>32 relances<');
		expect(pill(second, 'pending_validation')).toBe('8');
		expect(pill(second, 'scheduled')).toBe('24');
		expect(rowsOf(second)).toEqual(['R-6-M', 'R-5-M', 'R-4-M', 'R-3-M', 'R-2-M', 'R-1-M', 'R-0-M']);
		// The search is the words typed: « % » matches the character, not everything.
		const percent = (await manager.get(`/relances?q=${encodeURIComponent('100%')}&groupe=${group.id}`)).body;
		expect(percent).toContain('>32 relances<');
		expect((await manager.get(`/relances?q=${encodeURIComponent('0%')}`)).body).toContain('>32 relances<');
		expect((await manager.get(`/relances?q=${encodeURIComponent('_')}`)).body).toContain('>0 relance<');

		// The state narrows the rows and the total; the pills still count every state.
		const pending = (await manager.get(`/relances?etat=pending_validation&groupe=${group.id}`)).body;
		expect(pending).toContain('>8 relances<');
		expect(pill(pending, 'scheduled')).toBe('24');
		expect(rowsOf(pending)).toEqual(['R-28-M', 'R-24-M', 'R-20-M', 'R-16-M', 'R-12-M', 'R-8-M', 'R-4-M', 'R-0-M']);

		// Past the last page: no row, the same counts.
		const past = (await manager.get('/relances?q=martin&page=3')).body;
		expect(rowsOf(past)).toEqual([]);
		expect(past).toContain('>32 relances<');

		// Everything: 38, and the filter offers this agency's groups by name.
		const all = (await manager.get('/relances')).body;
		expect(all).toContain('>38 relances<');
		expect(pill(all, 'pending_validation')).toBe('11');
		expect([...all.matchAll(/<option value="[0-9a-f-]{36}"[^>]*>\s*([^<]+?)\s*<\/option>/g)].map((m) => m[1])).toEqual([
			'Assurances',
			'Zèbres'
		]);
	});
});
