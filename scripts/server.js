// The built app (adapter-node's handler) behind a small server of its own: every dynamic response
// (pages, JSON, CSV, XLSX) is compressed by the Accept-Encoding the browser sends, brotli first;
// the static files, already compressed at build time, pass through as they are. Graceful shutdown
// is adapter-node's: on SIGTERM or SIGINT, stop taking requests, let the running ones end, then
// tell the app (`sveltekit:shutdown`) so that it stops its workers and closes its database.
import http from 'node:http';
import compression from 'compression';
import { handler } from '../build/handler.js';

const seconds = (name, fallback) => {
	const value = Number(process.env[name] ?? fallback);
	return Number.isFinite(value) && value >= 0 ? value : fallback;
};

// The middleware's own levels (brotli 4, gzip 6): a page is compressed on each request, and a
// higher level would buy a few bytes with much more CPU.
const compress = compression();
const server = http.createServer((req, res) => compress(req, res, () => handler(req, res)));
if (process.env.KEEP_ALIVE_TIMEOUT) server.keepAliveTimeout = seconds('KEEP_ALIVE_TIMEOUT', 5) * 1000;
if (process.env.HEADERS_TIMEOUT) server.headersTimeout = seconds('HEADERS_TIMEOUT', 60) * 1000;

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

let stopping;
server.on('request', (req) => {
	// Once stopping, a connection closes as soon as it is idle: it takes no new request.
	req.on('close', () => {
		if (stopping) server.closeIdleConnections();
	});
});

function shutdown(reason) {
	if (stopping) return;
	server.closeIdleConnections();
	server.close((error) => {
		if (error) return;
		clearTimeout(stopping);
		process.emit('sveltekit:shutdown', reason);
	});
	stopping = setTimeout(() => server.closeAllConnections(), seconds('SHUTDOWN_TIMEOUT', 30) * 1000);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
