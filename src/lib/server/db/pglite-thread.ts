import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';

/** What drizzle, the job queue and the app ask of PGlite: an instance, or one on its own thread. */
export interface PgliteClient {
	query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
	exec(text: string): Promise<Results[]>;
	transaction<T>(callback: (tx: PgliteTransaction) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

export interface PgliteTransaction {
	query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
	exec(text: string): Promise<Results[]>;
	rollback(): Promise<void>;
	readonly closed: boolean;
}

type Request =
	| { op: 'query'; text: string; params?: unknown[]; options?: { rowMode?: 'array' | 'object'; asText: number[] }; tx?: number }
	| { op: 'exec'; text: string; tx?: number }
	| { op: 'begin' }
	| { op: 'end'; tx: number; commit: boolean }
	| { op: 'close' };

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: Record<string, unknown> & { message: string } };

/**
 * The worker's side, run from source (`eval`): the same code under vitest, tsx and the built
 * app, where a separate worker file would need a bundler's help to be found. It owns the
 * PGlite instance; each request runs as soon as it arrives, so that a query outside a
 * transaction waits in PGlite's own lock, not in front of the transaction's next statement.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.module);
const asText = (oids) => Object.fromEntries(oids.map((oid) => [oid, (value) => value]));
const plain = (error) => {
	const out = { message: error && error.message ? error.message : String(error), name: error && error.name };
	if (error && typeof error === 'object')
		for (const [key, value] of Object.entries(error)) if (value === null || (typeof value !== 'object' && typeof value !== 'function')) out[key] = value;
	return out;
};
const ROLLBACK = Symbol('rollback');
const transactions = new Map();
let nextTransaction = 1;
const opened = PGlite.create(workerData.dataDir);
const send = (id, value) => parentPort.postMessage({ id, ok: true, value });
const fail = (id, error) => parentPort.postMessage({ id, ok: false, error: plain(error) });
parentPort.on('message', async ({ id, request }) => {
	try {
		const db = await opened;
		const target = request.tx ? transactions.get(request.tx).tx : db;
		if (request.op === 'query') {
			const options = request.options && { rowMode: request.options.rowMode, parsers: asText(request.options.asText) };
			send(id, await target.query(request.text, request.params, options));
		} else if (request.op === 'exec') send(id, await target.exec(request.text));
		else if (request.op === 'begin') {
			const handle = nextTransaction++;
			let began = false;
			let end;
			const ended = new Promise((resolve) => (end = resolve));
			const finished = db.transaction(async (tx) => {
				began = true;
				transactions.set(handle, { tx, end, finished });
				send(id, handle);
				if (!(await ended)) throw ROLLBACK;
			});
			finished.catch((error) => { if (!began) fail(id, error); });
		} else if (request.op === 'end') {
			const open = transactions.get(request.tx);
			transactions.delete(request.tx);
			open.end(request.commit);
			await open.finished.catch((error) => { if (error !== ROLLBACK) throw error; });
			send(id, null);
		} else if (request.op === 'close') {
			await db.close();
			send(id, null);
		}
	} catch (error) {
		fail(id, error);
	}
});
`;

/**
 * PGlite on a thread of its own. Its engine (WebAssembly) and its wire protocol are most of
 * the CPU an embedded app spends, and on the main thread they take turns with rendering pages
 * and calling providers: here they run beside them, on the machine's other core. Answers
 * cross as structured clones; errors come back as Errors carrying PostgreSQL's fields (code,
 * constraint, detail…), as PGlite's own do.
 */
export async function startPgliteThread(dataDir: string): Promise<PgliteClient> {
	const module = createRequire(import.meta.url).resolve('@electric-sql/pglite');
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, dataDir } });
	const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
	let nextId = 1;
	let broken: Error | undefined;
	// A thread waiting for work does not keep the process alive; one answering a call does.
	worker.unref();

	const settle = (reply: Reply) => {
		const call = pending.get(reply.id);
		pending.delete(reply.id);
		if (!pending.size) worker.unref();
		if (reply.ok) call?.resolve(reply.value);
		else call?.reject(Object.assign(new Error(reply.error.message), reply.error));
	};
	const breakAll = (error: Error) => {
		broken = error;
		for (const call of pending.values()) call.reject(error);
		pending.clear();
	};
	worker.on('message', settle);
	worker.on('error', breakAll);
	worker.on('exit', (code) => breakAll(broken ?? new Error(`the PGlite thread stopped (exit code ${code})`)));

	const call = <T>(request: Request): Promise<T> => {
		if (broken) return Promise.reject(broken);
		const id = nextId++;
		if (!pending.size) worker.ref();
		return new Promise<T>((resolve, reject) => {
			pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			worker.postMessage({ id, request });
		});
	};

	const query = async <T>(tx: number | undefined, text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> => {
		const parsers = options?.parsers ?? {};
		const asText = Object.keys(parsers).map(Number);
		const result = await call<Results<T>>({ op: 'query', text, params, tx, options: options && { rowMode: options.rowMode, asText } });
		// Functions cannot cross threads: the values come back as text and are parsed here.
		if (asText.length) applyParsers(result, parsers);
		return result;
	};
	const exec = (tx: number | undefined, text: string) => call<Results[]>({ op: 'exec', text, tx });

	// The first answer tells that PGlite started, or why it could not.
	await call<Results[]>({ op: 'exec', text: 'select 1' });

	return {
		query: (text, params, options) => query(undefined, text, params, options),
		exec: (text) => exec(undefined, text),
		async transaction(callback) {
			const handle = await call<number>({ op: 'begin' });
			let closed = false;
			const end = async (commit: boolean) => {
				if (closed) return;
				closed = true;
				await call({ op: 'end', tx: handle, commit });
			};
			const tx: PgliteTransaction = {
				query: (text, params, options) => query(handle, text, params, options),
				exec: (text) => exec(handle, text),
				rollback: () => end(false),
				get closed() {
					return closed;
				}
			};
			let result;
			try {
				result = await callback(tx);
			} catch (error) {
				await end(false).catch(() => undefined);
				throw error;
			}
			await end(true);
			return result;
		},
		async close() {
			if (!broken) await call({ op: 'close' });
			broken = new Error('the PGlite thread was closed');
			await worker.terminate();
		}
	};
}

function applyParsers(result: Results<unknown>, parsers: NonNullable<QueryOptions['parsers']>) {
	const arrays = result.rows.length > 0 && Array.isArray(result.rows[0]);
	const columns = result.fields.flatMap((field, index) =>
		field.dataTypeID in parsers ? [{ key: arrays ? index : field.name, parse: parsers[field.dataTypeID] }] : []
	);
	if (!columns.length) return;
	for (const row of result.rows as Record<string | number, unknown>[])
		for (const { key, parse } of columns) if (typeof row[key] === 'string') row[key] = parse(row[key] as string);
}
