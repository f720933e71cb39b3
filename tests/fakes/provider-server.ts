import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	path: string;
	headers: http.IncomingHttpHeaders;
	/** Parsed JSON, or the fields of a form body. */
	body: unknown;
}

/** A scripted answer, or 'hang': never answer, as a provider that timed out. */
export type FakeReply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';
export type Handler = (request: RecordedRequest) => FakeReply;

export interface ProviderServer {
	url: string;
	requests: RecordedRequest[];
	/** The next `times` calls get this reply (or what the function answers) instead of the normal one. */
	respondWith(reply: FakeReply | ((request: RecordedRequest) => FakeReply), times?: number): void;
	/** Forgets requests and scripted replies. */
	reset(): void;
	close(): Promise<void>;
}

export interface FakeOptions {
	/**
	 * Keep what proves each message left once (ids, keys, counts), not the messages: a benchmark
	 * sends hundreds of megabytes of email that a test's fake would hold in memory.
	 */
	light?: boolean;
}

/**
 * A local HTTP server on 127.0.0.1 that records every request and answers through `handle`,
 * unless a scripted reply is waiting: the common part of the provider fakes.
 */
export async function startProviderServer(
	handle: Handler,
	onReset: () => void,
	options: FakeOptions = {}
): Promise<ProviderServer> {
	const requests: RecordedRequest[] = [];
	let scripted: { reply: FakeReply | ((request: RecordedRequest) => FakeReply); times: number }[] = [];

	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			const recorded: RecordedRequest = {
				method: req.method ?? 'GET',
				path: req.url ?? '/',
				headers: req.headers,
				body: parseBody(raw, req.headers['content-type'])
			};
			requests.push(options.light ? { ...recorded, body: undefined } : recorded);
			const next = scripted[0];
			if (next && --next.times <= 0) scripted.shift();
			const reply = next ? (typeof next.reply === 'function' ? next.reply(recorded) : next.reply) : handle(recorded);
			if (reply === 'hang') return;
			res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
			res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		requests,
		respondWith(reply, times = 1) {
			scripted.push({ reply, times });
		},
		reset() {
			requests.length = 0;
			scripted = [];
			onReset();
		},
		close() {
			// Hanging requests would keep the server open for ever.
			server.closeAllConnections();
			return new Promise((resolve) => server.close(() => resolve()));
		}
	};
}

function parseBody(raw: string, contentType: string | undefined): unknown {
	if (!raw) return undefined;
	if (contentType?.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}
