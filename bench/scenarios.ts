/**
 * The scenario engine's benchmark, run by `npm run bench` after the scheduler's, or alone by
 * `npm run bench -- scenarios` (BENCH_DEBTORS, default 100000; BENCH_DATABASE_URL as bench/run.ts).
 *
 * For the embedded PGlite and for PostgreSQL, each in a child process of its own: an
 * organisation of N debtors with three invoices each (a third paid up, the others behind at
 * levels 0 to 2) and the demo's three-step scenario. A full run is timed and its peak RSS
 * sampled, after a run over an organisation a quarter the size (the memory reference: memory
 * that grows with the debtors would be about four times as high); then a second run the same
 * day, which must evaluate and write nothing (nothing changed since the first); then payments,
 * each followed by its debtor's re-evaluation, timed.
 * Writes bench/SCENARIOS.md and prints the same table.
 */
import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/open';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { startQueue } from '../src/lib/server/queue';
import type { Database, Db } from '../src/lib/server/db/types';
import { scenarioSettings, scenarioSteps, scenarios, templates } from '../src/lib/server/db/schema';
import { seedDemoTemplates } from '../src/lib/server/templates/demo-templates';
import { reevaluateDebtor, runScenarios } from '../src/lib/server/scenarios/run';
import { recordPayment } from '../src/lib/server/debtors/payments';
import { makeOrganisation } from '../tests/helpers/factories';
import { recordFigures } from './figures';
import { todayIn } from '../src/lib/dates';

const here = path.dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.BENCH_DEBTORS) > 0 ? Number(process.env.BENCH_DEBTORS) : 100_000;
const PG_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DATABASE = 'relance_bench_scenarios';
const PAYMENTS = 50;
/** A first run over the N debtors, on each database, and a second run when nothing changed. */
const TARGET_FULL_SECONDS: Record<string, number> = { PGlite: 25, PostgreSQL: 15 };
const TARGET_SECOND_SECONDS = 3;
const TARGET_REEVALUATION_MS = 200;

interface Result {
	name: string;
	skipped?: string;
	seedSeconds?: number;
	quarter?: { seconds: number; peakRssMb: number };
	full?: { seconds: number; perSecond: number; peakRssMb: number; created: number; deleted: number; skipped: number };
	second?: { seconds: number; evaluated: number; created: number; deleted: number };
	reevaluation?: { medianMs: number; p95Ms: number; maxMs: number };
}

/** N debtors, one reminder contact each, three monthly invoices 30, 60 and 90 days past due. */
async function seed(db: Db, debtors: number, name: string): Promise<string> {
	const org = await makeOrganisation(db, name);
	await seedDemoTemplates(db, org.id);
	const tpl = Object.fromEntries(
		(
			await db
				.select({ id: templates.id, name: templates.name })
				.from(templates)
				.where(sql`${templates.organisationId} = ${org.id}`)
		).map((t) => [t.name, t.id])
	);
	await db.insert(scenarioSettings).values({ organisationId: org.id, minGapDays: 7 });
	const [standard] = await db
		.insert(scenarios)
		.values({ organisationId: org.id, name: 'Standard', minBalanceCents: 1000, minDaysOverdue: 5 })
		.returning();
	await db.insert(scenarioSteps).values([
		{
			scenarioId: standard.id,
			position: 1,
			delayDays: 10,
			channels: ['email'],
			templateId: tpl['Première relance'],
			tag: 'Relance 1'
		},
		{
			scenarioId: standard.id,
			position: 2,
			delayDays: 15,
			delayFrom: 'previous_step',
			channels: ['email', 'letter'],
			templateId: tpl['Deuxième relance'],
			requiresValidation: true,
			tag: 'Relance 2'
		},
		{
			scenarioId: standard.id,
			position: 3,
			delayDays: 15,
			delayFrom: 'previous_step',
			channels: ['letter'],
			templateId: tpl['Mise en demeure'],
			requiresValidation: true,
			tag: 'Relance 3'
		}
	]);
	const today = todayIn('Europe/Paris');
	await db.execute(sql`insert into debtors (organisation_id, account_number, name)
		select ${org.id}, 'B-' || lpad(i::text, 7, '0'), 'Débiteur ' || i from generate_series(1, ${debtors}) i`);
	await db.execute(sql`insert into contacts (organisation_id, debtor_id, last_name, email, address_line1, postal_code, city, role)
		select ${org.id}, d.id, d.name, 'd' || d.account_number || '@example.test', '1 rue de la Paix', '69001', 'Lyon', 'relance'
		from debtors d where d.organisation_id = ${org.id}`);
	await db.execute(sql`insert into invoices (organisation_id, debtor_id, number, issue_date, due_date, amount_cents, paid_cents, reminder_level, last_reminder_at)
		select ${org.id}, d.id, d.account_number || '-' || k, ${today}::date - (k * 30 + 10), ${today}::date - k * 30, 60000,
			case when right(d.account_number, 1)::int % 3 = 0 then 60000 else 0 end,
			case when right(d.account_number, 1)::int % 3 = 0 then 0 else right(d.account_number, 1)::int % 3 - 1 + (k - 1) % 2 end,
			case when right(d.account_number, 1)::int % 3 = 0 then null else now() - make_interval(days => 20) end
		from debtors d cross join generate_series(1, 3) k where d.organisation_id = ${org.id}`);
	await db.execute(sql`analyze`);
	return org.id;
}

