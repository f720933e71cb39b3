/**
 * The dashboard's benchmark: `npm run bench -- dashboard` (and part of `npm run bench`).
 * BENCH_DEBTORS (default 100000) and BENCH_DATABASE_URL as bench/run.ts.
 *
 * On PostgreSQL (database relance_bench_dashboard): an organisation of N debtors with three
 * invoices each (3N), a three-step scenario whose reminders left over the last four months
 * (one and a half per debtor, a fifth of them written by hand), their deliveries by email,
 * SMS and letter with every outcome, the payments that followed a third of them, pauses and
 * promises; beside it a small organisation that no figure may count. Then, timed: the
 * dashboard's figures as the page's load computes them, each list a figure opens, and the
 * page itself over HTTP from the built app (build/, from `vite build`) as a manager asks it.
 * Writes bench/DASHBOARD.md and prints the same table. BENCH_KEEP=1 leaves the database in place,
 * to read the queries' plans with EXPLAIN ANALYZE.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/open';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import type { Db } from '../src/lib/server/db/types';
import { dashboardFigures } from '../src/lib/server/dashboard/figures';
import { listDebtors } from '../src/lib/server/debtors/queries';
import { makeOrganisation, makeUser } from '../tests/helpers/factories';
import type { DebtorFilter } from '../src/lib/dashboard';
import { recordFigures } from './figures';
import { freePort, login, startApp } from './app';

const here = path.dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.BENCH_DEBTORS) > 0 ? Number(process.env.BENCH_DEBTORS) : 100_000;
const PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const DATABASE = 'relance_bench_dashboard';
const RUNS = 20;
const TARGET_MS = 500;

/** The agency: every table the figures read, at the size of N debtors. */
async function seed(db: Db, debtors: number, name: string): Promise<string> {
	const org = await makeOrganisation(db, name);
	const o = org.id;
	await db.execute(sql`insert into debtors (organisation_id, account_number, name)
		select ${o}, 'D-' || lpad(i::text, 7, '0'), 'Débiteur ' || i from generate_series(1, ${debtors}) i`);
	await db.execute(sql`insert into contacts (organisation_id, debtor_id, last_name, email, mobile_phone, address_line1, postal_code, city)
		select ${o}, d.id, d.name, 'd' || d.account_number || '@example.test', '+33612345678', '1 rue de la Paix', '69001', 'Lyon'
		from debtors d where d.organisation_id = ${o}`);
	// Three invoices a debtor, due from four months ago to a month ahead; a third paid up, some in part.
	await db.execute(sql`insert into invoices (organisation_id, debtor_id, number, issue_date, due_date, amount_cents, paid_cents)
		select ${o}, d.id, d.account_number || '-' || k, current_date - (n + 10), current_date - n, 40000 + n * 100,
			case when n % 3 = 0 then 40000 + n * 100 when n % 7 = 0 then 10000 else 0 end
		from debtors d cross join generate_series(1, 3) k
		cross join lateral (select (abs(hashtext(d.id::text || k)) % 150) - 30 as n) x
		where d.organisation_id = ${o}`);
	const [scenario] = rowsOf<{ id: string }>(
		await db.execute(sql`insert into scenarios (organisation_id, name) values (${o}, 'Standard') returning id`)
	);
	// One and a half reminders a debtor over the last 120 days; four in five are a step's.
	await db.execute(sql`with r as (
			insert into reminders (organisation_id, debtor_id, status, send_date, short_description, requires_validation, content, sent_at)
			select ${o}, d.id, 'sent', (now() - make_interval(days => h % 120))::date, 'Relance', false,
				'{"emailSubject":"s","emailHeader":"","emailBody":"b","emailFooter":"","smsText":"t","letterBody":"l"}'::jsonb,
				now() - make_interval(days => h % 120, mins => h % 600)
			from debtors d cross join generate_series(1, 2) k
			cross join lateral (select abs(hashtext(d.id::text || 'r' || k)) as h) x
			where d.organisation_id = ${o} and (k = 1 or h % 2 = 0)
			returning id, debtor_id, sent_at
		), s as (
			insert into scenario_reminders (reminder_id, scenario_id, step_position)
			select r.id, ${scenario.id}, 1 + abs(hashtext(r.id::text)) % 3 from r where abs(hashtext(r.id::text)) % 5 <> 0
		)
		insert into deliveries (organisation_id, reminder_id, contact_id, channel, status, created_at, sent_at)
		select ${o}, r.id, c.id, ch, (array['sent','delivered','sent','failed','bounced','to_check','to_print','cancelled'])[1 + abs(hashtext(r.id::text || ch)) % 8]::delivery_status,
			r.sent_at, r.sent_at
		from r join contacts c on c.debtor_id = r.debtor_id cross join unnest(array['email', 'sms', 'letter']) ch
		where ch = 'email' or abs(hashtext(r.id::text || ch)) % 4 = 0`);
	// The payments that followed a third of the reminders, 0 to 45 days after.
	await db.execute(sql`insert into payments (organisation_id, debtor_id, amount_cents, paid_on)
		select ${o}, r.debtor_id, 5000 + abs(hashtext(r.id::text)) % 50000, r.sent_at::date + abs(hashtext(r.id::text || 'p')) % 46
		from reminders r where r.organisation_id = ${o} and abs(hashtext(r.id::text || 'q')) % 3 = 0
			and r.sent_at::date + abs(hashtext(r.id::text || 'p')) % 46 <= current_date`);
	// One debtor in twenty paused, by hand or on a promise (running, kept or broken).
	await db.execute(sql`insert into debtor_pauses (debtor_id, organisation_id, until, promised_cents, created_at)
		select d.id, ${o}, current_date + (h % 40) - 15, case when h % 3 = 0 then null else 20000 + h % 30000 end, now() - make_interval(days => 20 + h % 10)
		from debtors d cross join lateral (select abs(hashtext(d.id::text || 'pause')) as h) x
		where d.organisation_id = ${o} and h % 20 = 0`);
	return o;
}

