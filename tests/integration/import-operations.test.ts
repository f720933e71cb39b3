import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import { operationIn, operationReply } from '../helpers/operations';
import { debtors, importUploads, invoices, operations, payments, reminders } from '../../src/lib/server/db/schema';
import { runOperation } from '../../src/lib/server/background/operations';
import { runScenarios } from '../../src/lib/server/scenarios/run';
import { addDays } from '../../src/lib/server/scenarios/days';
import { oneStepScenario } from '../helpers/scenarios';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let org: { id: string };
let manager: Client;

const today = () => todayIn('Europe/Paris');
const frenchDay = (iso: string) => iso.split('-').reverse().join('/');
const nothing = async () => {};

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Import');
	manager = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
});

/** The file sent as the upload form sends it; the answer is the mapping page's address. */
async function upload(client: Client, kind: string, name: string, text: string): Promise<string> {
	const form = new FormData();
	form.set('kind', kind);
	form.set('encoding', 'auto');
	form.set('file', new Blob([text], { type: 'text/csv' }), name);
	const reply = await client.upload('/importer?/upload', form);
	expect(reply.status).toBe(303);
	return reply.location!;
}

const debtorsFile = (n: number) =>
	'Code;Raison sociale;Bail\n' +
	Array.from({ length: n }, (_, i) => `CL-${String(i).padStart(4, '0')};Client ${i};B-${i}\n`).join('');
const DEBTOR_MAPPING = { map_accountNumber: 'Code', map_name: 'Raison sociale', map_leaseReference: 'Bail' };

/** Debtors of the organisation, written as a file would have: accounts P-0000… */
async function someDebtors(n: number) {
	return db
		.insert(debtors)
		.values(
			Array.from({ length: n }, (_, i) => ({
				organisationId: org.id,
				accountNumber: `P-${String(i).padStart(4, '0')}`,
				name: `Payeur ${i}`
			}))
		)
		.returning();
}