/** Peak RSS while `work` runs, sampled every 50 ms. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakRssMb: number }> {
	let peak = process.memoryUsage().rss;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
	const start = performance.now();
	try {
		const value = await work();
		return {
			value,
			seconds: (performance.now() - start) / 1000,
			peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20)
		};
	} finally {
		clearInterval(timer);
	}
}

async function benchDatabase(name: string, database: Database): Promise<Result> {
	const { db } = database;
	await migrateDatabase(database, path.resolve('drizzle'));
	// A run writes its report's job in its last transaction: the queue's schema must exist.
	await (await startQueue(database, { supervise: false })).stop({ graceful: false });
	const seeding = performance.now();
	const quarterOrg = await seed(db, Math.round(N / 4), 'Quart');
	const orgId = await seed(db, N, 'Entière');
	const seedSeconds = (performance.now() - seeding) / 1000;
	console.log(`[${name}] seeded ${N + Math.round(N / 4)} debtors in ${seedSeconds.toFixed(1)} s`);

	const quarter = await measured(() => runScenarios(db, quarterOrg, 'manual'));
	console.log(`[${name}] quarter run: ${quarter.seconds.toFixed(1)} s, peak ${quarter.peakRssMb} MB`);
	const full = await measured(() => runScenarios(db, orgId, 'manual'));
	const report = full.value!;
	console.log(`[${name}] full run: ${full.seconds.toFixed(1)} s, ${report.created} created, peak ${full.peakRssMb} MB`);
	const second = await measured(() => runScenarios(db, orgId, 'manual'));
	console.log(
		`[${name}] second run: ${second.seconds.toFixed(1)} s, ${second.value!.evaluated} evaluated, ${second.value!.created} created, ${second.value!.deleted} deleted`
	);

	const owing = await db.execute<{ id: string }>(sql`select d.id from debtors d where d.organisation_id = ${orgId}
		and exists (select 1 from invoices i where i.debtor_id = d.id and i.paid_cents < i.amount_cents) order by d.account_number limit ${PAYMENTS}`);
	const ids = (Array.isArray(owing) ? owing : (owing as { rows: { id: string }[] }).rows).map((r) => r.id);
	const timings: number[] = [];
	for (const debtorId of ids) {
		await recordPayment(db, orgId, null, {
			debtorId,
			amountCents: 60_000,
			paidOn: todayIn('Europe/Paris'),
			reference: 'bench',
			invoiceId: null
		});
		const start = performance.now();
		await reevaluateDebtor(db, orgId, debtorId);
		timings.push(performance.now() - start);
	}
	timings.sort((a, b) => a - b);
	const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
	return {
		name,
		seedSeconds,
		quarter: { seconds: quarter.seconds, peakRssMb: quarter.peakRssMb },
		full: {
			seconds: full.seconds,
			perSecond: N / full.seconds,
			peakRssMb: full.peakRssMb,
			created: report.created,
			deleted: report.deleted,
			skipped: report.skipped
		},
		second: {
			seconds: second.seconds,
			evaluated: second.value!.evaluated,
			created: second.value!.created,
			deleted: second.value!.deleted
		},
		reevaluation: { medianMs: at(0.5), p95Ms: at(0.95), maxMs: timings[timings.length - 1] }
	};
}

async function measureOne(only: 'pglite' | 'postgres'): Promise<Result> {
	if (only === 'pglite') {
		const database = await openDatabase({});
		try {
			return await benchDatabase('PGlite', database);
		} finally {
			await database.close();
		}
	}
	let admin: Database;
	try {
		admin = await openDatabase({ url: PG_URL, maxConnections: 1 });
		await admin.db.execute(sql`select 1`);
	} catch (error) {
		return {
			name: 'PostgreSQL',
			skipped: `unreachable at ${PG_URL.replace(/\/\/[^@]*@/, '//')}: ${(error as Error).message}`
		};
	}
	await admin.db.execute(sql.raw(`drop database if exists ${BENCH_DATABASE} with (force)`));
	await admin.db.execute(sql.raw(`create database ${BENCH_DATABASE}`));
	const url = new URL(PG_URL);
	url.pathname = `/${BENCH_DATABASE}`;
	const database = await openDatabase({ url: url.toString() });
	try {
		return await benchDatabase('PostgreSQL', database);
	} finally {
		await database.close();
		await admin.db.execute(sql.raw(`drop database if exists ${BENCH_DATABASE} with (force)`));
		await admin.close();
	}
}

function inChild(only: 'pglite' | 'postgres'): Promise<Result> {
	const child = fork(fileURLToPath(import.meta.url), [only], {
		execArgv: ['--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	let answer: Result | undefined;
	child.on('message', (message: Result) => (answer = message));
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) =>
			answer ? resolve(answer) : reject(new Error(`the ${only} measurement ended (${code}) without a result`))
		);
	});
}

const f1 = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const f0 = (n: number) => Math.round(n).toLocaleString('en-GB');

/** A figure beside its target: "12.3 s (target < 15 s, met)". */
const against = (value: number, target: number, unit: string, digits = f1) =>
	`${digits(value)} ${unit} (target < ${target} ${unit}, ${value < target ? 'met' : '**not met**'})`;

