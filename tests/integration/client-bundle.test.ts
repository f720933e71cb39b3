import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

/**
 * What the browser downloads holds none of the server's secrets and no server code. The app is
 * built once more, apart from build/, with a marker in every secret the server reads (see
 * src/lib/server/config.ts), so that a secret inlined at build time (a `define`, an env prefix,
 * $env/static) would show; source maps tell which modules each client file is made of.
 */
const MARKER = 'SECRET_MARKER_7f3c9a';
const SECRETS: Record<string, string> = {
	RESEND_API_KEY: `re_${MARKER}_resend`,
	RESEND_WEBHOOK_SECRET: `whsec_${MARKER}_webhook`,
	VONAGE_API_KEY: `${MARKER}_vonage_key`,
	VONAGE_API_SECRET: `${MARKER}_vonage_secret`,
	VONAGE_SIGNATURE_SECRET: `${MARKER}_vonage_signature`,
	VAPID_PRIVATE_KEY: `${MARKER}_vapid_private`,
	SCHEDULER_SECRET: `${MARKER}_scheduler`,
	DATABASE_URL: `postgres://relance:${MARKER}_db_password@db.invalid:5432/relance`,
	DEMO_PASSWORD: `${MARKER}_demo_password`
};

/** Pages held to the JavaScript budget a phone on a slow network affords: gzip bytes, layouts included. */
const BUDGETS: Record<string, number> = { '/(app)/tableau-de-bord': 100 * 1024 };

/** Packages only the server may run: their code in a client file would mean server code shipped. */
const SERVER_ONLY = [
	'postgres',
	'pg-boss',
	'drizzle-orm',
	'@electric-sql/pglite',
	'@node-rs/argon2',
	'resend',
	'@vonage',
	'web-push',
	'exceljs',
	'papaparse',
	'iconv-lite',
	'pdf-lib',
	'liquidjs'
];

async function filesUnder(dir: string): Promise<string[]> {
	if (!existsSync(dir)) return [];
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.skipIf(process.env.TEST_DATABASE_URL)('the client bundle', () => {
	let dir: string;
	let client: string[];

	beforeAll(async () => {
		// Inside the project: the build loads its own server output, which resolves packages from node_modules.
		await mkdir(path.resolve('node_modules/.cache'), { recursive: true });
		dir = await mkdtemp(path.resolve('node_modules/.cache/relance-bundle-'));
		await promisify(execFile)(
			process.execPath,
			[path.resolve('node_modules/vite/bin/vite.js'), 'build', '--sourcemap'],
			{
				// As shipped: vitest's NODE_ENV=test would make Svelte build its development runtime.
				env: { ...process.env, ...SECRETS, NODE_ENV: 'production', RELANCE_BUILD_DIR: dir },
				maxBuffer: 64 * 1024 * 1024
			}
		);
		// What the server hands the browser: the client build (service worker included) and prerendered pages.
		client = [
			...(await filesUnder(path.join(dir, 'build/client'))),
			...(await filesUnder(path.join(dir, 'build/prerendered')))
		];
	}, 300_000);
	afterAll(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('holds none of the secrets the server was built with', async () => {
		expect(client.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(10);
		const leaks: string[] = [];
		for (const file of client) {
			const text = await readFile(file, 'latin1');
			if (text.includes(MARKER))
				leaks.push(
					`${path.relative(dir, file)}: ${
						Object.keys(SECRETS)
							.filter((k) => text.includes(SECRETS[k]))
							.join(', ') || MARKER
					}`
				);
		}
		expect(leaks).toEqual([]);
	});

	it('is made of no server module and no server-only package', async () => {
		// The maps as Vite wrote them, where their relative sources point from (the adapter copies them to build/).
		const maps = (await filesUnder(path.join(dir, '.svelte-kit/output/client'))).filter((f) => f.endsWith('.js.map'));
		expect(maps.length).toBeGreaterThan(10);
		const sources = new Set<string>();
		for (const map of maps)
			for (const source of (JSON.parse(await readFile(map, 'utf8')) as { sources: string[] }).sources)
				sources.add(path.relative(process.cwd(), path.resolve(path.dirname(map), source)));
		// The maps do name the client's own modules: the check below looks at real paths.
		expect([...sources].some((s) => s.startsWith('src/lib/'))).toBe(true);
		expect([...sources].some((s) => s.startsWith('node_modules/'))).toBe(true);
		const server = [...sources].filter(
			(s) =>
				/^src\/lib\/server\/|^src\/hooks\.server|\+(page|layout)\.server\.|\+server\./.test(s) ||
				SERVER_ONLY.some((p) => s.startsWith(`node_modules/${p}/`))
		);
		expect(server).toEqual([]);
	});

	/**
	 * What a page downloads before it runs: the client's entry and, for the page's layouts and
	 * its own node, the modules SvelteKit preloads (the server's manifest lists them), gzipped.
	 */
	it.each(Object.entries(BUDGETS))('keeps %s inside its JavaScript budget', async (routeId, budget) => {
		const output = path.join(dir, '.svelte-kit/output');
		const manifest = await readFile(path.join(output, 'server/manifest.js'), 'utf8');
		const list = (text: string) => JSON.parse(`[${text}]`) as string[];
		const files = new Set(list(/imports:\[([^\]]*)\]/.exec(manifest)![1]));
		const route = manifest.slice(manifest.indexOf(`id: ${JSON.stringify(routeId)}`));
		const page = /page: \{ layouts: \[([\d,]*)\], errors: \[[\d,]*\], leaf: (\d+) \}/.exec(route)!;
		for (const node of [...page[1].split(',').filter(Boolean), page[2]]) {
			const source = await readFile(path.join(output, `server/nodes/${node}.js`), 'utf8');
			for (const file of list(/export const imports = \[([^\]]*)\]/.exec(source)![1])) files.add(file);
		}
		expect(files.size).toBeGreaterThan(5);
		let gzipped = 0;
		for (const file of files)
			gzipped += gzipSync(await readFile(path.join(output, 'client', file)), { level: 9 }).length;
		expect(gzipped, `${routeId}: ${files.size} files`).toBeLessThanOrEqual(budget);
	});
});
