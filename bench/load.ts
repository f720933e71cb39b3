/**
 * The load test: `npm run bench -- load` (and part of `npm run bench`). The built app (build/,
 * from `vite build`) runs as its own process against PostgreSQL (BENCH_DATABASE_URL's server,
 * database relance_load) with 10,000 reminders: 5,000 awaiting validation, 5,000 due now that
 * its scheduler sends in the background (a pass a second, to a fake Resend in this process).
 * The app first serves the lists for WARM_UP_SECONDS while the due reminders are still set aside
 * (held): a running app is warm, and the floor is measured warm too. Then they are put back, and
 * autocannon asks, 50 connections for 30 s each: the reminder lists (three views) while the
 * scheduler sends them, and the approval action (a different reminder each time); last, once the
 * scheduler is done, the sign-in page (no database) as the floor: what this machine serves at all
 * under those connections.
 * Writes bench/LOAD.md.
 * LOAD_APP_NODE_ARGS passes options to the app's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
 * to see where a request's time goes.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/open';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { makeOrganisation, makeUser } from '../tests/helpers/factories';
import { startFakeResend } from '../tests/fakes/resend';
import { recordFigures } from './figures';
import { freePort, login, startApp } from './app';

const here = path.dirname(fileURLToPath(import.meta.url));
const PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const DATABASE = 'relance_load';
const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const WARM_UP_SECONDS = 5;
const PENDING = 5_000;
const DUE = 5_000;
const TARGET_P99_MS = 250;
/** The lists' requests per second against the floor's, in the same run. */
const TARGET_RATIO = 0.3;

async function seed(url: string) {
	const database = await openDatabase({ url });
	await migrateDatabase(database, path.resolve('drizzle'));
	const { db } = database;
	const org = await makeOrganisation(db, 'Agence Charge');
	const user = await makeUser(db, org.id, 'admin');
	const tenants = 2_000;
	// An unpaid rent each: the scheduler withdraws a reminder to a debtor who owes nothing.
	await db.execute(sql`
		with d as (
			insert into debtors (organisation_id, name, account_number)
			select ${org.id}, 'Locataire ' || g, 'LOC-' || g from generate_series(1, ${tenants}) g returning id, account_number
		), c as (
			insert into contacts (organisation_id, debtor_id, civility, first_name, last_name, email, consent_email)
			select ${org.id}, d.id, 'Mme', 'Hélène', 'Locataire', lower(d.account_number) || '@example.test', true from d
		)
		insert into invoices (organisation_id, debtor_id, number, issue_date, due_date, amount_cents)
		select ${org.id}, d.id, 'F-' || d.account_number, current_date - 40, current_date - 10, 85000 from d`);
	await db.execute(sql`
		with t as (
			select d.id as debtor_id, c.id as contact_id, row_number() over (order by d.id) - 1 as k
			from debtors d join contacts c on c.debtor_id = d.id where d.organisation_id = ${org.id}
		), r as (
			insert into reminders (organisation_id, debtor_id, status, send_date, short_description, requires_validation, immediate, held_at, content)
			select ${org.id}, t.debtor_id,
				(case when g < ${PENDING} then 'pending_validation' else 'scheduled' end)::reminder_status,
				current_date + (case when g < ${PENDING} then 3 else 0 end), 'Relance ' || g, g < ${PENDING}, g >= ${PENDING},
				case when g >= ${PENDING} then now() end,
				'{"emailSubject":"Relance {{ compte }}","emailHeader":"","emailBody":"Bonjour {{ nom }}, il reste {{ solde }}.","emailFooter":"","smsText":"","letterBody":""}'::jsonb
			from generate_series(0, ${PENDING + DUE - 1}) g join t on t.k = g % ${tenants}
			returning id, debtor_id
		)
		insert into reminder_recipients (reminder_id, contact_id, channels)
		select r.id, t.contact_id, array['email'] from r join t on t.debtor_id = r.debtor_id`);
	const pending = (await db.execute<{ id: string }>(
		sql`select id from reminders where status = 'pending_validation' order by id`
	)) as unknown as { id: string }[];
	// What autovacuum would have done by the time a real agency looks at its lists (this
	// machine's server runs without it): statistics, and the visibility map that lets the
	// lists' counts read the index alone.
	await db.execute(sql`vacuum analyze`);
	await database.close();
	return { email: user.email, pending: pending.map((r) => r.id) };
}