function rowsOf<T>(result: unknown): T[] {
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function timed(
	runs: number,
	work: () => Promise<unknown>
): Promise<{ min: number; median: number; p95: number; max: number }> {
	for (let i = 0; i < 3; i++) await work();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await work();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return {
		min: times[0],
		median: times[Math.floor(runs / 2)],
		p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)],
		max: times[runs - 1]
	};
}

/**
 * CPU time PostgreSQL spends on the figures, read from its backend process (/proc): what the
 * queries cost whatever else the machine runs, where a wall clock also counts the waiting. One
 * connection, no parallel workers (whose time would be spent in other processes), the four
 * queries one after the other. Null where /proc is not there to read (another system).
 */
async function serverCpuMs(url: string, organisationId: string, runs: number): Promise<number | null> {
	const one = await openDatabase({ url, maxConnections: 1 });
	try {
		await one.db.execute(sql`set max_parallel_workers_per_gather = 0`);
		const [{ pid }] = rowsOf<{ pid: number }>(await one.db.execute(sql`select pg_backend_pid() as pid`));
		const ticks = async () => {
			const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
			if (!stat) return null;
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			return Number(fields[11]) + Number(fields[12]);
		};
		await dashboardFigures(one.db, organisationId);
		const before = await ticks();
		for (let i = 0; i < runs; i++) await dashboardFigures(one.db, organisationId);
		const after = await ticks();
		// Linux counts in clock ticks of 10 ms (USER_HZ = 100).
		return before === null || after === null ? null : ((after - before) * 10) / runs;
	} finally {
		await one.close();
	}
}

type Line = { name: string; min: number; median: number; p95: number; max: number };

async function main(): Promise<number> {
	if (!existsSync('build/index.js')) throw new Error('build/index.js is missing: run `vite build` first');
	let admin;
	try {
		admin = await openDatabase({ url: PG_URL, maxConnections: 1 });
		await admin.db.execute(sql`select 1`);
	} catch (error) {
		const reason = `PostgreSQL unreachable at ${PG_URL.replace(/\/\/[^@]*@/, '//')}: ${(error as Error).message}`;
		await writeFile(path.join(here, 'DASHBOARD.md'), `## Dashboard benchmark\n\nNot measured: ${reason}.\n`);
		console.log(reason);
		return 0;
	}
	await admin.db.execute(sql.raw(`drop database if exists ${DATABASE} with (force)`));
	await admin.db.execute(sql.raw(`create database ${DATABASE}`));
	const url = new URL(PG_URL);
	url.pathname = `/${DATABASE}`;
	const database = await openDatabase({ url: url.toString() });
	let app: { stop(): Promise<void> } | undefined;
	try {
		const { db } = database;
		await migrateDatabase(database, path.resolve('drizzle'));
		const seeding = performance.now();
		const orgId = await seed(db, N, 'Agence Tableau');
		await seed(db, Math.max(10, Math.round(N / 100)), 'Agence Voisine');
		// This machine's server runs without autovacuum: the statistics a real agency's would have.
		await db.execute(sql`vacuum analyze`);
		const seedSeconds = (performance.now() - seeding) / 1000;
		const counts = rowsOf<Record<string, number>>(
			await db.execute(sql`select (select count(*)::int from debtors where organisation_id = ${orgId}) as debtors,
				(select count(*)::int from invoices where organisation_id = ${orgId}) as invoices,
				(select count(*)::int from reminders where organisation_id = ${orgId}) as reminders,
				(select count(*)::int from deliveries where organisation_id = ${orgId}) as deliveries,
				(select count(*)::int from payments where organisation_id = ${orgId}) as payments,
				(select count(*)::int from debtor_pauses where organisation_id = ${orgId}) as pauses`)
		)[0];
		console.log(`[dashboard] seeded in ${seedSeconds.toFixed(1)} s:`, counts);

		const figures = await dashboardFigures(db, orgId);
		const lines: Line[] = [
			{
				name: "the page's figures (dashboardFigures: four queries at once)",
				...(await timed(RUNS, () => dashboardFigures(db, orgId)))
			}
		];
		const lists: [string, DebtorFilter][] = [
			['debtor list, ?age=31-60', { kind: 'age', bucket: '31-60' }],
			['debtor list, ?recouvre=1-30', { kind: 'recovered', step: 1, within: 30 }],
			['debtor list, ?etat=promesse', { kind: 'pause', state: 'promesse' }]
		];
		for (const [name, filter] of lists)
			lines.push({ name, ...(await timed(RUNS, () => listDebtors(db, orgId, { filter }))) });

		const cpuMs = await serverCpuMs(url.toString(), orgId, RUNS);
		const user = await makeUser(db, orgId, 'manager');
		const port = await freePort();
		const origin = `http://127.0.0.1:${port}`;
		app = await startApp({
			DATABASE_URL: url.toString(),
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DEMO_DATA: 'off',
			SCHEDULER_INTERVAL_SECONDS: '0',
			DELIVERY_WORKERS: 'off'
		});
		const cookie = await login(origin, user.email);
		let bytes = 0;
		lines.push({
			name: 'GET /tableau-de-bord over HTTP, as a manager (built app, same machine)',
			...(await timed(RUNS, async () => {
				const response = await fetch(`${origin}/tableau-de-bord`, { headers: { cookie } });
				if (response.status !== 200) throw new Error(`the dashboard answered ${response.status}`);
				bytes = (await response.text()).length;
			}))
		});
		await writeReport(
			lines,
			counts,
			seedSeconds,
			figures.ages.reduce((n, a) => n + a.cents, 0),
			bytes,
			cpuMs
		);
		return 0;
	} finally {
		await app?.stop();
		await database.close();
		if (!process.env.BENCH_KEEP)
			await admin.db.execute(sql.raw(`drop database if exists ${DATABASE} with (force)`)).catch(() => undefined);
		await admin.close();
	}
}

