import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface AppProcess {
	child: ChildProcess;
	origin: string;
	output: () => string;
	kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** The built app as its own process, as production runs it: what a crash test can kill. */
export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [path.resolve('scripts/server.js')], {
		// The in-process app of other tests reads the caller from proxy headers (tests/helpers/app.ts
		// sets them in this process's environment); this one is reached directly.
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DEMO_DATA: 'off',
			ADDRESS_HEADER: '',
			PROTOCOL_HEADER: '',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (c) => (log += c));
	child.stderr?.on('data', (c) => (log += c));
	const deadline = Date.now() + 30_000;
	while (!log.includes('Listening on')) {
		if (child.exitCode !== null || Date.now() > deadline) throw new Error(`app did not start:\n${log}`);
		await new Promise((r) => setTimeout(r, 50));
	}
	// The first request runs the server's init hook: migrations, queue and workers.
	await fetch(`${origin}/login`);
	return {
		child,
		origin,
		output: () => log,
		kill: (signal = 'SIGKILL') =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill(signal);
			})
	};
}
