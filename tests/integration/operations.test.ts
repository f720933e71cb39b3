import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb, testDatabase } from '../helpers/db';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import { operationIn, operationReply } from '../helpers/operations';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { sendersFor } from '../fakes/senders';
import { deliveries, operations } from '../../src/lib/server/db/schema';
import { makeReadyReminders, readyForm } from '../helpers/ready-reminders';
import { startBackground } from '../../src/lib/server/background';
import { runOperation } from '../../src/lib/server/background/operations';
import type { Db } from '../../src/lib/server/db/types';

/** As French writes it: « 1 000 », a narrow no-break space between the thousands. */
const thousand = (1000).toLocaleString('fr-FR');

let resend: FakeResend;
let vonage: FakeVonage;
let db: Db;
let org: { id: string };
let manager: Client;

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend({ light: true }), startFakeVonage()]);
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});

beforeEach(async () => {
	db = await freshDb();
	resend.reset();
	org = await makeOrganisation(db, 'Agence Volume');
	manager = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
});

const readyReminders = (n: number) => makeReadyReminders(db, org.id, n);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 180): Promise<T> {
	const deadline = Date.now() + seconds * 1000;
	for (;;) {
		const value = await read();
		if (done(value) || Date.now() > deadline) return value;
		await new Promise((r) => setTimeout(r, 200));
	}
}

