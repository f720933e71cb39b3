/**
 * Errors that only say the connection to the database was lost: the server restarting, failing
 * over, or the network cut. The drivers open a new connection for the next statement.
 */
const CLASS_08 = /^08/;
const SHUTDOWN = new Set(['57P01', '57P02', '57P03']);
const SOCKET = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT'
]);

export function isConnectionLoss(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const { code, message } = error as { code?: unknown; message?: unknown };
	if (typeof code === 'string' && (CLASS_08.test(code) || SHUTDOWN.has(code) || SOCKET.has(code))) return true;
	// node-postgres (under pg-boss) says so in words only.
	return typeof message === 'string' && /^Connection terminated/.test(message);
}

let guarded = false;

/**
 * pg-boss 10 completes and fails jobs without awaiting it: when the database goes away under a
 * worker, that rejection is unhandled, and Node ends the process. A lost connection is logged
 * instead (the job comes back when it expires, its deliveries by their lease); anything else
 * still ends the process as Node would.
 */
export function survivePgBossConnectionLoss(): void {
	if (guarded) return;
	guarded = true;
	process.on('unhandledRejection', (reason) => {
		if (!isConnectionLoss(reason)) throw reason;
		console.error('[database] connection lost, the next statement reconnects:', (reason as Error).message);
	});
}