describe('an import of a few hundred rows, as a long operation', () => {
	it("answers with its operation, joined by a second click and seen on another device, and its job brings the progress to the file's rows", async () => {
		const page = await upload(manager, 'debtors', 'clients.csv', debtorsFile(300));
		expect((await manager.get(page)).body).toContain('Importer les 300 lignes');

		// Without JavaScript: the answer names the operation on the mapping page; nothing is written yet.
		const first = await manager.post(`${page}?/run`, DEBTOR_MAPPING);
		expect(first.status).toBe(303);
		expect(first.location).toMatch(new RegExp(`^${page}\\?operation=[0-9a-f-]{36}$`));
		const id = operationIn(first.location)!;
		expect(await operationReply(manager, id)).toMatchObject({ kind: 'import', status: 'running', done: 0, total: 300 });
		expect(await db.select().from(debtors)).toHaveLength(0);

		// A second click, with JavaScript, joins it.
		const second = await manager.action(`${page}?/run`, DEBTOR_MAPPING);
		expect(second.type).toBe('redirect');
		expect(operationIn(second.location)).toBe(id);
		expect(second.location).toContain('rejoint');
		expect(await db.select().from(operations)).toHaveLength(1);

		// Another device of the organisation sees it running, on the file's page and on the imports page.
		const admin = await loggedIn((await makeUser(db, org.id, 'admin')).email, TEST_PASSWORD);
		for (const path of [page, '/importer']) {
			const body = (await admin.get(path)).body;
			expect(body, path).toContain(`data-operation-id="${id}" data-status="running" data-done="0" data-total="300"`);
			expect(body, path).toContain('data-testid="operation-refresh"');
		}
		// Those who may not import do not follow it.
		const agent = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
		expect((await operationReply(agent, id)).http).toBe(404);
		const stranger = await loggedIn(
			(await makeUser(db, (await makeOrganisation(db, 'Autre')).id, 'admin')).email,
			TEST_PASSWORD
		);
		expect((await operationReply(stranger, id)).http).toBe(404);

		await runOperation(db, id, nothing);
		expect(await operationReply(admin, id)).toMatchObject({
			status: 'done',
			done: 300,
			total: 300,
			message: 'Import terminé : 300 créés, 0 modifié, 0 inchangé.'
		});
		expect(await db.select().from(debtors)).toHaveLength(300);
		expect(await db.select().from(importUploads)).toHaveLength(0);

		// The file is gone with its import: its page leads where an import answered at once does.
		const after = await manager.get(`${page}?operation=${id}`);
		expect(after.status).toBe(303);
		expect(after.location).toBe('/importer?importe=debtors&crees=300&modifies=0&inchanges=0');
		const imports = (await manager.get(after.location!)).body;
		expect(imports).toContain('Import terminé (Débiteurs) : 300 créés, 0 modifiés, 0 inchangés.');
		expect(imports).toContain(`data-testid="recent-operation" data-operation-id="${id}" data-status="done"`);
		expect(imports).not.toContain('data-testid="operation"');
		expect((await manager.get(page)).status).toBe(404);

		// The same file again: an operation again, which changes nothing.
		const again = await upload(
			manager,
			'debtors',
			'clients.csv',
			debtorsFile(300).replace('Client 7;', 'Client sept;')
		);
		const next = operationIn((await manager.post(`${again}?/run`, DEBTOR_MAPPING)).location)!;
		expect(next).not.toBe(id);
		await runOperation(db, next, nothing);
		expect(await operationReply(manager, next)).toMatchObject({
			status: 'done',
			done: 300,
			message: 'Import terminé : 0 créé, 1 modifié, 299 inchangés.'
		});
	});

	it('keeps a small file on the immediate path, and answers the errors that need no database at once', async () => {
		const small = await upload(manager, 'debtors', 'clients.csv', debtorsFile(200));
		const done = await manager.post(`${small}?/run`, DEBTOR_MAPPING);
		expect(done.location).toBe('/importer?importe=debtors&crees=200&modifies=0&inchanges=0');
		expect(await db.select().from(operations)).toHaveLength(0);

		const bad = await upload(manager, 'debtors', 'clients.csv', debtorsFile(300) + 'CL-0001;Encore;\n');
		const refused = await manager.post(`${bad}?/run`, DEBTOR_MAPPING);
		expect(refused.status).toBe(400);
		expect(refused.body).toContain('Référence « CL-0001 » en double (déjà ligne 3).');
		expect(refused.body).toContain('data-testid="import-error"');
		expect(await db.select().from(operations)).toHaveLength(0);
	});

	it("ends refused rows of the database as a failed operation, and the file's page shows them with the mapping used, in the language of who started it", async () => {
		await someDebtors(240);
		const day = frenchDay(today());
		const rows = Array.from(
			{ length: 250 },
			(_, i) => `V-${i};${i < 240 ? `P-${String(i).padStart(4, '0')}` : `INCONNU-${i}`};;10,00;${day}`
		);
		const page = await upload(manager, 'payments', 'virements.csv', 'Réf;Cpt;Fact;Mt;Le\n' + rows.join('\n') + '\n');
		await manager.action('/langue', { locale: 'en', redirectTo: '/' });
		const mapping = {
			map_externalRef: 'Réf',
			map_accountNumber: 'Cpt',
			map_invoiceNumber: 'Fact',
			map_amount: 'Mt',
			map_paidOn: 'Le'
		};
		const id = operationIn((await manager.post(`${page}?/run`, mapping)).location)!;
		await runOperation(db, id, nothing);

		expect(await db.select().from(payments)).toHaveLength(0);
		const colleague = await loggedIn((await makeUser(db, org.id, 'admin')).email, TEST_PASSWORD);
		expect(await operationReply(colleague, id)).toMatchObject({
			status: 'failed',
			total: 250,
			message: "Import refusé : 10 lignes en erreur, rien n'a été importé."
		});
		const named = (await colleague.get(`${page}?operation=${id}`)).body;
		expect(named).toMatch(
			/role="alert" data-testid="operation-outcome">Import refusé : 10 lignes en erreur, rien n'a été importé\.</
		);
		// Without naming it, after a reload or on another device: the rows, and the mapping that was used.
		const shown = (await colleague.get(page)).body;
		expect(shown.match(/data-testid="import-error"/g)).toHaveLength(10);
		expect(shown).toMatch(/<td[^>]*>242<\/td>/);
		expect(shown).toContain('Unknown account "INCONNU-240": import the debtors first.');
		expect(shown).toMatch(/<option value="Cpt" selected/);
		expect(shown).not.toContain('data-testid="operation"');

		// Fixed, the same file's next try runs anew and leaves no report behind.
		await someDebtorsNamed([
			'INCONNU-240',
			'INCONNU-241',
			'INCONNU-242',
			'INCONNU-243',
			'INCONNU-244',
			'INCONNU-245',
			'INCONNU-246',
			'INCONNU-247',
			'INCONNU-248',
			'INCONNU-249'
		]);
		const retry = operationIn((await manager.post(`${page}?/run`, mapping)).location)!;
		expect(retry).not.toBe(id);
		expect((await colleague.get(page)).body).not.toContain('data-testid="import-error"');
		await runOperation(db, retry, nothing);
		expect(await operationReply(colleague, retry)).toMatchObject({
			status: 'done',
			message: 'Import terminé : 250 créés, 0 modifié, 0 inchangé.'
		});
		expect(await db.select().from(payments)).toHaveLength(250);
	});

	it('resumes after its write committed without writing twice, and still stops the reminders of the debtors it settled', async () => {
		process.env.OPERATION_CHUNK_SIZE = '40';
		try {
			const settled = await scenarioDebtor();
			const others = await someDebtors(259);
			const day = frenchDay(today());
			const rows = [
				`VIR-S;${settled.debtor.accountNumber};${settled.invoice.number};600,00;${day}`,
				...others.map((d, i) => `VIR-${i};${d.accountNumber};;5,00;${day}`)
			];
			const page = await upload(
				manager,
				'payments',
				'virements.csv',
				'Référence;Compte;Facture;Montant;Date\n' + rows.join('\n') + '\n'
			);
			const mapping = {
				map_externalRef: 'Référence',
				map_accountNumber: 'Compte',
				map_invoiceNumber: 'Facture',
				map_amount: 'Montant',
				map_paidOn: 'Date'
			};
			const id = operationIn((await manager.post(`${page}?/run`, mapping)).location)!;

			// The server goes away while the settled debtor's reminders follow, after the rows committed.
			await db.execute(
				sql`create or replace function crash_on_stop() returns trigger language plpgsql as $$ begin raise exception 'server gone'; end $$`
			);
			await db.execute(
				sql`create trigger crash_on_stop before update on reminders for each row when (new.status = 'deleted') execute function crash_on_stop()`
			);
			await expect(runOperation(db, id, nothing, { lastTry: false })).rejects.toThrow();
			expect(await db.select().from(payments)).toHaveLength(260);
			const [paid] = await db.select().from(invoices).where(eq(invoices.id, settled.invoice.id));
			expect(paid.paidCents).toBe(60_000);
			const cut = await operationReply(manager, id);
			expect(cut).toMatchObject({
				status: 'running',
				done: 260,
				total: 260,
				outcomeParams: { phase: 'reevaluating', created: 260, stepTotal: 260 }
			});
			expect((await manager.get(page)).body).toContain('Lignes écrites. Mise à jour des relances des débiteurs');
			expect(await reminderStatuses(settled.debtor.id)).toEqual(['scheduled']);

			await db.execute(sql`drop trigger crash_on_stop on reminders`);
			await runOperation(db, id, nothing);
			expect(await operationReply(manager, id)).toMatchObject({
				status: 'done',
				done: 260,
				message: 'Import terminé : 260 créés, 0 modifié, 0 inchangé.'
			});
			expect(await db.select().from(payments)).toHaveLength(260);
			const [still] = await db.select().from(invoices).where(eq(invoices.id, settled.invoice.id));
			expect(still.paidCents).toBe(60_000);
			expect(await reminderStatuses(settled.debtor.id)).toEqual(['deleted']);
		} finally {
			delete process.env.OPERATION_CHUNK_SIZE;
			await db.execute(sql`drop trigger if exists crash_on_stop on reminders`);
			await db.execute(sql`drop function if exists crash_on_stop`);
		}
	});
});

async function someDebtorsNamed(accounts: string[]) {
	await db
		.insert(debtors)
		.values(accounts.map((accountNumber) => ({ organisationId: org.id, accountNumber, name: accountNumber })));
}

/** A debtor overdue whose scenario has written his first reminder, waiting to leave. */
async function scenarioDebtor() {
	const admin = await makeUser(db, org.id, 'admin');
	await oneStepScenario(db, org.id, { reportUserIds: [admin.id] });
	const [debtor] = await db
		.insert(debtors)
		.values({ organisationId: org.id, accountNumber: 'S-1', name: 'Martin Claire' })
		.returning();
	await makeContact(db, org.id, debtor.id);
	const invoice = await makeInvoice(db, org.id, debtor.id, {
		issueDate: addDays(today(), -40),
		dueDate: addDays(today(), -30),
		amountCents: 60_000
	});
	await runScenarios(db, org.id, 'manual');
	expect(await reminderStatuses(debtor.id)).toEqual(['scheduled']);
	return { debtor, invoice };
}

async function reminderStatuses(debtorId: string) {
	return (await db.select({ status: reminders.status }).from(reminders).where(eq(reminders.debtorId, debtorId))).map(
		(r) => r.status
	);
}