async function writeReport(
	lines: Line[],
	counts: Record<string, number>,
	seedSeconds: number,
	outstandingCents: number,
	bytes: number,
	cpuMs: number | null
) {
	const ms = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
	const f0 = (n: number) => n.toLocaleString('en-GB');
	const page = lines[lines.length - 1];
	const load = os.loadavg()[0].toLocaleString('en-GB', { maximumFractionDigits: 1 });
	const text = [
		'## Dashboard benchmark',
		'',
		`Written by \`npm run bench\` (bench/dashboard.ts) on ${new Date().toISOString()}. PostgreSQL, one organisation of ${f0(counts.debtors)} debtors,`,
		`${f0(counts.invoices)} invoices, ${f0(counts.reminders)} reminders sent over 120 days, ${f0(counts.deliveries)} deliveries, ${f0(counts.payments)} payments, ${f0(counts.pauses)} pauses`,
		`(seeded and analysed in ${seedSeconds.toFixed(0)} s; ${f0(Math.round(outstandingCents / 100))} € outstanding), beside a small organisation of its own. ${RUNS} runs per line after 3 warm-ups.`,
		// The machine may be shared: a busy neighbour shows here before it is blamed on the queries.
		`Load average (1 min) at the end: ${load}, on ${os.cpus().length} cores: on a shared machine the fastest run is the closest to the queries' own cost.`,
		'',
		'| what | min ms | median ms | p95 ms | max ms |',
		'| --- | ---: | ---: | ---: | ---: |',
		...lines.map((l) => `| ${l.name} | ${ms(l.min)} | ${ms(l.median)} | ${ms(l.p95)} | ${ms(l.max)} |`),
		'',
		cpuMs === null
			? '- PostgreSQL CPU time per load: not measured (no /proc).'
			: `- PostgreSQL CPU time per load of the figures, one connection, no parallel workers, the four queries in a row: ${ms(cpuMs)} ms (from its backend's /proc counters, ${RUNS} loads; what the machine's other work cannot inflate).`,
		`- Target: the dashboard's load under ${TARGET_MS} ms: ${lines[0].p95 < TARGET_MS && page.p95 < TARGET_MS ? '**met**' : '**not met**'} (figures p95 ${ms(lines[0].p95)} ms, page p95 ${ms(page.p95)} ms; the page is ${f0(bytes)} characters of HTML).`,
		''
	].join('\n');
	await writeFile(path.join(here, 'DASHBOARD.md'), text);
	console.log(text);
	await recordFigures(
		'dashboard',
		`Dashboard, ${f0(counts.debtors)} debtors and ${f0(counts.reminders)} reminders sent`,
		[
			{
				measure: 'the four figures at once, p95',
				figure: `${ms(lines[0].p95)} ms`,
				target: `< ${TARGET_MS} ms`,
				met: lines[0].p95 < TARGET_MS
			},
			{
				measure: 'the page over HTTP, p95',
				figure: `${ms(page.p95)} ms`,
				target: `< ${TARGET_MS} ms`,
				met: page.p95 < TARGET_MS
			},
			...(cpuMs === null
				? []
				: [{ measure: "PostgreSQL's CPU for the four queries in a row", figure: `${ms(cpuMs)} ms`, met: null }])
		]
	);
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error('The dashboard benchmark failed:', error);
		process.exit(1);
	}
);
