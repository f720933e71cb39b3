/**
 * The scheduler benchmark: `npm run bench` (BENCH_REMINDERS, default 100000; BENCH_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/test).
 *
 * For the embedded PGlite and for PostgreSQL, N due immediate reminders (one email recipient
 * each) go through the app's own delivery runtime, in this process, against a fake Resend:
 * one manual pass, then the workers, timed until every delivery is 'sent'. The same fake then
 * takes N plain POSTs with as many in flight as the workers hold jobs: the bare loop.
 * Each database is measured in a child process of its own (see measureOne). Writes
 * bench/RESULTS.md and prints the same table. Exits 0 whether or not the targets are
 * met, non-zero when a delivery went wrong (not sent, or sent twice).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/open';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import type { Database, Db } from '../src/lib/server/db/types';
import { startBackground, type Background } from '../src/lib/server/background';
import { createResendSender } from '../src/lib/server/delivery/email/resend';
import { createVonageSender } from '../src/lib/server/delivery/sms/vonage';
import { makeOrganisation } from '../tests/helpers/factories';
import { config } from '../src/lib/server/config';
import type { FakeAnswer, FakeRequest } from './fake-providers';
import { recordFigures } from './figures';

const here = path.dirname(fileURLToPath(import.meta.url));
const N = positiveInteger(process.env.BENCH_REMINDERS, 100_000);
/**
 * A batch a quarter the size runs first on each database: it warms the JIT, the pools and the
 * queue, and its memory is the reference that tells whether memory grows with the batch.
 */
const QUARTER = Math.max(1, Math.round(N / 4));
const PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DATABASE = 'relance_bench';
/**
 * The delivery runtime's default (DELIVERY_JOBS_IN_FLIGHT): jobs worked at once, each a provider
 * call of up to 100 emails; the bare loop keeps as many requests in flight.
 */
const CONCURRENCY = config.deliveryJobsInFlight;
// Counting every delivery of the batch is itself database work (on PGlite, in the measuring
// process): once a second is enough for a run of minutes.
const POLL_MS = 1000;
const MEMORY_SAMPLE_MS = 100;
/** No delivery settled for this long: the run is stuck, not slow. */
const STALL_MS = 120_000;

const TARGET_RATE = 1000;
const TARGET_RATIO = 0.5;
/** PGlite's WebAssembly engine is its own ceiling: a lower share of the bare loop is asked of it. */
const TARGET_RATIO_PGLITE = 0.35;
/**
 * "Memory does not grow with the batch": the full batch may use at most twice what the quarter
 * batch took above its starting point, plus some slack for the garbage collector's moods. Memory
 * that grows with the batch would take about four times as much.
 */
const MEMORY_FACTOR = 2;
const MEMORY_SLACK_MB = 32;

/** A delivery not sent, or sent twice: the benchmark's figures would mean nothing. */
class CorrectnessError extends Error {}

interface Memory {
	baselineRss: number;
	peakRss: number;
	baselineHeap: number;
	peakHeap: number;
}

interface Batch {
	reminders: number;
	wallSeconds: number;
	perSecond: number;
	memory: Memory;
	/** Calls the fake answered, and those that sent nothing new (retries deduplicated by key). */
	calls: number;
	repeatedCalls: number;
}

interface DatabaseResult {
	name: string;
	detail: string;
	skipped?: string;
	quarter?: Batch;
	full?: Batch;
	bareRate?: number;
	/** The runtime's own requests (batches of 100) with nothing else: emails per second. */
	bareBatchRate?: number;
	/** PostgreSQL only: server transactions (explicit or one per standalone statement) per reminder. */
	transactionsPerReminder?: number;
}

// ---------------------------------------------------------------------------------------------
// The fake providers, in a child process (see fake-providers.ts for why).

interface Fakes {
	resendUrl: string;
	vonageUrl: string;
	stats(): Promise<Extract<FakeAnswer, { type: 'stats' }>>;
	reset(): Promise<void>;
	close(): Promise<void>;
}

