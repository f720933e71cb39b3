import { beforeEach, describe, expect, it } from 'vitest';
import type { TemplatePreview } from '../../src/lib/templates';
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
import { templates } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { ROLES, type Role } from '../../src/lib/roles';

let db: Db;
let orgA: { id: string };
let orgB: { id: string };
const emails = {} as Record<Role, string>;

beforeEach(async () => {
	db = await freshDb();
	orgA = await makeOrganisation(db, 'Agence A');
	orgB = await makeOrganisation(db, 'Agence B');
	for (const role of ROLES) emails[role] = (await makeUser(db, orgA.id, role)).email;
});

const as = (role: Role): Promise<Client> => loggedIn(emails[role], TEST_PASSWORD);

const form = (overrides: Record<string, string | string[]> = {}) => ({
	name: 'Première relance',
	shortDescription: 'Première relance',
	description: 'Rappel courtois',
	channels: ['email', 'sms'],
	requiresValidation: 'on',
	groupId: '',
	emailSubject: 'Rappel – compte {{ compte }}',
	emailHeader: '{{ organisation.nom }}',
	emailBody: '{{ civilite_longue }},\n\n{{ tableau_factures }}\n\nMerci.',
	emailFooter: 'Le service gestion locative',
	smsText: 'Solde : {{ solde }}',
	letterBody: '',
	...overrides
});

async function saved(organisationId: string, fields: Partial<typeof templates.$inferInsert> = {}) {
	const [row] = await db
		.insert(templates)
		.values({
			organisationId,
			name: 'Modèle',
			shortDescription: 'Modèle',
			channels: ['letter'],
			letterBody: 'Madame,',
			...fields
		})
		.returning();
	return row;
}

describe('templates CRUD', () => {
	it('a manager creates a template, finds it in the list, edits it and deletes it', async () => {
		const manager = await as('manager');
		const group = await makeGroup(db, orgA.id, 'Contentieux');

		const created = await manager.action('/modeles/nouveau?/create', form());
		expect(created.type).toBe('redirect');
		const [row] = await db.select().from(templates);
		expect(created.location).toBe(`/modeles/${row.id}`);
		expect(row).toMatchObject({
			organisationId: orgA.id,
			name: 'Première relance',
			requiresValidation: true,
			keep: false,
			groupId: null,
			channels: ['email', 'sms'],
			emailBody: '{{ civilite_longue }},\n\n{{ tableau_factures }}\n\nMerci.'
		});
		const list = await manager.get('/modeles');
		expect(list.status).toBe(200);
		expect(list.body).toContain('Première relance');
		expect((await manager.get(`/modeles/${row.id}`)).body).toContain('{{ tableau_factures }}');

		const updated = await manager.action(
			`/modeles/${row.id}?/update`,
			form({
				name: 'Relance amiable',
				keep: 'on',
				groupId: group.id,
				channels: 'letter',
				letterBody: 'Madame, {{ nom }}',
				requiresValidation: ''
			})
		);
		expect(updated).toMatchObject({ type: 'success', data: { done: 'Enregistré.' } });
		const [after] = await db.select().from(templates).where(eq(templates.id, row.id));
		expect(after).toMatchObject({
			name: 'Relance amiable',
			keep: true,
			requiresValidation: false,
			groupId: group.id,
			channels: ['letter'],
			letterBody: 'Madame, {{ nom }}'
		});

		const deleted = await manager.action(`/modeles/${row.id}?/delete`, {});
		expect(deleted).toMatchObject({ type: 'redirect', location: '/modeles' });
		expect(await db.select().from(templates)).toHaveLength(0);
	});

	it('works without JavaScript: the form posts and the browser is sent to the new template', async () => {
		const admin = await as('admin');
		const page = await admin.get('/modeles/nouveau');
		expect(page.status).toBe(200);
		for (const name of ['name', 'shortDescription', 'channels', 'emailSubject', 'emailBody', 'smsText', 'letterBody'])
			expect(page.body).toContain(`name="${name}"`);
		const reply = await admin.post('/modeles/nouveau?/create', form());
		expect(reply.status).toBe(303);
		expect(reply.location).toMatch(/^\/modeles\/[0-9a-f-]{36}$/);
	});

	it('refuses an unknown merge field, names it next to its field, and saves nothing', async () => {
		const manager = await as('manager');
		const reply = await manager.action(
			'/modeles/nouveau?/create',
			form({ emailBody: 'Bonjour {{ prenon }}', smsText: '{% include "x" %}' })
		);
		expect(reply.status).toBe(400);
		expect(reply.data?.errors).toEqual({
			emailBody: 'Champ inconnu : {{ prenon }}',
			smsText: 'Balise non autorisée : {% include %}'
		});
		expect(reply.data?.values).toMatchObject({ emailBody: 'Bonjour {{ prenon }}' });
		expect(await db.select().from(templates)).toHaveLength(0);

		const existing = await saved(orgA.id);
		const update = await manager.action(
			`/modeles/${existing.id}?/update`,
			form({ letterBody: '{{ organisation.nomm }}', channels: 'letter' })
		);
		expect(update.status).toBe(400);
		expect(update.data?.errors).toEqual({ letterBody: 'Champ inconnu : {{ organisation.nomm }}' });
		const [unchanged] = await db.select().from(templates).where(eq(templates.id, existing.id));
		expect(unchanged).toEqual(existing);
	});

	it("refuses another organisation's group", async () => {
		const manager = await as('manager');
		const theirGroup = await makeGroup(db, orgB.id, 'Contentieux');
		const reply = await manager.action('/modeles/nouveau?/create', form({ groupId: theirGroup.id }));
		expect(reply.status).toBe(400);
		expect(reply.data?.errors).toHaveProperty('groupId');
		expect(await db.select().from(templates)).toHaveLength(0);
	});
});