describe('« Envoyer la liste prête » as a long operation', () => {
	it(
		'answers at once for 1,000 ready reminders, a second click joins, the progress reaches 1,000 and each leaves once',
		{ timeout: 300_000 },
		async () => {
			const all = await readyReminders(1000);
			const page = (await manager.get('/avant-envoi')).body;
			expect(page).toContain(`Envoyer la liste prête (${thousand})`);
			const fields = readyForm(page);
			// The page shows 500; the other 500 leave with them.
			expect(fields.reminderId).toHaveLength(500);
			expect(fields.beyond).toBe('1');

			// Without JavaScript: the answer names the operation; no worker has taken it yet.
			const first = await manager.post('/avant-envoi?/sendDue', fields);
			expect(first.status).toBe(303);
			const id = operationIn(first.location)!;
			expect(id).toMatch(/^[0-9a-f-]{36}$/);
			const started = await operationReply(manager, id);
			expect(started).toMatchObject({ status: 'running', total: 1000, kind: 'send_due' });
			expect(started.done).toBeLessThan(1000);

			// A second click, with JavaScript, joins the running operation.
			const second = await manager.action('/avant-envoi?/sendDue', fields);
			expect(second.type).toBe('redirect');
			expect(operationIn(second.location)).toBe(id);
			expect(second.location).toContain('rejoint');
			expect(await db.select().from(operations)).toHaveLength(1);

			// Another device of the organisation sees the running operation on the page.
			const colleague = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
			const elsewhere = (await colleague.get('/avant-envoi')).body;
			expect(elsewhere).toContain(`data-operation-id="${id}"`);
			expect(elsewhere).toContain('data-status="running"');
			expect(elsewhere).toMatch(/<a href="\/avant-envoi"[^>]*data-testid="operation-refresh"[^>]*>Actualiser<\/a>/);

			const runtime = await startBackground(await testDatabase(), {
				senders: sendersFor(resend, vonage),
				intervalSeconds: 0,
				workers: true
			});
			try {
				const seen: number[] = [];
				const finished = await until(
					async () => {
						const reply = await operationReply(colleague, id);
						seen.push(reply.done!);
						return reply;
					},
					(reply) => reply.status !== 'running'
				);
				expect(finished).toMatchObject({
					status: 'done',
					done: 1000,
					total: 1000,
					message: `Envoi terminé : ${thousand} relances, ${thousand} envois.`
				});
				expect(seen).toEqual([...seen].sort((a, b) => a - b));

				const made = await db.select({ reminderId: deliveries.reminderId }).from(deliveries);
				expect(made).toHaveLength(1000);
				expect(new Set(made.map((d) => d.reminderId))).toEqual(new Set(all));
				await until(
					() => Promise.resolve(resend.delivered.length),
					(n) => n >= 1000,
					120
				);
				expect(resend.delivered).toHaveLength(1000);
				expect(new Set(resend.delivered.map((e) => e.deliveryId)).size).toBe(1000);
			} finally {
				await runtime.stop();
			}

			// Finished, the page says what it did, and the recent operations keep it.
			const after = (await manager.get(`/avant-envoi?operation=${id}`)).body;
			expect(after).toContain('data-testid="operation-outcome"');
			expect(after).toContain(`Envoi terminé : ${thousand} relances, ${thousand} envois.`);
			expect(after).toContain(`data-testid="recent-operation" data-operation-id="${id}" data-status="done"`);
			expect(readyForm((await manager.get('/avant-envoi')).body).reminderId).toEqual([]);
		}
	);

	it('resumes a try cut off after a chunk from where it stopped, sending nothing twice; the last try says why it failed', async () => {
		process.env.OPERATION_CHUNK_SIZE = '10';
		try {
			await readyReminders(30);
			const reply = await manager.post('/avant-envoi?/sendDue', readyForm((await manager.get('/avant-envoi')).body));
			const id = operationIn(reply.location)!;
			let chunks = 0;
			// The queue goes away during the second chunk: its claim is rolled back with it.
			const flaky = async () => {
				if (++chunks === 2) throw new Error('connection lost');
			};
			await expect(runOperation(db, id, flaky, { lastTry: false })).rejects.toThrow('connection lost');
			expect(await operationReply(manager, id)).toMatchObject({ status: 'running', done: 10, total: 30 });
			expect(await db.select().from(deliveries)).toHaveLength(10);

			await runOperation(db, id, async () => {});
			expect(await operationReply(manager, id)).toMatchObject({
				status: 'done',
				done: 30,
				message: 'Envoi terminé : 30 relances, 30 envois.'
			});
			const made = await db.select({ reminderId: deliveries.reminderId }).from(deliveries);
			expect(new Set(made.map((d) => d.reminderId)).size).toBe(30);
			expect(made).toHaveLength(30);

			await readyReminders(15);
			const again = operationIn(
				(await manager.post('/avant-envoi?/sendDue', readyForm((await manager.get('/avant-envoi')).body))).location
			)!;
			expect(again).not.toBe(id);
			chunks = 0;
			await expect(runOperation(db, again, flaky)).rejects.toThrow();
			const failed = await operationReply(manager, again);
			expect(failed).toMatchObject({ status: 'failed', done: 10, total: 15 });
			expect(failed.message).toBe(
				'Interrompue par une erreur après 10 sur 15 traités. Relancez-la : rien ne sera envoyé deux fois.'
			);
			expect((await manager.get(`/avant-envoi?operation=${again}`)).body).toContain(
				'role="alert" data-testid="operation-outcome"'
			);
		} finally {
			delete process.env.OPERATION_CHUNK_SIZE;
		}
	});

	it('shows an operation only to its organisation, and to the roles that may start its kind', async () => {
		await readyReminders(3);
		const id = operationIn(
			(await manager.post('/avant-envoi?/sendDue', readyForm((await manager.get('/avant-envoi')).body))).location
		)!;
		expect((await operationReply(manager, id)).http).toBe(200);
		const other = await makeOrganisation(db, 'Autre agence');
		const stranger = await loggedIn((await makeUser(db, other.id, 'admin')).email, TEST_PASSWORD);
		expect((await operationReply(stranger, id)).http).toBe(404);
		const approver = await loggedIn((await makeUser(db, org.id, 'approver')).email, TEST_PASSWORD);
		expect((await operationReply(approver, id)).http).toBe(403);
		expect((await operationReply(manager, '00000000-0000-0000-0000-000000000000')).http).toBe(404);
		expect((await operationReply(manager, 'pas-un-id')).http).toBe(404);
		// A crash past every retry: the running operation with no heartbeat for so long is marked lost.
		await db
			.update(operations)
			.set({ heartbeatAt: sql`now() - interval '2 hours'` })
			.where(eq(operations.id, id));
		expect(await operationReply(manager, id)).toMatchObject({
			status: 'failed',
			message:
				"Interrompue : le serveur qui la menait s'est arrêté (0 sur 3 traités). Relancez-la : rien ne sera envoyé deux fois."
		});
	});
});
