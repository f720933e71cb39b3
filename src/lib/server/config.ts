import { availableParallelism } from 'node:os';
import path from 'node:path';

/** Every setting the server reads from the environment, in one place (see the README's table). */
export const config = {
	/** adapter-node's BODY_SIZE_LIMIT, read the way it reads it (512K by default): said in the « too large » answer. */
	get bodySizeLimit(): number {
		const value = (process.env.BODY_SIZE_LIMIT || '512K').trim();
		if (value === 'Infinity') return Infinity;
		const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
		return Number(unit ? value.slice(0, -1) : value) * (unit ?? 1);
	},
	get databaseUrl() {
		return process.env.DATABASE_URL || undefined;
	},
	/**
	 * Connections this process opens to PostgreSQL. Twice the cores by default, four at least:
	 * more busy backends than the cores can run take the CPU from the process whose requests
	 * they serve, and its answers wait (docs/performance.md, the load test).
	 */
	get databasePoolSize() {
		const value = Number(process.env.DATABASE_POOL_SIZE ?? Math.max(4, 2 * availableParallelism()));
		return Number.isInteger(value) && value > 0 ? value : 4;
	},
	get pgliteDataDir() {
		return path.resolve(process.env.PGLITE_DATA_DIR || 'data');
	},
	get migrationsDir() {
		return path.resolve(process.env.MIGRATIONS_DIR || 'drizzle');
	},
	get demoData() {
		return process.env.DEMO_DATA !== 'off';
	},
	get demoPassword() {
		return process.env.DEMO_PASSWORD || 'relance-demo';
	},
	/** Unset, emails are not sent but written to the outbox page. */
	get resendApiKey() {
		return process.env.RESEND_API_KEY || undefined;
	},
	/** Unset, the SDK's own default (Resend's API). Tests aim it at a local fake. */
	get resendBaseUrl() {
		return process.env.RESEND_BASE_URL || undefined;
	},
	/** The "whsec_…" secret of the Resend webhook; unset, every webhook call is refused. */
	get resendWebhookSecret() {
		return process.env.RESEND_WEBHOOK_SECRET || undefined;
	},
	/** Key and secret both, or SMS are not sent but written to the outbox page. */
	get vonageApiKey() {
		return process.env.VONAGE_API_KEY || undefined;
	},
	get vonageApiSecret() {
		return process.env.VONAGE_API_SECRET || undefined;
	},
	/** Unset, the SDK's own default (Vonage's REST host). Tests aim it at a local fake. */
	get vonageRestHost() {
		return process.env.VONAGE_REST_HOST || undefined;
	},
	/** Signs Vonage's delivery receipts; unset, every receipt is refused. */
	get vonageSignatureSecret() {
		return process.env.VONAGE_SIGNATURE_SECRET || undefined;
	},
	/** The method chosen in Vonage's dashboard: md5hash, md5, sha1, sha256 (default) or sha512. */
	get vonageSignatureMethod() {
		return process.env.VONAGE_SIGNATURE_METHOD || 'sha256';
	},
	/** How long a call to Resend or Vonage may take before it counts as a (retryable) failure. */
	get providerTimeoutMs() {
		const value = Number(process.env.PROVIDER_TIMEOUT_MS ?? '10000');
		return Number.isFinite(value) && value > 0 ? value : 10_000;
	},
	/** Both VAPID keys or neither: without them the app makes a pair once and keeps it in the database. */
	get vapidPublicKey() {
		return process.env.VAPID_PUBLIC_KEY || undefined;
	},
	get vapidPrivateKey() {
		return process.env.VAPID_PRIVATE_KEY || undefined;
	},
	/** Whom a push service contacts about our messages: a mailto: or https: URL. */
	get vapidSubject() {
		return process.env.VAPID_SUBJECT || 'mailto:admin@relance.local';
	},
	/** Bearer secret of POST /api/scheduler/run; unset, the endpoint refuses every call. */
	get schedulerSecret() {
		return process.env.SCHEDULER_SECRET || undefined;
	},
	/** Seconds between the passes the app runs itself; 0 turns them off (an external cron calls the endpoint). */
	get schedulerIntervalSeconds() {
		const value = Number(process.env.SCHEDULER_INTERVAL_SECONDS ?? '60');
		return Number.isFinite(value) && value >= 0 ? value : 60;
	},
	/** How long a delivery 'sending' is taken to be in a live worker's hands (see worker.ts). */
	get deliveryLeaseSeconds() {
		const value = Number(process.env.DELIVERY_LEASE_SECONDS ?? '60');
		return Number.isFinite(value) && value > 0 ? value : 60;
	},
	/** When the daily summary reaches the phones (cron, in each organisation's time zone). */
	get dailySummaryCron() {
		return process.env.DAILY_SUMMARY_CRON || '0 8 * * 1-5';
	},
	/** Whether anyone may create a new agency from the sign-up page; otherwise only the operator's command does. */
	get signupOpen() {
		return ['on', 'true', '1'].includes(process.env.SIGNUP ?? '');
	},
	/** A test instance: scenarios still create reminders, but nothing leaves unless the organisation allows it. */
	get testInstance() {
		return ['on', 'true', '1'].includes(process.env.TEST_INSTANCE ?? '');
	},
	/** Whether this process works the delivery queue. */
	get deliveryWorkers() {
		return process.env.DELIVERY_WORKERS !== 'off';
	},
	/** Delivery jobs (of up to 100 deliveries each) this process works at once. */
	get deliveryJobsInFlight() {
		const value = Number(process.env.DELIVERY_JOBS_IN_FLIGHT ?? '4');
		return Number.isInteger(value) && value > 0 ? value : 4;
	},
	/**
	 * How many items (reminders, debtors) an operation handles per chunk: each chunk is one step
	 * of its progress bar and the point a crashed operation resumes from.
	 */
	get operationChunkSize() {
		const value = Number(process.env.OPERATION_CHUNK_SIZE ?? '100');
		return Number.isInteger(value) && value > 0 ? value : 100;
	},
	/** A day's PDF of more letters than this is made by an operation, in the background. */
	get lettersOperationCount() {
		const value = Number(process.env.LETTERS_OPERATION_COUNT ?? '100');
		return Number.isInteger(value) && value >= 0 ? value : 100;
	},
	/** An export of more rows than this is made by an operation, then downloaded when ready. */
	get exportOperationRows() {
		const value = Number(process.env.EXPORT_OPERATION_ROWS ?? '5000');
		return Number.isInteger(value) && value >= 0 ? value : 5000;
	},
	/**
	 * A confirmed import of more rows than this runs as an operation, its progress on the page;
	 * a smaller one is written while the person waits for the answer.
	 */
	get importOperationRows() {
		const value = Number(process.env.IMPORT_OPERATION_ROWS ?? '200');
		return Number.isInteger(value) && value >= 0 ? value : 200;
	},
	/** Not a setting: the crash tests' point of death (see faults.ts). */
	get faultPoint() {
		return process.env.FAULT_POINT || undefined;
	}
};
