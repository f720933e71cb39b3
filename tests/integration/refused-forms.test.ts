import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import {
	makeContact,
	makeDebtor,
	makeGroup,
	makeInvitation,
	makeInvoice,
	makeOrganisation,
	makeResetLink,
	makeUser,
	TEST_PASSWORD
} from '../helpers/factories';
import { Client, loggedIn, type Reply } from '../helpers/app';
import { alerts, controlsNamed, textOfId } from '../helpers/html';
import {
	deliveries,
	exportFormats,
	importUploads,
	letterBatches,
	reminderRecipients,
	reminders,
	scenarios,
	templates,
	twoFactor,
	users
} from '../../src/lib/server/db/schema';
import { ROUTE_RULES } from '../../src/lib/server/auth/permissions';

/**
 * Every form action of the app, refused, as a browser without JavaScript posts it: no
 * `x-sveltekit-action` header, an HTML page back. The page must come back as a 4xx page of the
 * app (never a 404 or 500 error page, never a redirect), the error next to the field it is about,
 * and what the person typed still in the fields. Forms of buttons only need their error said.
 */
type Fields = Record<string, string | string[]>;
interface Refusal {
	/** The page's address, query included, without the action. */
	url: () => string;
	fields: () => Fields;
	/** The field the refusal is about: its error is tied to it (aria-invalid, aria-describedby). */
	field?: string;
	/** Typed fields whose values must come back as they were posted. */
	echo?: string[];
	/** Posted as multipart (a file input on the form). */
	multipart?: boolean;
	/** Posted by a visitor who is not logged in. */
	anonymous?: boolean;
}

const ids: Record<string, string> = {};

/** Actions that no input can refuse: what they answer does not depend on what is posted. */
const NEVER_REFUSED: Record<string, string> = {
	'/(auth)/logout default': 'ends the session, whatever is posted',
	'/(app)/aujourdhui sendAll': 'a button: refused only by the organisation’s own state (see sending-guard.test.ts)',
	'/(app)/notifications summary': 'a checkbox, ticked or not',
	'/(app)/debiteurs/[id] resume': 'a button on the debtor’s page: refused only for another organisation’s debtor',
	'/(app)/reglages/scenarios run': 'a button: runs the scenarios as they are',
	'/(app)/modeles/[id] delete': 'a button on the template’s page: refused only for another organisation’s template'
};

