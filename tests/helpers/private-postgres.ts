import { execFile } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './app-process';

const run = promisify(execFile);

export interface PrivatePostgres {
	url: string;
	/** `pg_ctl restart -m fast`: every connection is cut, the server is back when it returns. */
	restart(): Promise<void>;
	stop(): Promise<void>;
}

/** The newest PostgreSQL of the machine's postgresql-common layout (/usr/lib/postgresql/N/bin). */
function binaries(): string {
	const root = '/usr/lib/postgresql';
	const version = existsSync(root)
		? readdirSync(root)
				.filter((v) => /^\d+$/.test(v))
				.sort((a, b) => Number(b) - Number(a))[0]
		: undefined;
	if (!version) throw new Error(`no PostgreSQL server under ${root}: apt-get install postgresql`);
	return path.join(root, version, 'bin');
}

/**
 * A PostgreSQL server of the test's own, in a temporary directory, that it may restart at will
 * (never the shared one). initdb refuses to run as root: as root it runs as the `postgres` user.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
	const bin = binaries();
	const dir = await mkdtemp(path.join(os.tmpdir(), 'relance-pg-'));
	const root = process.getuid?.() === 0;
	if (root) {
		const { stdout } = await run('id', ['-u', 'postgres']);
		const { stdout: group } = await run('id', ['-g', 'postgres']);
		chownSync(dir, Number(stdout), Number(group));
	}
	const as = (command: string, args: string[]) =>
		root ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
	const data = path.join(dir, 'data');
	const port = await freePort();
	await as(path.join(bin, 'initdb'), [
		'-D',
		data,
		'-U',
		'postgres',
		'--auth=trust',
		'--no-sync',
		'-E',
		'UTF8',
		'--locale=C.UTF-8'
	]);
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
	const ctl = (...args: string[]) =>
		as(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '120', ...args]);
	await ctl('start');
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		restart: async () => void (await ctl('restart', '-m', 'fast')),
		stop: async () => {
			await ctl('stop', '-m', 'immediate').catch(() => undefined);
			await rm(dir, { recursive: true, force: true });
		}
	};
}