describe('templates permissions and scoping', () => {
	it('an approver or an agent reads templates but cannot create, change or delete one', async () => {
		const existing = await saved(orgA.id, { name: 'Mise en demeure' });
		for (const role of ['approver', 'agent'] as const) {
			const client = await as(role);
			expect((await client.get('/modeles')).status).toBe(200);
			const page = await client.get(`/modeles/${existing.id}`);
			expect(page.status).toBe(200);
			expect(page.body).toContain('Mise en demeure');
			expect(page.body).not.toContain('?/update');
			expect(page.body).toContain('Votre rôle permet de consulter ce modèle, pas de le modifier.');
			expect((await client.get('/modeles/nouveau')).status).toBe(403);
			expect((await client.post('/modeles/nouveau?/create', form())).status, `${role} create`).toBe(403);
			expect((await client.post(`/modeles/${existing.id}?/update`, form({ name: 'Piraté' }))).status).toBe(403);
			expect((await client.post(`/modeles/${existing.id}?/delete`, {})).status).toBe(403);
		}
		expect(await db.select().from(templates)).toEqual([existing]);
	});

	it("answers 404 for another organisation's template, and leaves it alone", async () => {
		const theirs = await saved(orgB.id, { name: 'Modèle secret' });
		const admin = await as('admin');
		const page = await admin.get(`/modeles/${theirs.id}`);
		expect(page.status).toBe(404);
		expect(page.body).not.toContain('Modèle secret');
		expect((await admin.get('/modeles/not-a-uuid')).status).toBe(404);
		expect((await admin.get('/modeles')).body).not.toContain('Modèle secret');
		expect((await admin.action(`/modeles/${theirs.id}?/update`, form())).status).toBe(404);
		expect((await admin.action(`/modeles/${theirs.id}?/delete`, {})).status).toBe(404);
		expect(
			(await admin.action(`/modeles/${theirs.id}?/preview`, { letterBody: 'x', previewFor: crypto.randomUUID() }))
				.status
		).toBe(404);
		expect(await db.select().from(templates)).toEqual([theirs]);
	});
});