const CASES: Record<string, Refusal> = {
	'/(auth)/login default': {
		url: () => '/login',
		fields: () => ({ email: 'pas-une-adresse', password: 'x' }),
		field: 'email',
		echo: ['email'],
		anonymous: true
	},
	'/(auth)/invitation/[token] accept': {
		url: () => `/invitation/${ids.invitation}`,
		fields: () => ({ name: 'Léa Tapée', password: 'court', confirmPassword: 'court' }),
		field: 'password',
		echo: ['name'],
		anonymous: true
	},
	'/(auth)/invitation/[token] join': {
		url: () => `/invitation/${ids.joinInvitation}`,
		fields: () => ({ password: '' }),
		field: 'password',
		anonymous: true
	},
	'/(auth)/mot-de-passe-oublie default': {
		url: () => '/mot-de-passe-oublie',
		fields: () => ({ email: 'pas-une-adresse' }),
		field: 'email',
		echo: ['email'],
		anonymous: true
	},
	'/(auth)/mot-de-passe/[token] default': {
		url: () => `/mot-de-passe/${ids.reset}`,
		fields: () => ({ password: 'un long mot de passe', confirmPassword: 'un autre mot de passe' }),
		field: 'confirmPassword',
		anonymous: true
	},
	// The visitor's login waits for its second factor (see beforeAll).
	'/(auth)/login/code default': {
		url: () => '/login/code',
		fields: () => ({ code: '' }),
		field: 'code',
		anonymous: true
	},
	'/langue default': { url: () => '/langue', fields: () => ({ locale: 'xx', redirectTo: '/login' }), anonymous: true },
	'/(app)/aujourdhui resolve': { url: () => '/aujourdhui', fields: () => ({ decision: 'peut-être', deliveryId: 'x' }) },
	'/(app)/avant-envoi exclude': { url: () => '/avant-envoi', fields: () => ({}) },
	'/(app)/avant-envoi include': { url: () => '/avant-envoi', fields: () => ({}) },
	'/(app)/avant-envoi hold': { url: () => '/avant-envoi', fields: () => ({}) },
	'/(app)/avant-envoi release': { url: () => '/avant-envoi', fields: () => ({}) },
	'/(app)/avant-envoi sendDue': { url: () => '/avant-envoi', fields: () => ({}) },
	'/(app)/avant-envoi send': { url: () => '/avant-envoi', fields: () => ({}) },
	'/(app)/avant-envoi useSuggestion': { url: () => '/avant-envoi', fields: () => ({ debtorId: 'x', contactId: 'y' }) },
	'/(app)/avant-envoi keepEmail': { url: () => '/avant-envoi', fields: () => ({ debtorId: 'x', contactId: 'y' }) },
	'/(app)/actions-groupees/debiteurs apply': {
		url: () => '/actions-groupees/debiteurs',
		fields: () => ({ change: 'x' })
	},
	'/(app)/actions-groupees/contacts apply': {
		url: () => '/actions-groupees/contacts',
		fields: () => ({ change: 'x' })
	},
	'/(app)/actions-groupees/factures apply': {
		url: () => '/actions-groupees/factures',
		fields: () => ({ tag: 'x'.repeat(61), change: 'add' }),
		field: 'tag',
		echo: ['tag']
	},
	'/(app)/reglages/formats create': {
		url: () => '/reglages/formats',
		fields: () => ({
			name: '',
			type: 'debtors',
			separator: ';',
			extension: 'csv',
			encoding: 'utf-8',
			fileName: 'Débiteurs [date]',
			pos_0: '1'
		}),
		field: 'name',
		echo: ['fileName']
	},
	'/(app)/reglages/formats update': {
		url: () => '/reglages/formats?modifier=' + ids.format,
		fields: () => ({
			id: ids.format,
			name: '',
			type: 'debtors',
			separator: ';',
			extension: 'csv',
			encoding: 'utf-8',
			fileName: 'Renommé [date]',
			pos_0: '1'
		}),
		field: 'name',
		echo: ['fileName']
	},
	'/(app)/reglages/formats delete': { url: () => '/reglages/formats', fields: () => ({ id: 'x' }) },
	'/(app)/exporter export': { url: () => '/exporter', fields: () => ({ export: 'format', id: 'x' }) },
	'/(app)/importer upload': {
		url: () => '/importer',
		fields: () => ({ kind: 'debtors', encoding: 'windows-1252' }),
		field: 'file',
		echo: ['kind', 'encoding'],
		multipart: true
	},
	'/(app)/importer/[id] run': {
		url: () => `/importer/${ids.upload}`,
		fields: () => ({ map_accountNumber: '', map_name: '' })
	},
	'/(app)/a-valider approve': { url: () => '/a-valider', fields: () => ({ id: 'x', version: '0' }) },
	'/(app)/a-valider reject': { url: () => '/a-valider', fields: () => ({ id: 'x', version: '0', reason: '' }) },
	'/(app)/a-valider bulkApprove': { url: () => '/a-valider', fields: () => ({}) },
	'/(app)/a-valider bulkReject': { url: () => '/a-valider', fields: () => ({ reason: '' }) },
	'/(app)/a-valider/liste approve': { url: () => '/a-valider/liste', fields: () => ({ id: 'x', version: '0' }) },
	'/(app)/a-valider/liste approveShown': { url: () => '/a-valider/liste', fields: () => ({ shownAt: 'hier' }) },
	'/(app)/relances/nouvelle save': {
		url: () => `/relances/nouvelle?debiteur=${ids.debtor}`,
		fields: () => reminderFields({ shortDescription: '' }),
		field: 'shortDescription',
		echo: ['emailSubject', 'description']
	},
	'/(app)/relances/nouvelle preview': {
		url: () => `/relances/nouvelle?debiteur=${ids.debtor}`,
		fields: () => reminderFields({ debtorId: 'x' })
	},
	'/(app)/relances/[id] approve': {
		url: () => `/relances/${ids.reminder}`,
		fields: () => ({ id: ids.reminder, version: '0' })
	},
	'/(app)/relances/[id] reject': {
		url: () => `/relances/${ids.reminder}`,
		fields: () => ({ id: ids.reminder, version: '7', reason: 'Montant à revoir' }),
		echo: ['reason']
	},
	'/(app)/relances/[id] cancel': {
		url: () => `/relances/${ids.reminder}`,
		fields: () => ({ id: ids.reminder, version: '0' })
	},
	'/(app)/relances/[id] submit': {
		url: () => `/relances/${ids.reminder}`,
		fields: () => ({ id: ids.reminder, version: '0' })
	},
	'/(app)/relances/[id]/modifier save': {
		url: () => `/relances/${ids.reminder}/modifier`,
		fields: () => reminderFields({ shortDescription: '', version: '1' }),
		field: 'shortDescription',
		echo: ['emailSubject', 'description']
	},
	'/(app)/relances/[id]/modifier preview': {
		url: () => `/relances/${ids.reminder}/modifier`,
		fields: () => reminderFields({ debtorId: 'x', version: '1' })
	},
	'/(app)/debiteurs/nouveau default': {
		url: () => '/debiteurs/nouveau',
		fields: () => ({ accountNumber: 'LOC-TAPÉ', name: '', leaseReference: 'BAIL-7' }),
		field: 'name',
		echo: ['accountNumber', 'leaseReference']
	},
	'/(app)/debiteurs/[id]/modifier default': {
		url: () => `/debiteurs/${ids.debtor}/modifier`,
		fields: () => ({ accountNumber: 'LOC-TAPÉ', name: '', leaseReference: 'BAIL-7' }),
		field: 'name',
		echo: ['accountNumber', 'leaseReference']
	},
	'/(app)/debiteurs/[id] useSuggestion': { url: () => `/debiteurs/${ids.debtor}`, fields: () => ({ contactId: 'x' }) },
	'/(app)/debiteurs/[id] keepEmail': { url: () => `/debiteurs/${ids.debtor}`, fields: () => ({ contactId: 'x' }) },
	'/(app)/debiteurs/[id] pause': {
		url: () => `/debiteurs/${ids.debtor}`,
		fields: () => ({ until: '2001-01-01', promisedAmount: '120,50', note: 'Appel du locataire' }),
		field: 'until',
		echo: ['promisedAmount', 'note']
	},
	'/(app)/debiteurs/[id]/effacer default': {
		url: () => `/debiteurs/${ids.debtor}/effacer`,
		fields: () => ({}),
		field: 'confirm'
	},
	'/(app)/debiteurs/[id]/contacts/nouveau default': {
		url: () => `/debiteurs/${ids.debtor}/contacts/nouveau`,
		fields: () => contactFields(),
		field: 'email',
		echo: ['lastName', 'email', 'city']
	},
	'/(app)/debiteurs/[id]/contacts/[contactId] save': {
		url: () => `/debiteurs/${ids.debtor}/contacts/${ids.contact}`,
		fields: () => contactFields(),
		field: 'email',
		echo: ['lastName', 'email', 'city']
	},
	'/(app)/debiteurs/[id]/contacts/[contactId] delete': {
		url: () => `/debiteurs/${ids.debtor}/contacts/${ids.contact}`,
		fields: () => ({})
	},
	'/(app)/debiteurs/[id]/factures/nouvelle default': {
		url: () => `/debiteurs/${ids.debtor}/factures/nouvelle`,
		fields: () => ({ number: 'F-TAPÉE', issueDate: '2026-01-01', dueDate: '2026-01-31', amount: 'beaucoup' }),
		field: 'amount',
		echo: ['number', 'amount', 'dueDate']
	},
	'/(app)/debiteurs/[id]/paiements/nouveau default': {
		url: () => `/debiteurs/${ids.debtor}/paiements/nouveau`,
		fields: () => ({ amount: 'beaucoup', paidOn: '2026-01-05', reference: 'VIR-TAPÉ' }),
		field: 'amount',
		echo: ['amount', 'paidOn', 'reference']
	},
	'/(app)/courriers generate': { url: () => '/courriers', fields: () => ({}) },
	'/(app)/courriers confirm': { url: () => '/courriers', fields: () => ({ batchId: 'x', printed: 'peut-être' }) },
	'/(app)/courriers registeredNumber': {
		url: () => '/courriers',
		fields: () => ({ deliveryId: ids.letter, registeredNumber: '1A 123 ??' }),
		field: 'registeredNumber',
		echo: ['registeredNumber']
	},
	'/(app)/courriers checkDate': {
		url: () => '/courriers',
		fields: () => ({ date: '2026-02-30' }),
		field: 'date',
		echo: ['date']
	},
	'/(app)/courriers cancelDate': {
		url: () => '/courriers',
		fields: () => ({ date: '2026-02-30' }),
		field: 'date',
		echo: ['date']
	},
	'/(app)/notifications test': { url: () => '/notifications', fields: () => ({}) },
	'/(app)/modeles/nouveau create': {
		url: () => '/modeles/nouveau',
		fields: () => templateFields(),
		field: 'shortDescription',
		echo: ['name', 'emailSubject', 'emailBody']
	},
	'/(app)/modeles/nouveau preview': {
		url: () => '/modeles/nouveau',
		fields: () => ({ ...templateFields(), previewFor: 'x' })
	},
	'/(app)/modeles/[id] update': {
		url: () => `/modeles/${ids.template}`,
		fields: () => templateFields(),
		field: 'shortDescription',
		echo: ['name', 'emailSubject', 'emailBody']
	},
	'/(app)/modeles/[id] preview': {
		url: () => `/modeles/${ids.template}`,
		fields: () => ({ ...templateFields(), previewFor: 'x' })
	},
	'/(app)/compte password': {
		url: () => '/compte',
		fields: () => ({
			currentPassword: 'pas le bon',
			password: 'un nouveau mot de passe',
			confirmPassword: 'un nouveau mot de passe'
		}),
		field: 'currentPassword'
	},
	'/(app)/compte/double-authentification confirm': {
		url: () => '/compte/double-authentification',
		fields: () => ({ code: '12 34' }),
		field: 'code'
	},
	// Not on for this admin: refused as such, whatever is typed.
	'/(app)/compte/double-authentification disable': {
		url: () => '/compte/double-authentification',
		fields: () => ({ codeOrPassword: 'x' })
	},
	'/(app)/organisation switch': { url: () => '/organisation', fields: () => ({ organisationId: 'x' }) },
	'/(app)/instance suspend': { url: () => '/instance', fields: () => ({ organisationId: 'x', suspend: 'yes' }) },
	'/(auth)/inscription default': {
		url: () => '/inscription',
		fields: () => ({
			organisationName: 'Agence Tapée',
			name: 'Claire',
			email: 'pas-une-adresse',
			password: 'assez long pour passer',
			confirmPassword: 'assez long pour passer'
		}),
		field: 'email',
		echo: ['organisationName', 'email'],
		anonymous: true
	},
	'/(app)/reglages/organisation save': {
		url: () => '/reglages/organisation',
		fields: () => ({
			name: 'Agence Tapée',
			addressLine1: '1 rue Tapée',
			city: 'Lyon',
			timezone: 'Europe/Paris',
			sendingDays: ['1', '2'],
			sendingStart: '09:00',
			sendingEnd: '18:00',
			staleAfterDays: '7',
			smsSender: 'Agence !!'
		}),
		field: 'smsSender',
		echo: ['name', 'addressLine1', 'city', 'smsSender']
	},
	'/(app)/reglages/organisation sending-days': {
		url: () => '/reglages/organisation',
		fields: () => ({ country: 'XX' }),
		field: 'country'
	},
	'/(app)/reglages/organisation letters': {
		url: () => '/reglages/organisation',
		fields: () => ({ letterDuplex: 'on' }),
		field: 'logo',
		multipart: true
	},
	'/(app)/reglages/organisation twoFactor': {
		url: () => '/reglages/organisation',
		fields: () => ({ requireAdminTwoFactor: 'peut-être' }),
		field: 'requireAdminTwoFactor'
	},
	'/(app)/reglages/organisation fallback': {
		url: () => '/reglages/organisation',
		fields: () => ({ bounceFallback: 'pigeon' })
	},
	'/(app)/reglages/utilisateurs invite': {
		url: () => '/reglages/utilisateurs',
		fields: () => ({ email: 'pas-une-adresse', role: 'agent' }),
		field: 'email',
		echo: ['email', 'role']
	},
	'/(app)/reglages/utilisateurs resend': { url: () => '/reglages/utilisateurs', fields: () => ({ invitationId: 'x' }) },
	'/(app)/reglages/utilisateurs revoke': { url: () => '/reglages/utilisateurs', fields: () => ({ invitationId: 'x' }) },
	'/(app)/reglages/utilisateurs role': {
		url: () => '/reglages/utilisateurs',
		fields: () => ({ userId: ids.member, role: 'roi' })
	},
	'/(app)/reglages/utilisateurs remove': { url: () => '/reglages/utilisateurs', fields: () => ({ userId: 'x' }) },
	'/(app)/reglages/groupes create': {
		url: () => '/reglages/groupes',
		fields: () => ({ name: 'G'.repeat(200) }),
		field: 'name',
		echo: ['name']
	},
	'/(app)/reglages/groupes rename': {
		url: () => '/reglages/groupes',
		fields: () => ({ groupId: ids.group, name: '' }),
		field: 'name'
	},
	'/(app)/reglages/groupes delete': { url: () => '/reglages/groupes', fields: () => ({ groupId: 'x' }) },
	'/(app)/reglages/scenarios create': {
		url: () => '/reglages/scenarios',
		fields: () => ({ name: 'Scénario tapé', groupId: 'x' }),
		field: 'groupId',
		echo: ['name']
	},
	'/(app)/reglages/scenarios settings': {
		url: () => '/reglages/scenarios',
		fields: () => ({ cron: 'tous les jours', minGapDays: '3', cronEnabled: 'on' }),
		field: 'cron',
		echo: ['cron', 'minGapDays']
	},
	'/(app)/reglages/scenarios/[id] criteria': {
		url: () => `/reglages/scenarios/${ids.scenario}`,
		fields: () => ({ scenarioId: ids.scenario, name: '', minDaysOverdue: '12', minBalance: '50' }),
		field: 'name',
		echo: ['minDaysOverdue', 'minBalance']
	},
	'/(app)/reglages/scenarios/[id] saveStep': {
		url: () => `/reglages/scenarios/${ids.scenario}`,
		fields: () => ({
			scenarioId: ids.scenario,
			delayDays: '-3',
			delayFrom: 'due_date',
			channels: 'email',
			templateId: ids.template,
			tag: 'étape tapée'
		}),
		field: 'delayDays',
		echo: ['delayDays', 'tag']
	},
	'/(app)/reglages/scenarios/[id] deleteStep': {
		url: () => `/reglages/scenarios/${ids.scenario}`,
		fields: () => ({ scenarioId: ids.scenario, stepId: 'x' })
	},
	'/(app)/reglages/scenarios/[id] delete': {
		url: () => `/reglages/scenarios/${ids.scenario}`,
		fields: () => ({ scenarioId: 'x' })
	},
	'/(app)/factures/reprise apply': {
		url: () => '/factures/reprise',
		fields: () => ({ scope: 'filter', level: '99', q: 'Durand' }),
		field: 'level',
		echo: ['level']
	}
};

