/**
 * Lighthouse on the phone pages (`npm run bench -- lighthouse`): the built app as `npm start` runs
 * it, on a fresh PGlite with the demo agency, each page audited logged in as the person who uses
 * it, by Lighthouse 12.2.3 (pinned: 13 needs Node 22) in its mobile profile with simulated
 * throttling, RUNS times; the medians are kept. Writes bench/LIGHTHOUSE.md and prints the table.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, startApp } from './app';
import { recordFigures } from './figures';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const LIGHTHOUSE = 'lighthouse@12.2.3';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const DEMO_PASSWORD = 'relance-demo';
export const LIGHTHOUSE_TARGETS = { performance: 95, tbtMs: 200, accessibility: 100 };

/** Each page as the person who uses it opens it; the login page without a session. */
const PAGES: { path: string; as: string | null }[] = [
	{ path: '/login', as: null },
	{ path: '/aujourdhui', as: 'gestionnaire@demo.relance.fr' },
	{ path: '/relances', as: 'gestionnaire@demo.relance.fr' },
	{ path: '/a-valider', as: 'valideur@demo.relance.fr' },
	// The form is for one debtor: the first of the debtors' list.
	{ path: '/relances/nouvelle?debiteur=', as: 'gestionnaire@demo.relance.fr' }
];

async function firstDebtor(origin: string, cookie: string): Promise<string> {
	const page = await (await fetch(`${origin}/debiteurs`, { headers: { cookie } })).text();
	const id = /href="\/debiteurs\/([0-9a-f-]{36})"/.exec(page)?.[1];
	if (!id) throw new Error('the demo agency shows no debtor');
	return id;
}

export interface PageScore {
	path: string;
	performance: number;
	accessibility: number;
	tbtMs: number;
	lcpMs: number;
	requests: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function sessionCookie(origin: string, email: string): Promise<string> {
	const response = await fetch(`${origin}/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
		body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
		redirect: 'manual'
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('relance_session='));
	if (!cookie) throw new Error(`login of ${email} refused: ${response.status}`);
	return cookie.split(';')[0];
}

async function audit(url: string, cookie: string | null, out: string) {
	const args = [
		'--yes',
		LIGHTHOUSE,
		url,
		'--quiet',
		'--output=json',
		`--output-path=${out}`,
		'--only-categories=performance,accessibility',
		'--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync'
	];
	if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
	await run('npx', args, {
		env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
		maxBuffer: 64 << 20
	});
	const report = JSON.parse(await readFile(out, 'utf8'));
	return {
		performance: Math.round(report.categories.performance.score * 100),
		accessibility: Math.round(report.categories.accessibility.score * 100),
		tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
		lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
		requests: report.audits['network-requests'].details.items.length
	};
}

export async function lighthouse(): Promise<PageScore[]> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'relance-lighthouse-'));
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const app = await startApp({
		PORT: String(port),
		ORIGIN: origin,
		PGLITE_DATA_DIR: path.join(dir, 'data'),
		DATABASE_URL: '',
		DEMO_PASSWORD,
		SCHEDULER_INTERVAL_SECONDS: '0'
	});
	try {
		const scores: PageScore[] = [];
		for (const page of PAGES) {
			const cookie = page.as ? await sessionCookie(origin, page.as) : null;
			const url = `${origin}${page.path}${page.path.endsWith('=') && cookie ? await firstDebtor(origin, cookie) : ''}`;
			const runs = [];
			for (let i = 0; i < RUNS; i++) runs.push(await audit(url, cookie, path.join(dir, `report-${i}.json`)));
			const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
			scores.push({
				path: page.path.replace(/\?.*/, ''),
				performance: pick('performance'),
				accessibility: pick('accessibility'),
				tbtMs: pick('tbtMs'),
				lcpMs: pick('lcpMs'),
				requests: pick('requests')
			});
			console.log(
				`lighthouse ${url.slice(origin.length)}: performance ${pick('performance')}, TBT ${pick('tbtMs')} ms, accessibility ${pick('accessibility')}`
			);
		}
		return scores;
	} finally {
		await app.stop();
		await rm(dir, { recursive: true, force: true });
	}
}

export function lighthouseTable(scores: PageScore[]): string {
	const t = LIGHTHOUSE_TARGETS;
	const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
	return [
		`| page | performance (≥ ${t.performance}) | total blocking time (< ${t.tbtMs} ms) | accessibility (${t.accessibility}) | largest paint | requests |`,
		'| --- | --- | --- | --- | --- | --- |',
		...scores.map(
			(s) =>
				`| \`${s.path}\` | ${s.performance} (${mark(s.performance >= t.performance)}) | ${s.tbtMs} ms (${mark(s.tbtMs < t.tbtMs)}) | ${s.accessibility} (${mark(s.accessibility >= t.accessibility)}) | ${s.lcpMs} ms | ${s.requests} |`
		)
	].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const scores = await lighthouse();
	const table = lighthouseTable(scores);
	await writeFile(
		path.join(here, 'LIGHTHOUSE.md'),
		`# Lighthouse\n\n${LIGHTHOUSE}, mobile profile, simulated throttling, medians of ${RUNS} runs, on ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n`
	);
	console.log(table);
	const t = LIGHTHOUSE_TARGETS;
	// The sign-in page has no data and little script: what this machine's Lighthouse gives at best.
	const floor = scores.find((s) => s.path === '/login');
	await recordFigures(
		'lighthouse',
		`Lighthouse on the phone pages (${LIGHTHOUSE}, mobile, simulated throttling, medians of ${RUNS})`,
		scores.flatMap((s) => [
			{
				measure: `\`${s.path}\` performance`,
				figure: String(s.performance),
				limit: floor && s !== floor ? `sign-in page ${floor.performance}` : undefined,
				target: `≥ ${t.performance}`,
				met: s.performance >= t.performance
			},
			{
				measure: `\`${s.path}\` total blocking time`,
				figure: `${s.tbtMs} ms`,
				limit: floor && s !== floor ? `sign-in page ${floor.tbtMs} ms` : undefined,
				target: `< ${t.tbtMs} ms`,
				met: s.tbtMs < t.tbtMs
			},
			{
				measure: `\`${s.path}\` accessibility`,
				figure: String(s.accessibility),
				target: String(t.accessibility),
				met: s.accessibility >= t.accessibility
			}
		])
	);
}
