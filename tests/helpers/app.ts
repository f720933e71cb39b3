import http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { testDatabase } from './db';

const HANDLER = path.resolve('build/handler.js');
let running: Promise<string> | undefined;

/**
 * The built app (adapter-node's own handler) served in this test process on a free port and
 * wired to the worker's test database: requests go through the real hooks, guard, CSRF check,
 * form actions and cookies.
 */
export function appOrigin(): Promise<string> {
	running ??= start();
	return running;
}

async function start(): Promise<string> {
	if (!existsSync(HANDLER)) throw new Error('build/handler.js is missing: run `vite build` before the tests.');
	process.env.DEMO_DATA = 'off';
	// Tests run passes and workers themselves, when and where they choose.
	process.env.SCHEDULER_INTERVAL_SECONDS = '0';
	process.env.DELIVERY_WORKERS = 'off';
	// As behind a reverse proxy: the scheme comes from a header the client sends (http here).
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	// …and the caller's address too, so that a test can be several callers (rate limits).
	process.env.ADDRESS_HEADER = 'x-forwarded-for';
	(globalThis as Record<symbol, unknown>)[Symbol.for('relance.database')] = await testDatabase();
	const { handler } = await import(pathToFileURL(HANDLER).href);
	const server = http.createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	server.unref();
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface Reply {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
	location?: string;
}

/** A browser reduced to what the tests need: a cookie jar and form posts, no redirects followed. */
export class Client {
	readonly cookies = new Map<string, string>();
	constructor(
		readonly origin: string,
		private readonly extraHeaders: Record<string, string> = {}
	) {}

	static async create(headers: Record<string, string> = {}): Promise<Client> {
		return new Client(await appOrigin(), { 'x-forwarded-proto': 'http', 'x-forwarded-for': '127.0.0.1', ...headers });
	}

	get(pathname: string, headers: Record<string, string> = {}): Promise<Reply> {
		return this.request('GET', pathname, undefined, headers);
	}

	/** A form post as a browser without JavaScript sends it. */
	post(pathname: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
		const body = new URLSearchParams();
		for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
		return this.request('POST', pathname, body.toString(), {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: this.origin,
			...headers
		});
	}

	/** The same post as `use:enhance` sends it: the answer is the action's JSON result. */
	async action(pathname: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
		const reply = await this.post(pathname, fields, {
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			...headers
		});
		const { parse } = await import('devalue');
		const json = JSON.parse(reply.body) as { type: string; status?: number; data?: string; location?: string };
		return {
			...json,
			// Form failures travel as HTTP 200 with their status inside the JSON result.
			status: json.status ?? reply.status,
			data: json.data ? (parse(json.data) as Record<string, unknown>) : undefined
		};
	}

	/** A multipart form post (a file upload) as a browser without JavaScript sends it. */
	async upload(pathname: string, form: FormData): Promise<Reply> {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		const response = await fetch(new URL(pathname, this.origin), {
			method: 'POST',
			headers: { ...this.extraHeaders, ...(cookie ? { cookie } : {}), origin: this.origin, accept: 'text/html' },
			body: form,
			redirect: 'manual'
		});
		return {
			status: response.status,
			headers: Object.fromEntries(response.headers),
			body: await response.text(),
			location: response.headers.get('location') ?? undefined
		};
	}

	/** A request answered in bytes (a PDF); a form, when given, posted as a page's script posts it. */
	async raw(
		method: string,
		pathname: string,
		fields?: Record<string, string>
	): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array }> {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		const response = await fetch(new URL(pathname, this.origin), {
			method,
			headers: { ...this.extraHeaders, ...(cookie ? { cookie } : {}), ...(fields ? { origin: this.origin } : {}) },
			body: fields ? new URLSearchParams(fields) : undefined,
			redirect: 'manual'
		});
		return {
			status: response.status,
			headers: Object.fromEntries(response.headers),
			body: new Uint8Array(await response.arrayBuffer())
		};
	}

	request(method: string, pathname: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
		const url = new URL(pathname, this.origin);
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return new Promise((resolve, reject) => {
			const req = http.request(
				url,
				{ method, headers: { ...this.extraHeaders, ...(cookie ? { cookie } : {}), ...headers } },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () => {
						for (const line of res.headers['set-cookie'] ?? []) this.store(line);
						resolve({
							status: res.statusCode ?? 0,
							headers: res.headers,
							body: Buffer.concat(chunks).toString('utf8'),
							location: res.headers.location
						});
					});
				}
			);
			req.on('error', reject);
			if (body) req.write(body);
			req.end();
		});
	}

	private store(setCookie: string): void {
		const [pair, ...attributes] = setCookie.split(';');
		const eq = pair.indexOf('=');
		const name = pair.slice(0, eq).trim();
		const value = pair.slice(eq + 1).trim();
		const expired =
			attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) ||
			(attributes.some((a) => /expires=/i.test(a)) && attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)));
		if (expired || value === '') this.cookies.delete(name);
		else this.cookies.set(name, value);
	}
}

/** Logs a client in through the real login form; fails the test if the login does not take. */
export async function loggedIn(email: string, password: string): Promise<Client> {
	const client = await Client.create();
	const reply = await client.post('/login', { email, password });
	if (reply.status !== 303 || !client.cookies.has('relance_session'))
		throw new Error(`login of ${email} failed: ${reply.status} ${reply.body.slice(0, 200)}`);
	return client;
}