function reminderFields(overrides: Fields): Fields {
	return {
		debtorId: ids.debtor,
		sendDate: '2030-01-01',
		shortDescription: 'Relance tapée',
		description: 'Une note tapée',
		[`channels_${ids.contact}`]: 'email',
		emailSubject: 'Objet tapé',
		emailBody: 'Corps tapé',
		...overrides
	};
}

function contactFields(): Fields {
	return {
		civility: 'M.',
		firstName: 'Jean',
		lastName: 'Tapé',
		email: 'jean@@tapé',
		city: 'Villeurbanne',
		country: 'FR',
		role: 'tenant'
	};
}

function templateFields(): Fields {
	return {
		name: 'Modèle tapé',
		shortDescription: '',
		channels: 'email',
		emailSubject: 'Objet tapé',
		emailBody: 'Corps tapé'
	};
}

/** Route ids of the tree whose page declares form actions. */
function routesWithActions(dir = path.resolve('src/routes')): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) found.push(...routesWithActions(full));
		else if (entry.name === '+page.server.ts' && /export const actions\b/.test(readFileSync(full, 'utf8')))
			found.push('/' + path.relative(path.resolve('src/routes'), dir).split(path.sep).join('/'));
	}
	return found;
}

let admin: Client;
let anonymous: Client;

