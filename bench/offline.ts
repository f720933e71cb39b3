/**
 * The phone benchmark (`npm run bench`, or `npm run bench -- offline` alone; BENCH_OFFLINE_REMINDERS,
 * default 5000): the built app served in this process on an in-memory PGlite holding N pending
 * reminders (200 debtors), an approver on a phone profile in Chromium. Measures
 *  - a full sync: GET /api/sync without a cursor (the server reads the N reminders and renders
 *    each one's text) then the N reminders written to IndexedDB, timed in the page;
 *  - the first paint of "À valider" offline, from the service worker's saved page and IndexedDB:
 *    from navigation start until the first reminder is on screen;
 *  - the whole list offline: « Afficher les N suivantes » until the last reminder is drawn (the page
 *    keeps four pages of fifty at most), then a scroll of what is drawn, top to bottom, frames timed;
 *  - the compressed JavaScript "À valider", Aujourd'hui (a manager) and a reminder's page
 *    download, logged in, with nothing cached (gzip and brotli of each script the page loads;
 *    the service worker's own script counted apart).
 * Writes bench/OFFLINE.md and prints the same table.
 */
import http from 'node:http';
import net from 'node:net';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { openDatabase } from '../src/lib/server/db/open';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import type { Db } from '../src/lib/server/db/types';
import { reminderRecipients, reminders } from '../src/lib/server/db/schema';
import { recordFigures } from './figures';
import {
	makeContact,
	makeDebtor,
	makeInvoice,
	makeOrganisation,
	makeUser,
	TEST_PASSWORD
} from '../tests/helpers/factories';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const N = Number(process.env.BENCH_OFFLINE_REMINDERS || 5000);
const DEBTORS = 200;
const RUNS = 3;
const TARGETS = { paintMs: 1000, syncMs: 3000, jsKb: 100, fps: 55 };

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

async function seed(db: Db): Promise<{ approver: string; manager: string; reminderId: string }> {
	const org = await makeOrganisation(db, 'Agence Banc');
	const approver = await makeUser(db, org.id, 'approver', 'valideur@banc.test');
	const manager = await makeUser(db, org.id, 'manager', 'gestionnaire@banc.test');
	let reminderId = '';
	const people: { debtorId: string; contactId: string }[] = [];
	for (let i = 0; i < DEBTORS; i++) {
		const debtor = await makeDebtor(db, org.id, `Débiteur ${String(i).padStart(3, '0')}`);
		const contact = await makeContact(db, org.id, debtor.id, { lastName: `Nom ${i}` });
		await makeInvoice(db, org.id, debtor.id);
		people.push({ debtorId: debtor.id, contactId: contact.id });
	}
	const content = {
		emailSubject: 'Loyer impayé — {{ compte }}',
		emailHeader: '{{ civilite_longue }},',
		emailBody:
			'Sauf erreur de notre part, votre compte {{ compte }} présente un solde de {{ solde }}.\n\n{{ tableau_factures }}',
		emailFooter: '{{ organisation.nom }}',
		smsText: 'Solde dû : {{ solde }}',
		letterBody: 'Madame, Monsieur'
	};
	for (let start = 0; start < N; start += 500) {
		const batch = Array.from({ length: Math.min(500, N - start) }, (_, k) => {
			const i = start + k;
			const day = String(1 + (i % 28)).padStart(2, '0');
			return {
				i,
				values: {
					organisationId: org.id,
					debtorId: people[i % DEBTORS].debtorId,
					status: 'pending_validation' as const,
					sendDate: `2027-01-${day}`,
					shortDescription: `Relance n° ${i + 1}`,
					requiresValidation: true,
					content
				}
			};
		});
		const rows = await db
			.insert(reminders)
			.values(batch.map((b) => b.values))
			.returning({ id: reminders.id });
		reminderId ||= rows[0].id;
		await db.insert(reminderRecipients).values(
			rows.map((r, k) => ({
				reminderId: r.id,
				contactId: people[batch[k].i % DEBTORS].contactId,
				channels: ['email']
			}))
		);
	}
	return { approver: approver.email, manager: manager.email, reminderId };
}

async function login(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL(/\/(a-valider|aujourdhui)$/);
}

/**
 * The compressed JavaScript a screen downloads for a logged-in phone with nothing cached yet (a
 * new browser profile with the same session: no HTTP cache, no service worker): what it loads to
 * be drawn and used, and apart, what the offline cache loads once the page is idle (Dexie, when
 * the screen itself did not need it before).
 */
