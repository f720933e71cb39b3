import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { importUploads, operations } from '../db/schema';
import { config } from '../config';
import { inLocale } from '../locale';
import { applyImport, type ImportCounts } from '../imports/apply';
import type { ImportKind } from '../imports/fields';
import type { Mapping } from '../imports/mapping';
import type { Encoding } from '../imports/read-file';
import type { RowError } from '../imports/rows';
import {
	checkUpload,
	describeUpload,
	getUpload,
	importChecked,
	importedAccounts,
	importedDebtorIds,
	importedLocation,
	readRows,
	type ImportOutcome,
	type Upload
} from '../imports/service';
import type { Actor } from '../auth/actor';
import { reevaluateDebtors } from '../scenarios/run';
import type { ImportReport } from '../db/schema';
import type { OperationView } from '$lib/operations';
import type { Role } from '$lib/roles';
import { isUuid } from '$lib/validation/ids';
import {
	finishOperation,
	getOperation,
	letRequestsIn,
	recordProgress,
	runningOperation,
	startOperation
} from './operations';

type Operation = typeof operations.$inferSelect;

/** A report this long is already more than a person fixes in one go; the count says the rest. */
export const REPORT_LIMIT = 500;

export type Confirmed =
	{ kind: ImportKind; outcome: ImportOutcome } | { kind: ImportKind; started: { id: string; joined: boolean } };

/**
 * Step two of an import, the mapping confirmed. What needs no database (the mapping, each row's
 * cells, a reference twice) is answered at once; then a file of more rows than
 * config.importOperationRows is written by an operation, whose progress the mapping page shows
 * (a second click joins it), and a smaller one at once.
 */
export async function confirmImport(
	db: Db,
	actor: Actor,
	uploadId: string,
	mapping: Mapping,
	locale: string
): Promise<Confirmed | null> {
	const upload = await getUpload(db, actor.organisationId, uploadId);
	if (!upload) return null;
	const kind = upload.kind as ImportKind;
	const running = await runningOperation(db, actor.organisationId, 'import', upload.id);
	if (running) return { kind, started: { id: running.id, joined: true } };
	const checked = await checkUpload(db, actor.organisationId, upload, mapping);
	if (!checked.ok) return { kind, outcome: checked };
	if (checked.rows.length <= config.importOperationRows)
		return { kind, outcome: await importChecked(db, actor.organisationId, upload, checked.rows) };
	// The refusal of an earlier try no longer says anything of this one.
	await db.update(importUploads).set({ report: null }).where(eq(importUploads.id, upload.id));
	const started = await startOperation(db, {
		organisationId: actor.organisationId,
		kind: 'import',
		scopeKey: upload.id,
		startedBy: actor.userId,
		total: checked.rows.length,
		// The rows' refusals are written by the job, in the language of the person who started it.
		params: { uploadId: upload.id, mapping, locale }
	});
	return { kind, started };
}

/** Where the import's operation stands, kept in its outcome values as it goes. */
interface Progress {
	phase: 'writing' | 'reevaluating';
	created: number;
	updated: number;
	unchanged: number;
	/** Once written: the file's debtors to re-evaluate, how many are (up to the id `after`), since when (epoch seconds). */
	stepTotal: number;
	stepDone: number;
	stepSince: number;
	after: string;
}

/**
 * The job of an import. The rows are written whole in one transaction, which also records on the
 * operation that they are, with their counts and done = total: both commit, or neither. Then the
 * file's debtors are re-evaluated in chunks (their waiting reminders of a scenario they left are
 * deleted), each chunk recorded, and the file, imported, is no longer kept. A try that resumes
 * after the write's commit goes straight on with the re-evaluation after the last debtor
 * recorded: nothing is written twice and no debtor is left out.
 */
export async function importFile(db: Db, op: Operation): Promise<void> {
	const upload = await getUpload(db, op.organisationId, String(op.params.uploadId));
	if (!upload) return finishOperation(db, op.id, 'failed', 'error');
	const mapping = op.params.mapping as Mapping;
	await inLocale(op.params.locale, async () => {
		const checked = await readRows(upload.kind as ImportKind, Buffer.from(upload.content, 'base64'), {
			encoding: upload.encoding as Encoding,
			mapping
		});
		if (!checked.ok)
			return checked.errors.length
				? refuse(db, op, upload, mapping, checked.errors)
				: finishOperation(db, op.id, 'failed', 'error');
		const accounts = importedAccounts(checked.rows);
		let progress = op.outcomeParams as unknown as Progress;
		if (progress.phase !== 'reevaluating') {
			await recordProgress(db, op.id, 0, { phase: 'writing' });
			let written: Progress | undefined;
			const applied = await applyImport(db, op.organisationId, upload.kind as ImportKind, checked.rows, {
				onWritten: async (tx, counts) => {
					written = await recordWritten(tx, op, counts, accounts);
				}
			});
			if (!applied.ok) return refuse(db, op, upload, mapping, applied.errors);
			progress = written!;
			await letRequestsIn();
		}
		await reevaluate(db, op, accounts, progress);
		const { created, updated, unchanged } = progress;
		await db.transaction(async (tx) => {
			await finishOperation(
				tx,
				op.id,
				'done',
				'imported',
				{ created, updated, unchanged, location: importedLocation(upload.kind as ImportKind, progress, accounts) },
				op.total
			);
			await tx.delete(importUploads).where(eq(importUploads.id, upload.id));
		});
	});
}