function table(results: Result[]): string {
	const rows = results.map((r) =>
		r.skipped
			? `| ${r.name} | skipped: ${r.skipped} | | | | | |`
			: `| ${r.name} | ${against(r.full!.seconds, TARGET_FULL_SECONDS[r.name], 's')} | ${f0(r.full!.perSecond)} | ${r.quarter!.peakRssMb} MB → ${r.full!.peakRssMb} MB | ${f0(r.full!.created)} created, ${f0(r.full!.skipped)} skipped | ${against(r.second!.seconds, TARGET_SECOND_SECONDS, 's')}, ${f0(r.second!.evaluated)} evaluated, ${r.second!.created + r.second!.deleted} writes | ${f1(r.reevaluation!.medianMs)} / ${against(r.reevaluation!.p95Ms, TARGET_REEVALUATION_MS, 'ms')} / ${f1(r.reevaluation!.maxMs)} ms |`
	);
	return [
		'# Scenario engine benchmark',
		'',
		`\`npm run bench\` (bench/scenarios.ts), ${new Date().toISOString().slice(0, 10)}: ${f0(N)} debtors with ${f0(3 * N)} invoices, one reminder contact each, a three-step scenario; each database in a process of its own.`,
		'',
		'| database | first run | debtors/s | peak RSS (quarter → full) | outcome | second run, nothing changed | payment → re-evaluation (median / p95 / max) |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
		`Targets: a first run under ${TARGET_FULL_SECONDS.PostgreSQL} s on PostgreSQL and ${TARGET_FULL_SECONDS.PGlite} s on PGlite; a second run the same day with nothing changed under ${TARGET_SECOND_SECONDS} s, evaluating and writing nothing; memory that does not grow with the debtors (the quarter-size organisation's peak against the full one's); re-evaluation after a payment under ${TARGET_REEVALUATION_MS} ms (p95).`,
		''
	].join('\n');
}

async function main(): Promise<number> {
	console.log(`Scenario benchmark: ${N} debtors per database.`);
	const results = [await inChild('pglite'), await inChild('postgres')];
	const text = table(results);
	await writeFile(path.join(here, 'SCENARIOS.md'), text);
	console.log(`\n${text}\nWritten to bench/SCENARIOS.md.`);
	await recordFigures(
		'scenarios',
		`Scenario engine, ${f0(N)} debtors and ${f0(3 * N)} invoices`,
		results.flatMap((r) =>
			r.skipped || !r.full || !r.second || !r.reevaluation
				? [{ measure: `${r.name}`, figure: `skipped: ${r.skipped}`, met: null }]
				: [
						{
							measure: `first run on ${r.name} (${f0(r.full.created)} reminders created)`,
							figure: `${r.full.seconds.toFixed(1)} s`,
							target: `< ${TARGET_FULL_SECONDS[r.name]} s`,
							met: r.full.seconds < TARGET_FULL_SECONDS[r.name]
						},
						{
							measure: `second run on ${r.name}, nothing changed`,
							figure: `${r.second.seconds.toFixed(1)} s, ${f0(r.second.evaluated)} debtors evaluated`,
							target: `< ${TARGET_SECOND_SECONDS} s`,
							met: r.second.seconds < TARGET_SECOND_SECONDS
						},
						{
							measure: `a payment to its debtor's re-evaluation on ${r.name}, p95`,
							figure: `${f1(r.reevaluation.p95Ms)} ms`,
							target: `< ${TARGET_REEVALUATION_MS} ms`,
							met: r.reevaluation.p95Ms < TARGET_REEVALUATION_MS
						},
						{
							measure: `peak memory on ${r.name}, a quarter of the debtors → all`,
							figure: `${r.quarter!.peakRssMb} MB → ${r.full.peakRssMb} MB`,
							met: null
						}
					]
		)
	);
	return results.some((r) => r.second && r.second.evaluated + r.second.created + r.second.deleted > 0) ? 1 : 0;
}

const only = process.argv[2];
if (only !== undefined && only !== 'pglite' && only !== 'postgres')
	throw new Error(`bench/scenarios.ts takes pglite, postgres or nothing, not "${only}"`);
(only
	? measureOne(only).then((result) => new Promise<number>((resolve) => process.send!(result, () => resolve(0))))
	: main()
).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error('The scenario benchmark failed:', error);
		process.exit(1);
	}
);