type Summary = { name: string; requests: number; rps: number; p50: number; p99: number; errors: number; bad: number };

function summarise(name: string, result: autocannon.Result, bad: number): Summary {
	return {
		name,
		requests: result.requests.total,
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		bad
	};
}

async function main() {
	if (!existsSync('build/index.js')) throw new Error('build/index.js is missing: run `vite build` first');
	const admin = await openDatabase({ url: PG_URL, maxConnections: 1 });
	await admin.db.execute(sql.raw(`drop database if exists ${DATABASE} with (force)`));
	await admin.db.execute(sql.raw(`create database ${DATABASE}`));
	const url = new URL(PG_URL);
	url.pathname = `/${DATABASE}`;
	const resend = await startFakeResend();
	let app: { stop(): Promise<void> } | undefined;
	try {
		const { email, pending } = await seed(url.toString());
		const port = await freePort();
		const origin = `http://127.0.0.1:${port}`;
		app = await startApp({
			DATABASE_URL: url.toString(),
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DEMO_DATA: 'off',
			SCHEDULER_INTERVAL_SECONDS: '1',
			RESEND_API_KEY: 're_load',
			RESEND_BASE_URL: resend.url
		});
		const cookie = await login(origin, email);
		const headers = { cookie, origin };
		const listRequests = [
			{ path: '/relances' },
			{ path: '/relances?etat=pending_validation&page=7' },
			{ path: '/relances?q=Locataire%2012' }
		];

		console.log(`[load] warm-up: the lists, ${WARM_UP_SECONDS} s, the due reminders held…`);
		await autocannon({
			url: origin,
			connections: CONNECTIONS,
			duration: WARM_UP_SECONDS,
			headers,
			requests: listRequests
		});
		const release = await openDatabase({ url: url.toString(), maxConnections: 1 });
		await release.db.execute(sql`update reminders set held_at = null where held_at is not null`);
		await release.close();

		console.log(`[load] lists: ${CONNECTIONS} connections, ${SECONDS} s, while the scheduler sends…`);
		const lists = await autocannon({
			url: origin,
			connections: CONNECTIONS,
			duration: SECONDS,
			headers,
			requests: listRequests
		});
		const listSummary = summarise('reminder lists (3 views, 10,000 reminders)', lists, lists.non2xx);

		console.log(`[load] approvals: ${CONNECTIONS} connections, up to ${SECONDS} s or ${pending.length} reminders…`);
		const queue = [...pending];
		const approvals = await autocannon({
			url: origin,
			connections: CONNECTIONS,
			duration: SECONDS,
			amount: pending.length,
			headers: {
				...headers,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json',
				'x-sveltekit-action': 'true'
			},
			requests: [
				{
					method: 'POST',
					path: '/a-valider?/approve',
					setupRequest: (request: autocannon.Request) => ({
						...request,
						body: new URLSearchParams({ id: queue.shift() ?? '', version: '1' }).toString()
					})
				}
			]
		});
		// An action answers 200 with its outcome inside: what counts is what the database says.
		const check = await openDatabase({ url: url.toString(), maxConnections: 1 });
		const [{ approved }] = (await check.db.execute<{ approved: number }>(
			sql`select count(*)::int as approved from reminders where requires_validation and status <> 'pending_validation'`
		)) as unknown as { approved: number }[];
		await check.close();
		const asked = approvals.requests.total;
		const approveSummary = summarise(
			'approval action (a different reminder each time)',
			approvals,
			asked - approved + approvals.non2xx
		);
		const sent = resend.delivered.length;

		// What this machine allows at all: the app's lightest page (sign-in, anonymous, no
		// database query) under the same connections, once the scheduler has nothing left to send.
		console.log(`[load] floor: the sign-in page, ${CONNECTIONS} connections, ${SECONDS} s…`);
		const floor = await autocannon({ url: `${origin}/login`, connections: CONNECTIONS, duration: SECONDS });
		const floorSummary = summarise(
			'floor: the sign-in page, anonymous, no database (after the scheduler finished)',
			floor,
			floor.non2xx
		);
		await writeReport([listSummary, approveSummary, floorSummary], sent);
	} finally {
		await app?.stop();
		await resend.close();
		await admin.db.execute(sql.raw(`drop database if exists ${DATABASE} with (force)`)).catch(() => undefined);
		await admin.close();
	}
}