beforeAll(async () => {
	const db = await freshDb();
	const org = await makeOrganisation(db, 'Agence Formulaires');
	const user = await makeUser(db, org.id, 'admin');
	const member = await makeUser(db, org.id, 'agent');
	const debtor = await makeDebtor(db, org.id, 'Durand');
	const contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	const group = await makeGroup(db, org.id, 'Résidence des Lilas');
	const content = { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: '', letterBody: '' };
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'pending_validation',
			sendDate: '2030-01-01',
			shortDescription: 'Relance',
			requiresValidation: true,
			registered: true,
			content
		})
		.returning();
	await db
		.insert(reminderRecipients)
		.values({ reminderId: reminder.id, contactId: contact.id, channels: ['email', 'letter'] });
	const [template] = await db
		.insert(templates)
		.values({ organisationId: org.id, name: 'Modèle', shortDescription: 'Relance' })
		.returning();
	const [scenario] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Scénario' }).returning();
	const [upload] = await db
		.insert(importUploads)
		.values({
			organisationId: org.id,
			kind: 'debtors',
			fileName: 'd.csv',
			encoding: 'utf-8',
			content: Buffer.from('Compte;Nom\nA;B\n').toString('base64')
		})
		.returning();
	const [format] = await db
		.insert(exportFormats)
		.values({
			organisationId: org.id,
			name: 'F',
			type: 'debtors',
			separator: ';',
			extension: 'csv',
			encoding: 'utf-8',
			fields: ['Nom'],
			fileName: 'F [date]'
		})
		.returning();
	const [batch] = await db.insert(letterBatches).values({ organisationId: org.id, letterCount: 1 }).returning();
	const [letter] = await db
		.insert(deliveries)
		.values({
			organisationId: org.id,
			reminderId: reminder.id,
			contactId: contact.id,
			channel: 'letter',
			status: 'sent',
			letterBatchId: batch.id
		})
		.returning();
	Object.assign(ids, {
		debtor: debtor.id,
		contact: contact.id,
		reminder: reminder.id,
		template: template.id,
		scenario: scenario.id,
		upload: upload.id,
		format: format.id,
		group: group.id,
		member: member.id,
		letter: letter.id,
		invitation: await makeInvitation(db, org.id, 'invitee@example.test'),
		joinInvitation: await makeInvitation(db, org.id, (await makeUser(db, null, 'agent')).email),
		reset: await makeResetLink(db, member.id)
	});
	// The instance's administrator too, and sign-ups open: their forms are refused like the others.
	await db.update(users).set({ isInstanceAdmin: true }).where(eq(users.id, user.id));
	process.env.SIGNUP = 'on';
	admin = await loggedIn(user.email, TEST_PASSWORD);
	anonymous = await Client.create();
	// Past the password of an account with a second factor: still anonymous, its login waiting for the code.
	const guarded = await makeUser(db, org.id, 'agent');
	await db.insert(twoFactor).values({ userId: guarded.id, secret: new Uint8Array(20), enabledAt: new Date() });
	const halfway = await anonymous.post('/login', { email: guarded.email, password: TEST_PASSWORD });
	if (halfway.location !== '/login/code') throw new Error(`no second step: ${halfway.status} ${halfway.location}`);
}, 120_000);

