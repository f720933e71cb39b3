import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeDebtor, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { Client, loggedIn } from '../helpers/app';
import type { Db } from '../../src/lib/server/db/types';

/**
 * Random and hostile input on the form actions, as a person or a script could send it: every
 * answer is a 4xx with a message next to a field (or a success that stored what was sent),
 * never a 500, and a refused form leaves the database as it was.
 */
const HOSTILE = [
	'',
	' ',
	'<script>alert(1)</script>',
	"'; drop table reminders; --",
	'" OR 1=1 --',
	'\u202eevil\u202c',
	'\u0000\u0001\u0007',
	'Nom\u0000caché',
	'🏠💶👩‍👩‍👧',
	'x'.repeat(5_000),
	'9'.repeat(400),
	'-1',
	'1e309',
	'NaN',
	'12,345.67',
	'2026-02-30',
	'99999-12-31',
	'0000-01-01',
	'{{ solde }}',
	'{% include "x" %}',
	'../../etc/passwd',
	'00000000-0000-0000-0000-000000000000'
];
const hostile = fc.oneof(
	fc.constantFrom(...HOSTILE),
	fc.string({ maxLength: 80 }),
	fc.string({ unit: 'grapheme', maxLength: 40 })
);
const field = fc.oneof(hostile, fc.array(hostile, { minLength: 2, maxLength: 3 }));

const TABLES = ['debtors', 'contacts', 'invoices', 'payments', 'groups', 'reminders', 'reminder_events', 'templates'];

let db: Db;
let admin: Client;
let debtorId: string;

beforeAll(async () => {
	db = await freshDb();
	const org = await makeOrganisation(db, 'Agence Fuzz');
	const user = await makeUser(db, org.id, 'admin');
	debtorId = (await makeDebtor(db, org.id, 'Durand')).id;
	admin = await loggedIn(user.email, TEST_PASSWORD);
}, 60_000);

async function counts(): Promise<Record<string, number>> {
	const result = await db.execute<Record<string, number>>(
		sql.raw(`select ${TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`)
	);
	return (Array.isArray(result) ? result : (result as { rows: Record<string, number>[] }).rows)[0];
}

type Form = { path: () => string; fields: string[]; table: string };
const FORMS: Record<string, Form> = {
	'a new debtor': {
		path: () => '/debiteurs/nouveau',
		fields: ['accountNumber', 'name', 'leaseReference', 'groupIds'],
		table: 'debtors'
	},
	'a new contact': {
		path: () => `/debiteurs/${debtorId}/contacts/nouveau`,
		fields: [
			'civility',
			'firstName',
			'lastName',
			'email',
			'mobilePhone',
			'addressLine1',
			'postalCode',
			'city',
			'country',
			'role',
			'consentEmail'
		],
		table: 'contacts'
	},
	'a new invoice': {
		path: () => `/debiteurs/${debtorId}/factures/nouvelle`,
		fields: ['number', 'issueDate', 'dueDate', 'amount'],
		table: 'invoices'
	},
	'a payment': {
		path: () => `/debiteurs/${debtorId}/paiements/nouveau`,
		fields: ['amount', 'paidOn', 'invoiceId', 'reference'],
		table: 'payments'
	},
	'a new group': { path: () => '/reglages/groupes?/create', fields: ['name'], table: 'groups' }
};

describe('hostile input on the forms', () => {
	it.each(Object.entries(FORMS))(
		'%s: a 4xx with a message, or stored as sent; never a 500',
		{ timeout: 120_000 },
		async (_name, form) => {
			await fc.assert(
				fc.asyncProperty(
					fc.dictionary(fc.constantFrom(...form.fields), field, { maxKeys: form.fields.length }),
					async (values) => {
						const before = await counts();
						const reply = await admin.action(form.path(), values as Record<string, string | string[]>);
						expect(reply.status, JSON.stringify(values).slice(0, 300)).toBeLessThan(500);
						const after = await counts();
						if (reply.type === 'failure') {
							expect(reply.status).toBeGreaterThanOrEqual(400);
							const data = reply.data ?? {};
							const said = Object.values((data.errors ?? {}) as Record<string, string>).concat(
								data.error ? [String(data.error)] : []
							);
							expect(said.length, JSON.stringify(data).slice(0, 300)).toBeGreaterThan(0);
							for (const message of said) expect(message.trim().length).toBeGreaterThan(0);
							expect(after).toEqual(before);
						} else {
							expect(['success', 'redirect']).toContain(reply.type);
							expect(after[form.table]).toBe(before[form.table] + 1);
						}
					}
				),
				{ numRuns: 40 }
			);
		}
	);

	it('the login form: any input is refused in words, never a 500, and no session is made', async () => {
		await fc.assert(
			fc.asyncProperty(field, field, async (email, password) => {
				const visitor = await Client.create({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
				const reply = await visitor.action('/login', { email, password } as Record<string, string | string[]>);
				expect(reply.status).toBeLessThan(500);
				expect(reply.type).toBe('failure');
				expect(visitor.cookies.has('relance_session')).toBe(false);
			}),
			{ numRuns: 40 }
		);
	}, 120_000);
});

describe('text that could deceive, and bodies too large', () => {
	it('a name holding a right-to-left override is refused next to its field, and nothing is written', async () => {
		const before = await counts();
		const reply = await admin.action('/debiteurs/nouveau', {
			accountNumber: 'RTL-1',
			name: 'Durand \u202egnp.exe\u202c',
			leaseReference: ''
		});
		expect(reply.type).toBe('failure');
		expect(reply.status).toBe(400);
		const errors = reply.data?.errors as Record<string, string>;
		expect(errors.name).toBe(
			"Ce texte contient un caractère invisible qui inverse le sens d'affichage (U+202A à U+202E, U+2066 à U+2069) : retirez-le."
		);
		expect(errors.accountNumber).toBeUndefined();
		expect(await counts()).toEqual(before);
		// An isolate is refused as well; a plain right-to-left name is not.
		const isolate = await admin.action('/reglages/groupes?/create', { name: 'Groupe \u2067x\u2069' });
		expect((isolate.data?.errors as Record<string, string>).name).toMatch(/caractère invisible/);
		const arabic = await admin.action('/reglages/groupes?/create', { name: 'مجموعة' });
		expect(arabic.type).toBe('success');
	});

	it('a form without JavaScript comes back with the error next to the field and what was typed', async () => {
		const reply = await admin.post('/debiteurs/nouveau', {
			accountNumber: 'RTL-2',
			name: 'Dupont \u202dx',
			leaseReference: 'Bail 9'
		});
		expect(reply.status).toBe(400);
		expect(reply.body).toContain('caractère invisible qui inverse le sens');
		expect(reply.body).toContain('value="RTL-2"');
		expect(reply.body).toContain('value="Bail 9"');
	});

	it('a request over the body limit is told so in French, with the limit, and writes nothing', async () => {
		const before = await counts();
		const reply = await admin.action('/debiteurs/nouveau', {
			accountNumber: 'BIG-1',
			name: 'x'.repeat(5 * 1024 * 1024),
			leaseReference: ''
		});
		expect(reply.status).toBe(413);
		expect(JSON.stringify(reply)).toContain('Envoi trop volumineux : 512 Ko au plus par envoi.');
		const page = await admin.post('/debiteurs/nouveau', {
			accountNumber: 'BIG-2',
			name: 'x'.repeat(5 * 1024 * 1024),
			leaseReference: ''
		});
		expect(page.status).toBe(413);
		expect(page.body).toContain('Envoi trop volumineux : 512 Ko au plus par envoi.');
		expect(await counts()).toEqual(before);
	});
});