async function writeReport(rows: Summary[], sent: number) {
	const ratio = rows[0].rps / rows[2].rps;
	const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
	const lines = [
		'## Load test (autocannon)',
		'',
		`Written by \`npm run bench\` (bench/load.ts) on ${new Date().toISOString()}. The built app against PostgreSQL with 10,000 reminders`,
		`(${fmt(PENDING)} awaiting validation, ${fmt(DUE)} due and sent by the app's own scheduler, a pass a second, during the test),`,
		`${CONNECTIONS} connections for ${SECONDS} s per line, autocannon in the measuring process on the same 2 cores; the app warmed`,
		`first by ${WARM_UP_SECONDS} s of the lists, the due reminders held until then.`,
		'',
		'| requests | total | req/s | p50 ms | p99 ms | errors | wrong answers |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map(
			(r) =>
				`| ${r.name} | ${fmt(r.requests)} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors} | ${r.bad} |`
		),
		'',
		`- Emails the scheduler sent meanwhile: ${fmt(sent)} of ${fmt(DUE)}.`,
		`- Targets: lists at ${TARGET_RATIO} of the floor's requests per second or more: ${ratio >= TARGET_RATIO ? '**met**' : '**not met**'} (${ratio.toFixed(2)}); lists p99 under ${TARGET_P99_MS} ms: ${rows[0].p99 < TARGET_P99_MS ? '**met**' : '**not met**'} (${fmt(rows[0].p99)} ms); zero errors: ${rows.every((r) => r.errors === 0 && r.bad === 0) ? '**met**' : '**not met**'}.`,
		`- The floor line is the machine's limit, the measure of the ratio: p99 under ${TARGET_P99_MS} ms at ${CONNECTIONS} connections needs about ${fmt(CONNECTIONS / (TARGET_P99_MS / 1000))} requests per second or more.`,
		''
	];
	await writeFile(path.join(here, 'LOAD.md'), lines.join('\n'));
	console.log(lines.join('\n'));
	const floor = `sign-in page ${fmt(rows[2].rps)} requests/s, p99 ${fmt(rows[2].p99)} ms`;
	await recordFigures(
		'load',
		`Lists under load (PostgreSQL, ${CONNECTIONS} connections, while the scheduler sends ${fmt(sent)} of ${fmt(DUE)} emails)`,
		[
			{
				measure: 'reminder lists (three views), requests per second',
				figure: `${fmt(rows[0].rps)} = ${ratio.toFixed(2)} of the floor`,
				limit: floor,
				target: `≥ ${TARGET_RATIO} of the floor`,
				met: ratio >= TARGET_RATIO
			},
			{
				measure: 'reminder lists, p99',
				figure: `${fmt(rows[0].p99)} ms`,
				limit: floor,
				target: `< ${TARGET_P99_MS} ms`,
				met: rows[0].p99 < TARGET_P99_MS
			},
			{
				measure: 'the approval action, requests per second and p99',
				figure: `${fmt(rows[1].rps)}, p99 ${fmt(rows[1].p99)} ms`,
				limit: floor,
				met: null
			},
			{
				measure: 'errors and wrong answers',
				figure: String(rows.reduce((a, r) => a + r.errors + r.bad, 0)),
				target: '0',
				met: rows.every((r) => r.errors === 0 && r.bad === 0)
			}
		]
	);
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error('The load test failed:', error);
		process.exit(1);
	}
);