describe('template preview', () => {
	it('renders the content as typed for a debtor and one of his contacts, escaped in the email', async () => {
		const debtor = await makeDebtor(db, orgA.id, "O'Brien Hélène");
		const contact = await makeContact(db, orgA.id, debtor.id);
		const guarantor = await makeContact(db, orgA.id, debtor.id, {
			civility: 'M.',
			firstName: 'Paul',
			lastName: '<script>alert(1)</script>',
			role: 'garant'
		});
		await makeInvoice(db, orgA.id, debtor.id, { number: 'F-2026-00042', dueDate: '2026-11-23', amountCents: 123_456 });
		const manager = await as('manager');

		const page = await manager.get('/modeles/nouveau');
		expect(page.body).toContain(`value="${debtor.id}:${contact.id}"`);

		const preview = await manager.action('/modeles/nouveau?/preview', {
			...form({ letterBody: '{{ nom_complet }}\n{{ tableau_factures }}' }),
			name: '',
			previewFor: `${debtor.id}:${contact.id}`
		});
		expect(preview.type).toBe('success');
		const { recipient, preview: rendered } = preview.data?.preview as TemplatePreview;
		expect(recipient).toBe("Mme Hélène O'Brien (O'Brien Hélène)");
		expect(rendered.email?.subject).toBe(`Rappel – compte ${debtor.accountNumber}`);
		expect(rendered.email?.html).toContain('Madame,');
		expect(rendered.email?.html).toContain('F-2026-00042');
		expect(rendered.email?.html).toContain('1\u202f234,56\u00a0€');
		expect(rendered.sms?.text).toBe('Solde : 1 234,56 €');
		expect(rendered.letter?.text).toMatch(/^Mme Hélène O'Brien\nFacture +Échéance/);
		expect(preview.data?.values).toMatchObject({ letterBody: '{{ nom_complet }}\n{{ tableau_factures }}' });
		expect(await db.select().from(templates)).toHaveLength(0);

		const escaped = await manager.action('/modeles/nouveau?/preview', {
			emailSubject: 'x',
			emailBody: 'Bonjour {{ nom_complet }}',
			previewFor: `${debtor.id}:${guarantor.id}`
		});
		const html = (escaped.data?.preview as TemplatePreview).preview.email!.html;
		expect(html).toContain('Bonjour M. Paul &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).not.toContain('<script>');
	});

	it('an approver previews a saved template; nobody previews for another organisation', async () => {
		const existing = await saved(orgA.id, { letterBody: 'Madame {{ nom }}' });
		const mine = await makeDebtor(db, orgA.id, 'Dupont Jean');
		const theirs = await makeDebtor(db, orgB.id, 'Débiteur secret');
		const theirContact = await makeContact(db, orgB.id, theirs.id);
		const approver = await as('approver');

		const preview = await approver.action(`/modeles/${existing.id}?/preview`, {
			letterBody: existing.letterBody,
			previewFor: mine.id
		});
		expect((preview.data?.preview as TemplatePreview).preview.letter?.text).toBe('Madame Dupont Jean');

		const foreign = await approver.action(`/modeles/${existing.id}?/preview`, {
			letterBody: '{{ nom_complet }}',
			previewFor: `${theirs.id}:${theirContact.id}`
		});
		expect(foreign.status).toBe(404);
		expect(foreign.data?.errors).toHaveProperty('previewFor');
		expect(JSON.stringify(foreign.data)).not.toContain("O'Brien");
	});

	it('names an unknown field instead of previewing', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const manager = await as('manager');
		const reply = await manager.action('/modeles/nouveau?/preview', {
			smsText: '{{ montant }}',
			previewFor: debtor.id
		});
		expect(reply.status).toBe(400);
		expect(reply.data?.errors).toEqual({ smsText: 'Champ inconnu : {{ montant }}' });
	});
});