async function pageJs(browser: Browser, baseURL: string, session: BrowserContext, at: string) {
	const bare = await browser.newContext({ ...devices['Pixel 7'], baseURL, storageState: await session.storageState() });
	const visit = await bare.newPage();
	const loaded = new Map<string, Buffer>();
	visit.on('response', async (response) => {
		if (response.request().resourceType() === 'script')
			loaded.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
	});
	await visit.goto(at);
	await visit.waitForLoadState('networkidle');
	const later = new Set(
		await visit.evaluate(() => {
			const cacheStart = performance.getEntriesByName('relance-cache-start')[0]?.startTime ?? Infinity;
			return performance
				.getEntriesByType('resource')
				.filter((e) => e.startTime >= cacheStart)
				.map((e) => e.name);
		})
	);
	const worker = await (await bare.request.get('/service-worker.js')).body();
	await bare.close();
	const scripts = [...loaded].filter(([url]) => !url.endsWith('/service-worker.js'));
	const pageScripts = scripts.filter(([url]) => !later.has(url));
	const gzip = (b: Buffer) => zlib.gzipSync(b).length;
	const brotli = (b: Buffer) => zlib.brotliCompressSync(b).length;
	return {
		files: pageScripts.length,
		raw: pageScripts.reduce((a, [, b]) => a + b.length, 0),
		gzip: pageScripts.reduce((a, [, b]) => a + gzip(b), 0),
		brotli: pageScripts.reduce((a, [, b]) => a + brotli(b), 0),
		cacheGzip: scripts.filter(([url]) => later.has(url)).reduce((a, [, b]) => a + gzip(b), 0),
		workerGzip: gzip(worker)
	};
}

/**
 * Offline, « À valider » paged to its end by its « Afficher les N suivantes » button (each click timed
 * until the next cards are on screen), then scrolled a screen per animation frame from top to
 * bottom while the frames are timed: the cards off screen must cost nothing to scroll past.
 */
/** A number as the French page writes it: « 5 000 ». */
const fr = (n: number) => n.toLocaleString('fr-FR');

async function fullScroll(tab: Page) {
	await tab.goto('/a-valider', { waitUntil: 'commit' });
	await tab.getByTestId('pending').first().waitFor();
	const next = tab.getByRole('button', { name: /^Afficher les \d+ suivantes$/ });
	const times: number[] = [];
	// The page keeps four pages of fifty drawn at most: each click draws the next and lets the earliest go.
	for (let last = 1; await next.count(); last++) {
		const from = Math.max(0, last - 3) * 50;
		const to = Math.min((last + 1) * 50, N);
		const started = performance.now();
		// The button's own click: Chromium 156 under Playwright now and then drops a pointer click on
		// this long page, and what is timed here is the drawing.
		await next.evaluate((button: HTMLButtonElement) => button.click());
		await tab.waitForFunction(
			([text, count]) =>
				document.querySelector('[data-testid="shown-count"]')?.textContent?.trim() === text &&
				document.querySelectorAll('[data-testid="pending"]').length === count,
			[
				from ? `${fr(from + 1)} à ${fr(to)} affichées sur ${fr(N)}` : `${fr(to)} affichées sur ${fr(N)}`,
				to - from
			] as const,
			{ polling: 'raf' }
		);
		times.push(performance.now() - started);
	}
	const drawn = await tab.getByTestId('pending').count();
	if (
		drawn > 200 ||
		(await tab.getByTestId('shown-count').textContent())?.trim() !==
			`${fr(N - drawn + 1)} à ${fr(N)} affichées sur ${fr(N)}`
	)
		throw new Error(`the list ends with ${drawn} reminders drawn, not the last ones of ${N}`);
	// A string, not a function: tsx would wrap the named callback in a helper the page does not have.
	const frames = (await tab.evaluate(`new Promise((resolve) => {
		window.scrollTo(0, 0);
		const intervals = [];
		let last = performance.now();
		requestAnimationFrame(function step() {
			const now = performance.now();
			intervals.push(now - last);
			last = now;
			if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) {
				resolve({ intervals, height: document.documentElement.scrollHeight });
				return;
			}
			window.scrollBy(0, window.innerHeight);
			requestAnimationFrame(step);
		});
	})`)) as { intervals: number[]; height: number };
	await tab.close();
	const sorted = [...frames.intervals].sort((a, b) => a - b);
	const total = frames.intervals.reduce((a, b) => a + b, 0);
	return {
		clicks: times.length,
		drawn,
		nextMs: median(times),
		nextMaxMs: Math.max(...times),
		height: frames.height,
		frames: frames.intervals.length,
		fps: (frames.intervals.length / total) * 1000,
		p95: sorted[Math.floor(sorted.length * 0.95)],
		long: frames.intervals.filter((t) => t > 50).length
	};
}

