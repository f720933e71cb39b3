/**
 * How long « Envoyer la liste prête » takes to answer for 1,000 ready reminders: `npm run bench
 * -- operations` (and part of `npm run bench`). For the embedded PGlite and for PostgreSQL
 * (BENCH_DATABASE_URL's server), each in a child process of its own: the built app (build/, from
 * `vite build`) served in that process as the integration tests serve it, a manager signed in,
 * 1,000 reminders on today's ready list; the form posted as the page sends it (500 boxes ticked,
 * the rest beyond them) and timed until the answer naming the operation. The work itself is the
 * operation's job, not measured here: the queue's workers are off, and each round's operation is
 * closed by hand so that the next click starts one rather than joining it.
 * Writes bench/OPERATIONS.md and prints the same table.
 */
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordFigures } from './figures';
import { eq } from 'drizzle-orm';

const here = path.dirname(fileURLToPath(import.meta.url));
const PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const REMINDERS = 1000;
const ROUNDS = 7;
const TARGET_MS = 1000;

interface Result {
	name: string;
	skipped?: string;
	/** Each round's answer, in milliseconds, the first (cold) included. */
	answersMs?: number[];
	pageMs?: number;
}

async function measure(): Promise<Result> {
	// The app as the integration tests run it: no scheduler, no workers, the database handed in.
	const { testDatabase, freshDb } = await import('../tests/helpers/db');
	const { loggedIn } = await import('../tests/helpers/app');
	const { makeOrganisation, makeUser, TEST_PASSWORD } = await import('../tests/helpers/factories');
	const { makeReadyReminders, readyForm } = await import('../tests/helpers/ready-reminders');
	const { operations } = await import('../src/lib/server/db/schema');
	await testDatabase();
	const db = await freshDb();
	const org = await makeOrganisation(db, 'Agence Mesure');
	await makeReadyReminders(db, org.id, REMINDERS, 'MES');
	const client = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
	let started = performance.now();
	const page = (await client.get('/avant-envoi')).body;
	const pageMs = performance.now() - started;
	const form = readyForm(page);
	if (!page.includes(`(${REMINDERS})`) || form.beyond !== '1')
		throw new Error('the ready list does not hold the reminders');
	const answersMs: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		started = performance.now();
		const reply = await client.post('/avant-envoi?/sendDue', form);
		answersMs.push(performance.now() - started);
		const id = new URL(reply.location ?? '', 'http://x').searchParams.get('operation');
		if (reply.status !== 303 || !id)
			throw new Error(`the answer names no operation: ${reply.status} ${reply.body.slice(0, 200)}`);
		const [op] = await db.select().from(operations).where(eq(operations.id, id));
		if (op.total !== REMINDERS || op.done !== 0)
			throw new Error(`the operation holds ${op.total} reminders, ${op.done} done`);
		await db.update(operations).set({ status: 'done' }).where(eq(operations.id, id));
	}
	return { name: '', answersMs, pageMs };
}

function inChild(name: 'PGlite' | 'PostgreSQL'): Promise<Result> {
	const env: NodeJS.ProcessEnv = { ...process.env, TEST_DB_PREFIX: 'bench_ops_' };
	if (name === 'PostgreSQL') env.TEST_DATABASE_URL = PG_URL;
	else delete env.TEST_DATABASE_URL;
	const child = fork(fileURLToPath(import.meta.url), ['child'], {
		execArgv: ['--import', 'tsx'],
		env,
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	return new Promise((resolve) => {
		child.once('message', (result: Result) => resolve({ ...result, name }));
		child.once('exit', (code) => resolve({ name, skipped: `the measurement ended (${code}) without a result` }));
	});
}

const ms = (value: number) => `${Math.round(value)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function report(results: Result[]): string {
	const day = new Date().toISOString().slice(0, 10);
	const rows = results.map((r) =>
		r.skipped || !r.answersMs
			? `| ${r.name} | skipped: ${r.skipped} | | | |`
			: `| ${r.name} | ${ms(r.answersMs[0])} | ${ms(median(r.answersMs.slice(1)))} | ${ms(Math.max(...r.answersMs.slice(1)))} | ${ms(r.pageMs!)} |`
	);
	const worst = Math.max(...results.flatMap((r) => r.answersMs?.slice(1) ?? [Infinity]));
	return [
		'# Long operations benchmark',
		'',
		`\`npm run bench\` (bench/operations.ts), ${day}: « Envoyer la liste prête » with ${REMINDERS.toLocaleString('en')} reminders on today's ready list, posted as the page sends it (no JavaScript), ${ROUNDS} rounds; the answer names the operation whose job sends them.`,
		'',
		'| database | first answer (the queue starts) | median answer (rounds 2+) | slowest answer (rounds 2+) | the page with the list |',
		'| --- | --- | --- | --- | --- |',
		...rows,
		'',
		`Target: the answer under ${TARGET_MS} ms: **${worst < TARGET_MS ? 'met' : 'not met'}** (slowest answer of rounds 2+ on either database). The first answer also starts the job queue, which a server starts with itself; here the app runs without its scheduler, as in the integration tests.`,
		''
	].join('\n');
}

async function main(): Promise<number> {
	const results = [await inChild('PGlite'), await inChild('PostgreSQL')];
	const text = report(results);
	await writeFile(path.join(here, 'OPERATIONS.md'), text);
	console.log(`\n${text}`);
	await recordFigures(
		'operations',
		`Long operations: « Envoyer la liste prête » with ${REMINDERS.toLocaleString('en')} reminders`,
		results.map((r) => {
			const later = r.answersMs?.slice(1) ?? [];
			const slowest = later.length ? Math.max(...later) : Infinity;
			return {
				measure: `the answer on ${r.name} (rounds after the first)`,
				figure:
					r.skipped || !later.length ? `skipped: ${r.skipped}` : `median ${ms(median(later))}, slowest ${ms(slowest)}`,
				target: `< ${TARGET_MS} ms`,
				met: slowest < TARGET_MS
			};
		})
	);
	return results.every((r) => !r.skipped) ? 0 : 1;
}

if (process.argv[2] === 'child')
	measure().then(
		(result) => process.send!(result, () => process.exit(0)),
		(error: unknown) => {
			console.error('The operations benchmark failed:', error);
			process.exit(1);
		}
	);
else
	main().then(
		(code) => process.exit(code),
		(error: unknown) => {
			console.error('The operations benchmark failed:', error);
			process.exit(1);
		}
	);
