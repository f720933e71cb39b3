/** What the benchmarks that run the built app as a process share. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { TEST_PASSWORD } from '../tests/helpers/factories';

export async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = net.createServer().listen(0, '127.0.0.1', () => {
			const port = (server.address() as net.AddressInfo).port;
			server.close(() => resolve(port));
		});
	});
}

export function startApp(env: Record<string, string>): Promise<{ stop(): Promise<void> }> {
	const child = spawn(
		process.execPath,
		[
			...(process.env.LOAD_APP_NODE_ARGS ? process.env.LOAD_APP_NODE_ARGS.split(' ') : []),
			path.resolve('scripts/server.js')
		],
		{ env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`the app exited (${code}) before it listened`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			if (/Listening on/i.test(chunk.toString())) resolve({ stop: () => stop(child) });
		});
	});
}

/** How long the app may take to stop once asked (its own graceful shutdown allows jobs 10 s). */
const STOP_MS = 30_000;

/** Stops the app; one still running after STOP_MS is killed and said so, for a benchmark must end. */
function stop(child: ChildProcess): Promise<void> {
	return new Promise<void>((done) => {
		const kill = setTimeout(() => {
			console.error(`[bench] the app had not stopped ${STOP_MS / 1000} s after SIGTERM: killed`);
			child.kill('SIGKILL');
		}, STOP_MS);
		child.once('exit', () => (clearTimeout(kill), done()));
		child.kill('SIGTERM');
	});
}

/** A session cookie of this person, logged in through the real form. */
export async function login(origin: string, email: string): Promise<string> {
	const response = await fetch(`${origin}/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
		body: new URLSearchParams({ email, password: TEST_PASSWORD }),
		redirect: 'manual'
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('relance_session='));
	if (!cookie) throw new Error(`login refused: ${response.status}`);
	return cookie.split(';')[0];
}