/** Durations of the page's "relance-sync" measures (src/lib/client/offline/sync.ts). */
const syncMeasures = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('relance-sync').map((e) => e.duration));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchOffline(): Promise<string> {
	if (!existsSync(path.join(root, 'build/handler.js')))
		execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	const database = await openDatabase({});
	await migrateDatabase(database, path.join(root, 'drizzle'));
	const seedStart = performance.now();
	const seeded = await seed(database.db);
	console.log(
		`Offline benchmark: ${N} pending reminders seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`
	);

	const port = await freePort();
	Object.assign(process.env, {
		DEMO_DATA: 'off',
		SCHEDULER_INTERVAL_SECONDS: '0',
		DELIVERY_WORKERS: 'off',
		ORIGIN: `http://127.0.0.1:${port}`
	});
	(globalThis as Record<symbol, unknown>)[Symbol.for('relance.database')] = database;
	const { handler } = await import(pathToFileURL(path.join(root, 'build/handler.js')).href);
	const server = http.createServer(handler);
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const baseURL = `http://127.0.0.1:${port}`;

	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	try {
		// The phone, logged in: its sync runs at login, and its service worker saves the pages.
		const fresh = await browser.newContext({ ...devices['Pixel 7'], baseURL });
		const first = await fresh.newPage();
		await login(first, seeded.approver);
		await first.getByTestId('pending').first().waitFor();
		await first.waitForFunction(() => !!navigator.serviceWorker.controller);
		await first.waitForFunction(() => performance.getEntriesByName('relance-sync').length > 0, undefined, {
			timeout: 120_000
		});

		// Full syncs: the first one the app ran at login, then forced again from no cursor.
		for (let run = 1; run < RUNS; run++) {
			await first.evaluate(async () => {
				await new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('relance');
					open.onsuccess = () => {
						const tx = open.result.transaction('meta', 'readwrite');
						tx.objectStore('meta').delete('cursor');
						tx.oncomplete = () => (open.result.close(), resolve());
						tx.onerror = () => reject(tx.error);
					};
					open.onerror = () => reject(open.error);
				});
			});
			await first.getByRole('button', { name: 'Synchroniser' }).click();
			await first.waitForFunction((n) => performance.getEntriesByName('relance-sync').length > n, run, {
				timeout: 120_000
			});
		}
		const syncs = await syncMeasures(first);
		const cached = await first.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const open = indexedDB.open('relance');
					open.onsuccess = () => {
						const count = open.result.transaction('reminders').objectStore('reminders').count();
						count.onsuccess = () => (open.result.close(), resolve(count.result));
					};
				})
		);
		if (cached !== N) throw new Error(`the cache holds ${cached} reminders, not ${N}`);

		// First paint offline, in a new tab of the same phone: saved page, IndexedDB, no network.
		await first.waitForFunction(async () => !!(await (await caches.open('relance-pages')).match('/a-valider')));
		await fresh.setOffline(true);
		const paints: { fcp: number; list: number }[] = [];
		for (let run = 0; run < RUNS; run++) {
			const tab = await fresh.newPage();
			await tab.goto('/a-valider', { waitUntil: 'commit' });
			const listAt = await tab.waitForFunction(
				() => (document.querySelector('[data-testid="pending"]') ? performance.now() : 0),
				undefined,
				{ polling: 'raf' }
			);
			const list = (await listAt.jsonValue()) as number;
			const fcp = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
			if (!(await tab.getByTestId('sync-state').textContent())?.includes('Hors ligne'))
				throw new Error('the offline page does not say it is offline');
			paints.push({ fcp, list });
			await tab.close();
		}
		// Paged to the last reminder, then the page scrolled from top to bottom, offline.
		const scroll = await fullScroll(await fresh.newPage());
		// Last: a manager's login syncs the 5,000 reminders too, which must not overlap the figures above.
		const js = await pageJs(browser, baseURL, fresh, '/a-valider');
		const reminderJs = await pageJs(browser, baseURL, fresh, `/relances/${seeded.reminderId}`);
		const managerContext = await browser.newContext({ ...devices['Pixel 7'], baseURL });
		await login(await managerContext.newPage(), seeded.manager);
		const todayJs = await pageJs(browser, baseURL, managerContext, '/aujourdhui');
		await managerContext.close();
		await fresh.close();

		const paint = median(paints.map((p) => p.list));
		const sync = median(syncs);
		const kb = (bytes: number) => (bytes / 1024).toFixed(1);
		const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
		const idle = (j: { cacheGzip: number }) =>
			j.cacheGzip ? `; then, once idle, the offline cache's ${kb(j.cacheGzip)} KB gzip` : '';
		const text = [
			'# Phone benchmark',
			'',
			`\`npm run bench\` (bench/offline.ts), ${new Date().toISOString().slice(0, 10)}: ${N} pending reminders over ${DEBTORS} debtors, one email recipient each, in-memory PGlite, Chromium (${browser.version()}) with the Pixel 7 profile, on this 2-core machine. Medians of ${RUNS} runs.`,
			'',
			'| measure | figure | target |',
			'| --- | --- | --- |',
			`| first paint of « À valider » offline, from the saved page and IndexedDB (navigation start → first reminder on screen) | ${paint.toFixed(0)} ms (first contentful paint ${median(paints.map((p) => p.fcp)).toFixed(0)} ms) | < ${TARGETS.paintMs} ms: ${yes(paint < TARGETS.paintMs)} |`,
			`| « Afficher les 50 suivantes » on the offline list, until the last of the ${N} is drawn (click → the next 50 on screen, the earliest 50 gone) | median ${scroll.nextMs.toFixed(0)} ms, slowest ${scroll.nextMaxMs.toFixed(0)} ms, ${scroll.clicks} clicks | |`,
			`| full scroll of the list at its end, the last ${scroll.drawn} of ${N} drawn (${(scroll.height / 1000).toFixed(0)}k px, a screen per frame, top to bottom) | ${scroll.fps.toFixed(0)} frames/s, 95th percentile frame ${scroll.p95.toFixed(0)} ms, ${scroll.long} frames over 50 ms of ${scroll.frames} | ≥ ${TARGETS.fps} frames/s: ${yes(scroll.fps >= TARGETS.fps)} |`,
			`| full sync of ${N} reminders (GET /api/sync without cursor, rendered texts included, written to IndexedDB) | ${sync.toFixed(0)} ms (runs: ${syncs.map((s) => s.toFixed(0)).join(', ')}) | < ${TARGETS.syncMs} ms: ${yes(sync < TARGETS.syncMs)} |`,
			`| JavaScript of « À valider » for a logged-in phone with nothing cached, ${js.files} files | ${kb(js.gzip)} KB gzip, ${kb(js.brotli)} KB brotli (${kb(js.raw)} KB raw)${idle(js)} | < ${TARGETS.jsKb} KB: ${yes(js.gzip / 1024 < TARGETS.jsKb)} |`,
			`| JavaScript of Aujourd'hui, the same way (a manager) | ${kb(todayJs.gzip)} KB gzip, ${kb(todayJs.brotli)} KB brotli (${kb(todayJs.raw)} KB raw), ${todayJs.files} files${idle(todayJs)} | < ${TARGETS.jsKb} KB: ${yes(todayJs.gzip / 1024 < TARGETS.jsKb)} |`,
			`| JavaScript of a reminder's page, the same way (the approver, a pending reminder) | ${kb(reminderJs.gzip)} KB gzip, ${kb(reminderJs.brotli)} KB brotli (${kb(reminderJs.raw)} KB raw), ${reminderJs.files} files${idle(reminderJs)} | < ${TARGETS.jsKb} KB: ${yes(reminderJs.gzip / 1024 < TARGETS.jsKb)} |`,
			`| the service worker's own script (installed once, not part of the page) | ${kb(js.workerGzip)} KB gzip | |`,
			''
		].join('\n');
		const jsFigure = (name: string, j: typeof js) => ({
			measure: `JavaScript of ${name}, first load, logged in, nothing cached`,
			figure: `${kb(j.gzip)} KB gzip, ${j.files} files${j.cacheGzip ? ` (then ${kb(j.cacheGzip)} KB for the offline cache, once idle)` : ''}`,
			target: `< ${TARGETS.jsKb} KB`,
			met: j.gzip / 1024 < TARGETS.jsKb
		});
		await recordFigures('offline', `The phone, ${N.toLocaleString('en')} pending reminders (Chromium, Pixel 7)`, [
			{
				measure: '« À valider » first paint offline',
				figure: `${paint.toFixed(0)} ms`,
				target: `< ${TARGETS.paintMs} ms`,
				met: paint < TARGETS.paintMs
			},
			{
				measure: 'scrolling the offline list at its end',
				figure: `${scroll.fps.toFixed(0)} frames/s`,
				target: `≥ ${TARGETS.fps} frames/s`,
				met: scroll.fps >= TARGETS.fps
			},
			{
				measure: `full sync of ${N.toLocaleString('en')} reminders into IndexedDB`,
				figure: `${sync.toFixed(0)} ms`,
				target: `< ${TARGETS.syncMs} ms`,
				met: sync < TARGETS.syncMs
			},
			jsFigure('« À valider »', js),
			jsFigure("Aujourd'hui", todayJs),
			jsFigure("a reminder's page", reminderJs)
		]);
		return text;
	} finally {
		await browser.close();
		server.close();
		await database.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	benchOffline().then(
		async (text) => {
			await writeFile(path.join(here, 'OFFLINE.md'), text);
			console.log(`\n${text}\nWritten to bench/OFFLINE.md.`);
			process.exit(0);
		},
		(error: unknown) => {
			console.error('The offline benchmark failed:', error);
			process.exit(1);
		}
	);
}
