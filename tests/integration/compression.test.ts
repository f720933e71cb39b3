import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../helpers/app-process';

/**
 * The server `npm start` runs (scripts/server.js), as its own process on an embedded database
 * with the demo: what leaves it compressed decodes to what leaves it plain.
 */
let app: AppProcess;
let dir: string;

/** A raw GET: fetch would decode the body and hide the encoding. */
function get(
	pathname: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const request = http.get(new URL(pathname, app.origin), { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		request.on('error', reject);
	});
}

const decode = (body: Buffer, encoding: string | undefined) =>
	encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body;
/** A page less its per-request nonces (the Content-Security-Policy's). */
const withoutNonces = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'relance-compression-'));
	app = await startAppProcess({
		PGLITE_DATA_DIR: dir,
		DATABASE_URL: '',
		DEMO_DATA: 'on',
		DEMO_PASSWORD: 'relance-demo',
		SCHEDULER_INTERVAL_SECONDS: '0'
	});
}, 120_000);

afterAll(async () => {
	await app?.kill('SIGKILL');
	await rm(dir, { recursive: true, force: true });
});

describe('compressed responses', () => {
	it('a page in brotli or gzip decodes to the same page as sent plain', async () => {
		const plain = await get('/login');
		expect(plain.status).toBe(200);
		expect(plain.headers['content-encoding']).toBeUndefined();
		for (const encoding of ['br', 'gzip']) {
			const packed = await get('/login', { 'accept-encoding': encoding });
			expect(packed.headers['content-encoding']).toBe(encoding);
			expect(packed.headers.vary).toMatch(/accept-encoding/i);
			expect(packed.body.length).toBeLessThan(plain.body.length / 2);
			expect(withoutNonces(decode(packed.body, encoding).toString())).toBe(withoutNonces(plain.body.toString()));
		}
	});

	it("a signed-in person's sync JSON leaves compressed, and the built scripts as they were compressed at build time", async () => {
		const login = await fetch(`${app.origin}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: app.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: 'admin@demo.relance.fr', password: 'relance-demo' })
		});
		expect(login.status).toBe(303);
		const cookie = login.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
		const plain = await get('/api/sync', { cookie });
		const packed = await get('/api/sync', { cookie, 'accept-encoding': 'br, gzip' });
		expect(packed.headers['content-encoding']).toBe('br');
		const [a, b] = [JSON.parse(plain.body.toString()), JSON.parse(decode(packed.body, 'br').toString())];
		expect(b.reminders.map((r: { id: string }) => r.id)).toEqual(a.reminders.map((r: { id: string }) => r.id));
		expect(b.debtors.length).toBe(a.debtors.length);
		expect(packed.body.length).toBeLessThan(plain.body.length / 3);

		const script = `/_app/immutable/entry/${readdirSync('build/client/_app/immutable/entry').find((f) => f.endsWith('.js'))}`;
		const built = await get(script, { 'accept-encoding': 'br, gzip' });
		expect(built.headers['content-encoding']).toBe('br');
		expect(decode(built.body, 'br').toString()).toBe((await get(script)).body.toString());
	});

	it('stops gracefully on SIGTERM: the process ends by itself', async () => {
		const exited = new Promise<number | null>((resolve) => app.child.once('exit', (code) => resolve(code)));
		app.child.kill('SIGTERM');
		expect(await exited).toBe(0);
	}, 60_000);
});