async function startFakes(): Promise<Fakes> {
	// tsx registered explicitly: the parent's execArgv (tsx's CLI loader) is not meant to be inherited.
	const child: ChildProcess = fork(path.join(here, 'fake-providers.ts'), [], {
		execArgv: ['--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	const pending = new Map<number, (answer: FakeAnswer) => void>();
	let nextId = 0;
	const ready = new Promise<Extract<FakeAnswer, { type: 'ready' }>>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the fake providers exited (${code}) before they were ready`)));
		child.on('message', (answer: FakeAnswer) => {
			if (answer.type === 'ready') return resolve(answer);
			pending.get(answer.id)?.(answer);
			pending.delete(answer.id);
		});
	});
	const { resendUrl, vonageUrl } = await ready;
	const ask = (type: FakeRequest['type']) =>
		new Promise<FakeAnswer>((resolve) => {
			const id = nextId++;
			pending.set(id, resolve);
			child.send({ id, type } satisfies FakeRequest);
		});
	return {
		resendUrl,
		vonageUrl,
		async stats() {
			const answer = await ask('stats');
			if (answer.type !== 'stats') throw new Error('the fake providers answered no stats');
			return answer;
		},
		async reset() {
			await ask('reset');
		},
		async close() {
			if (!child.connected) return;
			await ask('close');
			child.kill();
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Measuring.

/** Peak RSS and JS heap, sampled on a timer: the event loop is busy, so samples may come late. */
function sampleMemory(): { stop(): Memory } {
	const start = process.memoryUsage();
	const memory: Memory = {
		baselineRss: start.rss,
		peakRss: start.rss,
		baselineHeap: start.heapUsed,
		peakHeap: start.heapUsed
	};
	const sample = () => {
		const now = process.memoryUsage();
		memory.peakRss = Math.max(memory.peakRss, now.rss);
		memory.peakHeap = Math.max(memory.peakHeap, now.heapUsed);
	};
	const timer = setInterval(sample, MEMORY_SAMPLE_MS);
	return {
		stop() {
			clearInterval(timer);
			sample();
			return memory;
		}
	};
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rowsOf<T>(result: unknown): T[] {
	// postgres.js answers an array, PGlite an object with rows.
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function one<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
	return rowsOf<T>(await db.execute(query))[0];
}

// ---------------------------------------------------------------------------------------------
// One batch: seed, one pass, wait, check.

/** Tenants in the batch: each has one contact, one unpaid invoice and DEBTOR_SHARE of the reminders. */
const DEBTOR_SHARE = 5;

/**
 * `count` due immediate reminders of a new organisation, in a few statements: an agency's day,
 * count / DEBTOR_SHARE tenants each with a contact (email) and an unpaid invoice that every one
 * of his reminders covers, so that sending renders the invoice table and raises its level.
 */
async function seed(db: Db, count: number): Promise<string> {
	const org = await makeOrganisation(db, `Agence Bench ${count}`);
	const tenants = Math.max(1, Math.ceil(count / DEBTOR_SHARE));
	await db.execute(sql`
		with d as (
			insert into debtors (organisation_id, name, account_number)
			select ${org.id}, 'Locataire ' || g, 'LOC-' || g from generate_series(1, ${tenants}) g
			returning id, account_number
		), c as (
			insert into contacts (organisation_id, debtor_id, civility, first_name, last_name, email, address_line1, postal_code, city, consent_email)
			select ${org.id}, d.id, 'Mme', 'Hélène', 'Locataire', lower(d.account_number) || '@example.test', '3 rue des Lilas', '69003', 'Lyon', true from d
			returning id
		)
		insert into invoices (organisation_id, debtor_id, number, issue_date, due_date, amount_cents)
		select ${org.id}, d.id, 'F-' || d.account_number, current_date - 40, current_date - 10, 68000 from d`);
	await db.execute(sql`
		with t as (
			select d.id as debtor_id, c.id as contact_id, i.id as invoice_id, row_number() over (order by d.id) - 1 as k
			from debtors d join contacts c on c.debtor_id = d.id join invoices i on i.debtor_id = d.id
			where d.organisation_id = ${org.id}
		), r as (
			insert into reminders (organisation_id, debtor_id, status, send_date, short_description, requires_validation, immediate, content)
			select ${org.id}, t.debtor_id, 'scheduled', current_date, 'Relance ' || g, false, true,
				'{"emailSubject":"Relance {{ compte }}","emailHeader":"","emailBody":"Bonjour {{ civilite_longue }} {{ nom }},\\n\\nil reste {{ solde }} à régler :\\n\\n{{ tableau_factures }}","emailFooter":"{{ organisation.nom }}","smsText":"Solde {{ solde }}","letterBody":""}'::jsonb
			from generate_series(0, ${count - 1}) g join t on t.k = g % ${tenants}
			returning id, debtor_id
		), rr as (
			insert into reminder_recipients (reminder_id, contact_id, channels)
			select r.id, t.contact_id, array['email'] from r join t on t.debtor_id = r.debtor_id
		)
		insert into reminder_invoices (reminder_id, invoice_id)
		select r.id, t.invoice_id from r join t on t.debtor_id = r.debtor_id`);
	return org.id;
}

async function runBatch(
	name: string,
	database: Database,
	runtime: Background,
	fakes: Fakes,
	count: number
): Promise<Batch> {
	const { db } = database;
	console.log(`[${name}] ${count} reminders: seeding…`);
	const organisationId = await seed(db, count);
	await fakes.reset();

	console.log(`[${name}] ${count} reminders: one manual pass, then the workers…`);
	const memory = sampleMemory();
	const started = performance.now();
	// The pass claims and enqueues batch after batch while the workers already send the first.
	const pass = runtime.pass({ trigger: 'manual' });
	let passError: unknown;
	pass.catch((error) => (passError = error));

	let sent = 0;
	let lastProgress = started;
	let lastLog = started;
	for (;;) {
		if (passError) throw passError;
		const row = await one<{ sent: number; total: number; other: number }>(
			db,
			sql`select count(*) filter (where status = 'sent')::int as sent,
				count(*) filter (where status not in ('queued', 'sending', 'sent'))::int as other,
				count(*)::int as total
			from deliveries where organisation_id = ${organisationId}`
		);
		const now = performance.now();
		if (row.other > 0)
			throw new CorrectnessError(
				`[${name}] ${row.other} deliveries neither sent nor on their way:\n${await describeOthers(db, organisationId)}`
			);
		if (row.sent > sent) [sent, lastProgress] = [row.sent, now];
		if (sent >= count) break;
		if (now - lastProgress > STALL_MS)
			throw new CorrectnessError(`[${name}] stuck: ${sent} of ${count} sent, nothing settled for ${STALL_MS / 1000} s`);
		if (now - lastLog > 5000) {
			console.log(`[${name}]   ${sent} / ${count} sent (${Math.round((now - started) / 1000)} s)`);
			lastLog = now;
		}
		await sleep(POLL_MS);
	}
	const wallSeconds = (performance.now() - started) / 1000;
	const measured = memory.stop();
	const reports = await pass;

	const claimed = reports.reduce((sum, r) => sum + r.reminders, 0);
	if (claimed !== count)
		throw new CorrectnessError(`[${name}] the pass claimed ${claimed} reminders, ${count} were due`);
	const check = await one<{ deliveries: number; sent: number; reminders: number; settled: number }>(
		db,
		sql`select (select count(*)::int from deliveries where organisation_id = ${organisationId}) as deliveries,
			(select count(*)::int from deliveries where organisation_id = ${organisationId} and status = 'sent') as sent,
			(select count(*)::int from reminders where organisation_id = ${organisationId}) as reminders,
			(select count(*)::int from reminders where organisation_id = ${organisationId} and status = 'sent') as settled`
	);
	if (check.deliveries !== count || check.sent !== count)
		throw new CorrectnessError(`[${name}] ${check.sent} of ${check.deliveries} deliveries sent, ${count} expected`);
	if (check.settled !== check.reminders)
		throw new CorrectnessError(`[${name}] ${check.settled} of ${check.reminders} reminders settled as sent`);

	// At the provider: each delivery left once (the fake reads each email's delivery tag).
	const stats = await fakes.stats();
	const left = new Set(stats.deliveryIds);
	if (stats.delivered !== count || left.size !== count || stats.deliveryIds.length !== count)
		throw new CorrectnessError(
			`[${name}] the fake Resend sent ${stats.delivered} emails for ${left.size} distinct deliveries, ${count} expected`
		);
	const ids = rowsOf<{ id: string }>(
		await db.execute(sql`select id from deliveries where organisation_id = ${organisationId}`)
	);
	const stranger = ids.length === left.size ? ids.find((r) => !left.has(r.id)) : undefined;
	if (ids.length !== left.size || stranger)
		throw new CorrectnessError(`[${name}] the emails at the fake are not the deliveries`);
	if (stats.sms !== 0) throw new CorrectnessError(`[${name}] ${stats.sms} SMS sent, none asked for`);

	const batch = {
		reminders: count,
		wallSeconds,
		perSecond: count / wallSeconds,
		memory: measured,
		calls: stats.requests,
		repeatedCalls: stats.repeated
	};
	console.log(
		`[${name}]   done: ${fmt(batch.perSecond, 0)} reminders/s, ${fmt(wallSeconds, 1)} s, peak RSS ${mb(measured.peakRss)} MB`
	);
	return batch;
}

async function describeOthers(db: Db, organisationId: string): Promise<string> {
	const rows = rowsOf<{ status: string; n: number; error: string }>(
		await db.execute(sql`select status::text as status, count(*)::int as n, max(last_error) as error
			from deliveries where organisation_id = ${organisationId} and status not in ('queued', 'sending', 'sent') group by status`)
	);
	return rows.map((r) => `  ${r.status}: ${r.n} (${r.error})`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// The limit: the same number of plain POSTs to the same fake, as many in flight as the workers.

/**
 * `count` emails posted to the fake with nothing else, CONCURRENCY requests in flight: one email
 * per request (the bare loop: as many requests as reminders), or the requests the
 * runtime itself makes, 100 emails of the same size to the batch endpoint. Emails per second.
 */
async function bareLoop(fakes: Fakes, count: number, perRequest: 1 | typeof BATCH): Promise<number> {
	const email = {
		from: 'Agence Bench <relances@relance.local>',
		to: 'helene.obrien@example.test',
		subject: 'Relance',
		text: 'Bonjour',
		html: SAMPLE_HTML
	};
	const body = JSON.stringify(perRequest === 1 ? email : Array.from({ length: perRequest }, () => email));
	const post = async () => {
		const response = await fetch(`${fakes.resendUrl}${perRequest === 1 ? '/emails' : '/emails/batch'}`, {
			method: 'POST',
			headers: { authorization: 'Bearer re_bench', 'content-type': 'application/json' },
			body
		});
		await response.arrayBuffer();
		if (!response.ok) throw new CorrectnessError(`bare loop: the fake Resend answered ${response.status}`);
	};
	const run = async (requests: number) => {
		let left = requests;
		const lane = async () => {
			while (left > 0) {
				left--;
				await post();
			}
		};
		await Promise.all(Array.from({ length: Math.min(CONCURRENCY, requests) }, lane));
	};
	const requests = Math.ceil(count / perRequest);
	// Warm the connections and the fake's JIT, as the quarter batch warmed the workers.
	await run(Math.min(200, requests));
	await fakes.reset();
	const started = performance.now();
	await run(requests);
	const seconds = (performance.now() - started) / 1000;
	const stats = await fakes.stats();
	if (stats.delivered !== requests * perRequest)
		throw new CorrectnessError(
			`bare loop: the fake Resend counted ${stats.delivered} emails, ${requests * perRequest} posted`
		);
	return (requests * perRequest) / seconds;
}

const BATCH = 100;
/** About the size of the HTML of the benchmark's emails (the invoice table included). */
const SAMPLE_HTML = `<!DOCTYPE html><html lang="fr"><body>${'<p style="margin:0 0 1em;">Bonjour Madame Locataire, il reste 680,00 € à régler.</p>'.repeat(40)}</body></html>`;

// ---------------------------------------------------------------------------------------------
// One database: migrate, the two batches, the bare loop.

async function benchDatabase(name: string, detail: string, database: Database, fakes: Fakes): Promise<DatabaseResult> {
	const result: DatabaseResult = { name, detail };
	console.log(`[${name}] migrating…`);
	await migrateDatabase(database, path.resolve('drizzle'));
	const runtime = await startBackground(database, {
		senders: {
			email: createResendSender({ apiKey: 're_bench', baseUrl: fakes.resendUrl, timeoutMs: 10_000 }),
			sms: createVonageSender({ apiKey: 'bench', apiSecret: 'bench', restHost: fakes.vonageUrl, timeoutMs: 10_000 })
		},
		// No timer: the one manual pass is what is measured.
		intervalSeconds: 0,
		workers: true
	});
	try {
		result.quarter = await runBatch(name, database, runtime, fakes, QUARTER);
		// Transactions counted by the server itself: its statistics reach pg_stat_database at most
		// a second after a backend's transaction, hence the pauses (outside the timed part).
		const transactions = async () => {
			await sleep(2000);
			return (
				await one<{ n: number }>(
					database.db,
					sql`select (xact_commit + xact_rollback)::float8 as n from pg_stat_database where datname = current_database()`
				)
			).n;
		};
		const before = database.kind === 'postgres' ? await transactions() : 0;
		result.full = await runBatch(name, database, runtime, fakes, N);
		if (database.kind === 'postgres') result.transactionsPerReminder = ((await transactions()) - before) / N;
	} finally {
		await runtime.stop();
	}
	console.log(`[${name}] bare loop: ${N} POSTs, ${CONCURRENCY} in flight…`);
	result.bareRate = await bareLoop(fakes, N, 1);
	console.log(`[${name}]   ${fmt(result.bareRate, 0)} requests/s`);
	console.log(`[${name}] bare loop of batches: ${N} emails in requests of ${BATCH}, ${CONCURRENCY} in flight…`);
	result.bareBatchRate = await bareLoop(fakes, N, BATCH);
	console.log(`[${name}]   ${fmt(result.bareBatchRate, 0)} emails/s`);
	return result;
}

async function benchPglite(fakes: Fakes): Promise<DatabaseResult> {
	const database = await openDatabase({});
	try {
		return await benchDatabase('PGlite', 'embedded, in memory, in the measuring process', database, fakes);
	} finally {
		await database.close();
	}
}

async function benchPostgres(fakes: Fakes): Promise<DatabaseResult> {
	const shown = redact(PG_URL);
	let admin: Database | undefined;
	let version: string;
	try {
		admin = await openDatabase({ url: PG_URL, maxConnections: 1 });
		// postgres.js would retry a silent host for 30 s: 10 are enough to call it unreachable.
		version = (
			await withTimeout(one<{ v: string }>(admin.db, sql`select current_setting('server_version') as v`), 10_000)
		).v;
	} catch (error) {
		await withTimeout(admin?.close() ?? Promise.resolve(), 5000).catch(() => {});
		const reason = `PostgreSQL at ${shown} is unreachable (${rootCause(error)}): skipped`;
		console.log(`[PostgreSQL] ${reason}`);
		return { name: 'PostgreSQL', detail: shown, skipped: reason };
	}
	try {
		await admin.db.execute(sql.raw(`drop database if exists ${BENCH_DATABASE} with (force)`));
		await admin.db.execute(sql.raw(`create database ${BENCH_DATABASE}`));
		const url = new URL(PG_URL);
		url.pathname = `/${BENCH_DATABASE}`;
		// The app's own pool size (db/index.ts opens with openDatabase's default of 10).
		const database = await openDatabase({ url: url.toString() });
		try {
			return await benchDatabase(
				'PostgreSQL',
				`PostgreSQL ${version}, database ${BENCH_DATABASE} at ${redact(url.toString())}`,
				database,
				fakes
			);
		} finally {
			await database.close();
		}
	} finally {
		await admin.db
			.execute(sql.raw(`drop database if exists ${BENCH_DATABASE} with (force)`))
			.catch((error) => console.error(`[PostgreSQL] could not drop ${BENCH_DATABASE}: ${describe(error)}`));
		await admin.close();
	}
}

// ---------------------------------------------------------------------------------------------
// The report.

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const fmt = (value: number, digits: number) =>
	value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const signed = (n: number) => (n < 0 ? `−${-n}` : `+${n}`);
const yes = (met: boolean) => (met ? '**met**' : '**not met**');

/**
 * Growth above the process's state before its first pass: RSS seldom shrinks, so the full
 * batch, run second, is measured against the same starting point as the quarter batch.
 */
function memoryGrowth(batch: Batch, before: Memory) {
	return { rss: mb(batch.memory.peakRss - before.baselineRss), heap: mb(batch.memory.peakHeap - before.baselineHeap) };
}

/**
 * PostgreSQL is judged on RSS. PGlite's RSS is mostly the database's WebAssembly memory, which
 * holds the batch's rows, rises and falls with the OS's paging and says little of the runtime:
 * it is judged on the JS heap, where the runtime's own memory lives.
 */
const memoryBasis = (result: DatabaseResult) => (result.name === 'PGlite' ? 'heap' : 'rss');

function memoryMet(result: DatabaseResult): boolean {
	const basis = memoryBasis(result);
	const before = result.quarter!.memory;
	const quarter = memoryGrowth(result.quarter!, before)[basis];
	return memoryGrowth(result.full!, before)[basis] <= MEMORY_FACTOR * Math.max(quarter, 0) + MEMORY_SLACK_MB;
}

function table(results: DatabaseResult[]): string {
	const lines = [
		'| database | reminders/s | wall s | peak RSS MB | bare-loop req/s | ratio |',
		'| --- | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const r of results) {
		if (r.skipped || !r.full || !r.bareRate) {
			lines.push(`| ${r.name} | skipped | | | | |`);
			continue;
		}
		lines.push(
			`| ${r.name} | ${fmt(r.full.perSecond, 0)} | ${fmt(r.full.wallSeconds, 1)} | ${mb(r.full.memory.peakRss)} | ${fmt(r.bareRate, 0)} | ${fmt(r.full.perSecond / r.bareRate, 3)} |`
		);
	}
	return lines.join('\n');
}

function report(results: DatabaseResult[], loadBefore: number): string {
	const cpus = os.cpus();
	const out: string[] = [
		'# Scheduler benchmark',
		'',
		'Written by `npm run bench` (bench/run.ts); overwritten at every run.',
		'',
		`- Date: ${new Date().toISOString()}`,
		`- Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}`,
		// The machine may be shared: a busy neighbour shows here before it is blamed on the code.
		`- Load average (1 min): ${fmt(loadBefore, 2)} at the start, ${fmt(os.loadavg()[0], 2)} at the end`,
		`- N = ${N} due immediate reminders, one email recipient each (BENCH_REMINDERS), over ${Math.ceil(N / DEBTOR_SHARE)} tenants with one unpaid invoice each (the table in every email; its level raised once per reminder); a warm-up batch of ${QUARTER} runs first on each database`,
		'',
		'Each database: one manual pass of the delivery runtime, started in the measuring process (its defaults:',
		`${CONCURRENCY} jobs in flight, a job = up to 100 deliveries = one call to Resend's batch endpoint), timed from the pass until every delivery is \`sent\``,
		`(polled every ${POLL_MS} ms). Resend is a local fake in a child process, as a real provider is on`,
		'another machine: its record of every request stays out of the measured memory. The bare loop',
		`posts ${N} small emails to the same fake, one per request, ${CONCURRENCY} in flight (as many as the runtime's jobs), with nothing else.`,
		'Ratio = reminders/s ÷ bare-loop requests/s. Peak RSS: the process that runs the delivery runtime',
		`(one per database, so that neither inherits the other's memory), sampled every ${MEMORY_SAMPLE_MS} ms.`,
		'',
		'## Results',
		''
	];
	for (const r of results) {
		out.push(`### ${r.name}`, '', r.skipped ?? r.detail, '');
		if (r.skipped || !r.full || !r.quarter || !r.bareRate) continue;
		out.push(table([r]), '');
		const quarter = memoryGrowth(r.quarter, r.quarter.memory);
		const full = memoryGrowth(r.full, r.quarter.memory);
		out.push(
			`- Warm-up batch of ${r.quarter.reminders}: ${fmt(r.quarter.perSecond, 0)} reminders/s in ${fmt(r.quarter.wallSeconds, 1)} s.`,
			`- Peak memory above the process's own at the start of the first pass: ${r.quarter.reminders} reminders ${signed(quarter.rss)} MB RSS (${signed(quarter.heap)} MB JS heap), ${N} reminders ${signed(full.rss)} MB RSS (${signed(full.heap)} MB JS heap).`
		);
		if (r.name === 'PGlite')
			out.push(
				`  PGlite's RSS is mostly the database itself (${mb(r.quarter.memory.baselineRss)} MB before the first pass): WebAssembly memory that also holds the rows the batch adds, and rises and falls with the OS's paging. Its memory target is judged on the JS heap.`
			);
		if (r.transactionsPerReminder !== undefined)
			out.push(
				`- Server transactions per reminder (pg_stat_database, each standalone statement counts as one, pg-boss included): ${fmt(r.transactionsPerReminder, 1)}.`
			);
		out.push(`- Calls to the fake for the ${N} reminders: ${r.full.calls} (batch endpoint, up to 100 emails each).`);
		if (r.bareBatchRate)
			out.push(
				`- The runtime's own requests with nothing else (${N} emails in batches of ${BATCH}, ${CONCURRENCY} in flight): ${fmt(r.bareBatchRate, 0)} emails/s; the runtime reaches ${fmt(r.full.perSecond / r.bareBatchRate, 3)} of it, the rest being its database work and rendering.`
			);
		const repeated = r.quarter.repeatedCalls + r.full.repeatedCalls;
		if (repeated)
			out.push(`- The fake answered ${repeated} repeated calls (retries under the same idempotency key, sent once).`);
		out.push(
			'- Correctness: every delivery sent, every reminder settled, each delivery received exactly once by the fake (its delivery tag).',
			''
		);
	}

	const measured = results.filter((r) => r.full && r.quarter && r.bareRate);
	out.push(
		'## Targets',
		'',
		'From the issue: at least 1,000 reminders per second, at least half the bare loop, and memory that does not grow with the batch.',
		''
	);
	for (const r of measured) {
		const rate = r.full!.perSecond;
		const ratio = rate / r.bareRate!;
		out.push(
			`- ${r.name}, ≥ ${fmt(TARGET_RATE, 0)} reminders/s: ${yes(rate >= TARGET_RATE)} (${fmt(rate, 0)}).`,
			`- ${r.name}, ≥ ${TARGET_RATIO} × bare loop: ${yes(ratio >= TARGET_RATIO)} (${fmt(ratio, 3)} × ${fmt(r.bareRate!, 0)} req/s).`,
			`- ${r.name}, memory not growing with the batch: ${yes(memoryMet(r))} (${memoryBasis(r) === 'rss' ? 'RSS' : 'JS heap'} growth ${signed(memoryGrowth(r.full!, r.quarter!.memory)[memoryBasis(r)])} MB for ${N} against ${signed(memoryGrowth(r.quarter!, r.quarter!.memory)[memoryBasis(r)])} MB for ${r.quarter!.reminders}; the rule: at most ${MEMORY_FACTOR}× the quarter batch's + ${MEMORY_SLACK_MB} MB, where growth with the batch would be about 4×).`
		);
	}
	for (const r of results.filter((r) => r.skipped)) out.push(`- ${r.name}: not measured (${r.skipped}).`);
	return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------

function positiveInteger(value: string | undefined, fallback: number): number {
	if (value === undefined || value === '') return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n <= 0) throw new Error(`expected a positive integer, not "${value}"`);
	return n;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function redact(url: string): string {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return parsed.toString();
}

/** drizzle wraps driver errors ("Failed query: …"): the cause says what actually went wrong. */
function describe(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const own = error.message.split('\n')[0] || error.name;
	return error.cause ? `${own} (${describe(error.cause)})` : own;
}

/** What a database's child process hands back: its result, or the correctness failure it met. */
type ChildAnswer = { type: 'result'; result: DatabaseResult } | { type: 'incorrect'; message: string };

/**
 * One database, measured in a process of its own: PGlite alone holds some 800 MB of RSS from
 * its start and never gives it back, which would count in PostgreSQL's peak, and each peak
 * should be the runtime's own, not what an earlier run left behind.
 */
async function measureOne(only: 'pglite' | 'postgres'): Promise<void> {
	const fakes = await startFakes();
	let answer: ChildAnswer;
	try {
		answer = { type: 'result', result: only === 'pglite' ? await benchPglite(fakes) : await benchPostgres(fakes) };
	} catch (error) {
		if (!(error instanceof CorrectnessError)) throw error;
		answer = { type: 'incorrect', message: error.message };
	} finally {
		await fakes.close();
	}
	await new Promise<void>((resolve, reject) =>
		process.send!(answer, (error: Error | null) => (error ? reject(error) : resolve()))
	);
}

/** BENCH_NODE_ARGS: options for the measuring child's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const nodeArgs = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];

function measureInChild(only: 'pglite' | 'postgres'): Promise<ChildAnswer> {
	const child = fork(fileURLToPath(import.meta.url), [only], {
		execArgv: ['--import', 'tsx', ...nodeArgs],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	let answer: ChildAnswer | undefined;
	child.on('message', (message: ChildAnswer) => (answer = message));
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			if (answer) resolve(answer);
			else reject(new Error(`the ${only} measurement ended (${signal ?? code}) without a result`));
		});
	});
}

/** The driver's own words, under drizzle's "Failed query: …" wrapping. */
function rootCause(error: unknown): string {
	return error instanceof Error && error.cause
		? rootCause(error.cause)
		: error instanceof Error
			? error.message
			: String(error);
}

/** The headline figures of one database's run, for docs/performance.md. */
async function recordSending(only: 'pglite' | 'postgres', r: DatabaseResult): Promise<void> {
	if (r.skipped || !r.full || !r.quarter || !r.bareRate) return;
	const target = only === 'pglite' ? TARGET_RATIO_PGLITE : TARGET_RATIO;
	const ratio = r.full.perSecond / r.bareRate;
	const basis = memoryBasis(r);
	await recordFigures(only, `Sending on ${r.name}`, [
		{
			measure: `${fmt(N, 0)} due reminders sent by email through the delivery runtime`,
			figure: `${fmt(r.full.perSecond, 0)} reminders/s = ${fmt(ratio, 2)} of the bare loop`,
			limit: `bare loop ${fmt(r.bareRate, 0)} requests/s`,
			target: `≥ ${target} of the bare loop`,
			met: ratio >= target
		},
		{
			measure: `memory growth (${basis === 'rss' ? 'RSS' : 'JS heap'}), ${fmt(N, 0)} against ${fmt(r.quarter.reminders, 0)}`,
			figure: `${signed(memoryGrowth(r.full, r.quarter.memory)[basis])} MB against ${signed(memoryGrowth(r.quarter, r.quarter.memory)[basis])} MB`,
			target: `≤ ${MEMORY_FACTOR}× + ${MEMORY_SLACK_MB} MB (growing with the batch would be 4×)`,
			met: memoryMet(r)
		}
	]);
}

async function main(): Promise<number> {
	console.log(`Scheduler benchmark: ${N} reminders per database (warm-up ${QUARTER}).`);
	const loadBefore = os.loadavg()[0];
	const results: DatabaseResult[] = [];
	for (const only of ['pglite', 'postgres'] as const) {
		const answer = await measureInChild(only);
		if (answer.type === 'incorrect') {
			console.error(`\n*** CORRECTNESS FAILURE: ${answer.message}\n*** bench/RESULTS.md left as it was.`);
			return 1;
		}
		results.push(answer.result);
		await recordSending(only, answer.result);
	}
	const text = report(results, loadBefore);
	await writeFile(path.join(here, 'RESULTS.md'), text);
	console.log(`\n${text}`);
	// The other benchmarks write their own sections; the one report gathers what this run wrote.
	const parts = ['offline', 'load', 'scenarios', 'dashboard', 'operations', 'lighthouse'] as const;
	const section = (part: string) => path.join(here, `${part.toUpperCase()}.md`);
	await Promise.all(parts.map((part) => rm(section(part), { force: true })));
	const codes: number[] = [];
	for (const part of parts) codes.push(await runInChild(`${part}.ts`));
	const sections = await Promise.all(parts.map((part) => readFile(section(part), 'utf8').catch(() => '')));
	await writeFile(path.join(here, 'RESULTS.md'), [text, ...sections.filter(Boolean)].join('\n'));
	console.log(
		'Written to bench/RESULTS.md (with bench/OFFLINE.md, bench/LOAD.md, bench/SCENARIOS.md, bench/DASHBOARD.md, bench/OPERATIONS.md and bench/LIGHTHOUSE.md).'
	);
	return codes.find((code) => code !== 0) ?? 0;
}

/**
 * One database: measured here when main() forked this process, else (`npm run bench -- pglite`)
 * in a child like main() does, its table printed and RESULTS.md left as it was.
 */
async function measureOnly(only: 'pglite' | 'postgres'): Promise<number> {
	if (process.send) return measureOne(only).then(() => 0);
	const loadBefore = os.loadavg()[0];
	const answer = await measureInChild(only);
	if (answer.type === 'incorrect') {
		console.error(`\n*** CORRECTNESS FAILURE: ${answer.message}`);
		return 1;
	}
	console.log(`\n${report([answer.result], loadBefore)}`);
	await recordSending(only, answer.result);
	return 0;
}

/** Another benchmark of bench/, in a process of its own like each database above. */
function runInChild(file: string): Promise<number> {
	const child = fork(path.join(here, file), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => resolve(code ?? 1));
	});
}

const only = process.argv[2];
const alone = ['offline', 'load', 'scenarios', 'dashboard', 'operations', 'lighthouse'];
if (only !== undefined && !['pglite', 'postgres', ...alone].includes(only))
	throw new Error(
		`bench/run.ts takes pglite, postgres, offline, load, scenarios, dashboard, operations, lighthouse or nothing, not "${only}"`
	);
// Exit explicitly: keep-alive sockets and pools left by a failure must not keep the process up.
(alone.includes(only ?? '')
	? runInChild(`${only}.ts`)
	: only
		? measureOnly(only as 'pglite' | 'postgres')
		: main()
).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error('The benchmark failed:', error);
		process.exit(1);
	}
);