/**
 * In the write's transaction: the operation says its rows are written. Only a running operation
 * whose rows are not yet written is: another try that wrote them first, or an operation ended
 * meanwhile, rolls this write back.
 */
async function recordWritten(tx: Tx, op: Operation, counts: ImportCounts, accounts: string[]): Promise<Progress> {
	const debtors =
		counts.created + counts.updated > 0 ? (await importedDebtorIds(tx, op.organisationId, accounts)).length : 0;
	const progress: Progress = {
		phase: 'reevaluating',
		...counts,
		stepTotal: debtors,
		stepDone: 0,
		stepSince: Math.floor(Date.now() / 1000),
		after: ''
	};
	const [row] = await tx
		.update(operations)
		.set({ done: op.total, outcomeParams: { ...progress }, heartbeatAt: sql`now()` })
		.where(
			and(
				eq(operations.id, op.id),
				eq(operations.status, 'running'),
				sql`${operations.outcomeParams}->>'phase' is distinct from 'reevaluating'`
			)
		)
		.returning({ id: operations.id });
	if (!row) throw new Error(`import ${op.id}: its rows are already written, or it has ended`);
	return progress;
}

/**
 * The file's debtors, by chunks, from after the last one recorded: their waiting reminders of a
 * scenario they left are deleted, as for a smaller file (see stopLeftScenarios), by this job.
 */
async function reevaluate(db: Db, op: Operation, accounts: string[], progress: Progress): Promise<void> {
	if (!progress.stepTotal) return;
	let { stepDone, after } = progress;
	for (;;) {
		const ids = await importedDebtorIds(db, op.organisationId, accounts, {
			after: after || undefined,
			limit: config.operationChunkSize
		});
		if (!ids.length) return;
		await reevaluateDebtors(db, op.organisationId, ids, { deletionsOnly: true });
		stepDone = Math.min(stepDone + ids.length, progress.stepTotal);
		after = ids[ids.length - 1];
		await recordProgress(db, op.id, op.total, { ...progress, stepDone, after });
	}
}

/** Refused by the database (an unknown debtor, a payment over its invoice…): nothing is written, and the mapping page says which rows and why. */
async function refuse(db: Db, op: Operation, upload: Upload, mapping: Mapping, errors: RowError[]): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.update(importUploads)
			.set({ report: { mapping, errors: errors.slice(0, REPORT_LIMIT), errorCount: errors.length } })
			.where(eq(importUploads.id, upload.id));
		await finishOperation(tx, op.id, 'failed', 'import_refused', { errorCount: errors.length });
	});
}

interface MappingStep {
	described: NonNullable<Awaited<ReturnType<typeof describeUpload>>>;
	operation: OperationView | null;
	joined: boolean;
	report: ImportReport | null;
}

/**
 * The mapping step of an upload with its import's operation: the one the address names (where
 * the action sent the person), else the one running on the file (a reload, another device). An
 * import done took its file with it: its page is then the one the import's outcome names.
 */
export async function mappingStep(
	db: Db,
	organisationId: string,
	role: Role,
	uploadId: string,
	url: URL
): Promise<MappingStep | { location: string } | null> {
	const asked = url.searchParams.get('operation');
	const named = asked && isUuid(asked) ? await getOperation(db, organisationId, role, asked) : null;
	const operation =
		named?.kind === 'import'
			? named
			: isUuid(uploadId)
				? await runningOperation(db, organisationId, 'import', uploadId)
				: null;
	const described = await describeUpload(db, organisationId, uploadId);
	if (!described)
		return operation?.status === 'done' ? { location: String(operation.outcomeParams.location ?? '/importer') } : null;
	return {
		described,
		operation,
		joined: url.searchParams.has('rejoint'),
		// While a try runs, the refusal of the one before says nothing of it.
		report: operation?.status === 'running' ? null : described.upload.report
	};
}