afterAll(() => {
	delete process.env.SIGNUP;
});

function post(client: Client, url: string, fields: Fields, multipart = false): Promise<Reply> {
	if (!multipart) return client.post(url, fields);
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
	// A file input left empty, or holding what the form does not take.
	form.append(
		/importer/.test(url) ? 'file' : 'logo',
		new File([/importer/.test(url) ? '' : 'pas une image'], /importer/.test(url) ? '' : 'logo.txt', {
			type: 'text/plain'
		})
	);
	return client.upload(url, form);
}

describe('every refused form, without JavaScript', () => {
	it('lists every form action of the app', () => {
		const declared = routesWithActions();
		expect(declared.length).toBeGreaterThan(30);
		const listed = new Set([...Object.keys(CASES), ...Object.keys(NEVER_REFUSED)]);
		for (const route of declared) {
			const actions = Object.keys(ROUTE_RULES[route]?.actions ?? {});
			expect(actions.length, `${route}: its actions are missing from ROUTE_RULES`).toBeGreaterThan(0);
			for (const action of actions)
				expect(listed.has(`${route} ${action}`), `${route} ${action}: add a refused post of it here`).toBe(true);
		}
		for (const key of listed) {
			const [route, action] = key.split(' ');
			expect(declared, key).toContain(route);
			expect(Object.keys(ROUTE_RULES[route].actions ?? {}), key).toContain(action);
		}
	});

	it.each(Object.entries(CASES))('%s: a 4xx page with the error and what was typed', async (key, refusal) => {
		const action = key.split(' ')[1];
		const base = refusal.url();
		const url = action === 'default' ? base : `${base}${base.includes('?') ? '&' : '?'}/${action}`;
		const fields = refusal.fields();
		const reply = await post(refusal.anonymous ? anonymous : admin, url, fields, refusal.multipart);
		const where = `${key} → ${reply.status} ${reply.location ?? ''}`;
		expect([400, 409, 422], where).toContain(reply.status);
		expect(reply.headers['content-type'], where).toMatch(/text\/html/);
		expect(reply.body, where).not.toContain('class="error-page"');
		const shown = alerts(reply.body).filter(Boolean);
		if (refusal.field) {
			const controls = controlsNamed(reply.body, refusal.field);
			expect(controls.length, `${where}: no field ${refusal.field} on the page`).toBeGreaterThan(0);
			const flagged = controls.find((c) => c.attributes['aria-invalid'] === 'true');
			expect(flagged, `${where}: ${refusal.field} is not marked invalid`).toBeDefined();
			const message = (flagged!.attributes['aria-describedby'] ?? '')
				.split(/\s+/)
				.map((ref) => (ref ? textOfId(reply.body, ref) : undefined))
				.filter(Boolean)
				.join(' ');
			expect(message, `${where}: no error tied to ${refusal.field}`).not.toBe('');
		} else expect(shown, `${where}: no error said`).not.toEqual([]);
		for (const name of refusal.echo ?? []) {
			const posted = [fields[name]].flat();
			const controls = controlsNamed(reply.body, name);
			const back = controls.flatMap((c) =>
				c.attributes.type === 'checkbox' || c.attributes.type === 'radio' ? (c.checked ? c.values : []) : c.values
			);
			for (const value of posted) expect(back, `${where}: ${name} lost what was typed`).toContain(value);
		}
	});
});
