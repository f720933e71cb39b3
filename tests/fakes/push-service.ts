import crypto from 'node:crypto';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** A request the service accepted, with what it checked of it. */
export interface ReceivedPush {
	id: string;
	headers: IncomingHttpHeaders;
	body: Buffer;
	/** The key the VAPID token was signed with (the `k=` of Authorization) and its claims. */
	vapid: { publicKey: string; claims: { aud: string; exp: number; sub: string } };
}

/** A browser's side of a subscription: the keys it gives the server, and the means to read what arrives. */
export interface FakeSubscriber {
	id: string;
	subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
	/** Decrypts a message body as the browser would (RFC 8291, aes128gcm). */
	decrypt(body: Buffer): string;
}

export interface FakePushService {
	origin: string;
	/** The self-signed certificate, to trust in an https.Agent rather than turning TLS checks off. */
	ca: string;
	/** An agent that trusts this service and nothing else unusual. */
	agent: https.Agent;
	received: ReceivedPush[];
	/** Requests refused, with the reason: a test expecting none can say so. */
	refused: { id: string; status: number; reason: string }[];
	subscriber(id?: string): FakeSubscriber;
	/** From now on, pushes to this id answer 410 Gone, as for a subscription the browser dropped. */
	markGone(id: string): void;
	receivedBy(id: string): ReceivedPush[];
	/** Forgets what was received, refused and marked gone: each test starts afresh. */
	reset(): void;
	close(): Promise<void>;
}

/**
 * A push service on 127.0.0.1 over HTTPS, speaking the Web Push protocol as the real ones do:
 * POST /push/<id> with a TTL, an aes128gcm body and a VAPID token it verifies, answered 201.
 */
export async function startFakePushService(): Promise<FakePushService> {
	const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
		keyType: 'ec',
		algorithm: 'sha256',
		extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]
	});
	const received: ReceivedPush[] = [];
	const refused: FakePushService['refused'] = [];
	const gone = new Set<string>();
	let origin = '';

	const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const id = /^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1];
			const answer = (status: number, reason = '') => {
				if (id && status >= 400 && status !== 410) refused.push({ id, status, reason });
				res.writeHead(status, status === 201 ? { location: `${origin}/message/${crypto.randomUUID()}` } : {});
				res.end(reason);
			};
			if (req.method !== 'POST' || !id) return answer(404, 'no such subscription');
			if (gone.has(id)) return answer(410, 'subscription expired');
			if (!req.headers.ttl || !/^\d+$/.test(String(req.headers.ttl))) return answer(400, 'TTL header required');
			if (req.headers['content-encoding'] !== 'aes128gcm') return answer(415, 'aes128gcm required');
			const vapid = checkVapid(req.headers.authorization, origin);
			if (typeof vapid === 'string') return answer(401, vapid);
			received.push({ id, headers: req.headers, body: Buffer.concat(chunks), vapid });
			answer(201);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	server.unref();
	origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const agent = new https.Agent({ ca: pems.cert, keepAlive: false });

	return {
		origin,
		ca: pems.cert,
		agent,
		received,
		refused,
		subscriber: (id = crypto.randomUUID()) => makeSubscriber(id, `${origin}/push/${id}`),
		markGone: (id) => void gone.add(id),
		receivedBy: (id) => received.filter((r) => r.id === id),
		reset: () => {
			received.length = 0;
			refused.length = 0;
			gone.clear();
		},
		close: () =>
			new Promise<void>((resolve) => {
				agent.destroy();
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}

/** Checks `Authorization: vapid t=<ES256 JWT>, k=<public key>` as RFC 8292 asks; a string is the refusal. */
function checkVapid(header: string | undefined, origin: string): ReceivedPush['vapid'] | string {
	const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+),\s*k=([\w-]+)$/.exec(header ?? '');
	if (!match) return 'Authorization: vapid t=…, k=… required';
	const [, token, publicKey] = match;
	const [head, body, signature] = token.split('.');
	const raw = Buffer.from(publicKey, 'base64url');
	if (raw.length !== 65 || raw[0] !== 4) return 'k is not a P-256 public key';
	const key = crypto.createPublicKey({
		key: {
			kty: 'EC',
			crv: 'P-256',
			x: raw.subarray(1, 33).toString('base64url'),
			y: raw.subarray(33).toString('base64url')
		},
		format: 'jwk'
	});
	const signed = crypto.verify(
		'sha256',
		Buffer.from(`${head}.${body}`),
		{ key, dsaEncoding: 'ieee-p1363' },
		Buffer.from(signature, 'base64url')
	);
	if (!signed) return 'bad VAPID signature';
	const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ReceivedPush['vapid']['claims'];
	if (claims.aud !== origin) return `aud ${claims.aud} is not ${origin}`;
	const now = Date.now() / 1000;
	if (!(claims.exp > now && claims.exp <= now + 24 * 3600)) return 'exp must be within 24 hours';
	if (!/^(mailto:|https:)/.test(claims.sub ?? '')) return 'sub must be a mailto: or https: URL';
	return { publicKey, claims };
}

function makeSubscriber(id: string, endpoint: string): FakeSubscriber {
	const ecdh = crypto.createECDH('prime256v1');
	const userPublic = ecdh.generateKeys();
	const authSecret = crypto.randomBytes(16);
	return {
		id,
		subscription: {
			endpoint,
			keys: { p256dh: userPublic.toString('base64url'), auth: authSecret.toString('base64url') }
		},
		decrypt(message) {
			// Header: salt (16), record size (4), key id length (1), key id = the sender's public key.
			const salt = message.subarray(0, 16);
			const idLength = message[20];
			const senderPublic = message.subarray(21, 21 + idLength);
			const record = message.subarray(21 + idLength);
			const shared = ecdh.computeSecret(senderPublic);
			const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), userPublic, senderPublic]);
			const ikm = Buffer.from(crypto.hkdfSync('sha256', shared, authSecret, keyInfo, 32));
			const cek = Buffer.from(crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
			const nonce = Buffer.from(crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
			const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
			decipher.setAuthTag(record.subarray(record.length - 16));
			const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
			// The last record ends with the delimiter 0x02, then optional zero padding.
			const end = padded.lastIndexOf(2);
			return padded.subarray(0, end).toString('utf8');
		}
	};
}
