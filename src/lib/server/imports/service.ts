import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../db';
import { debtors, importUploads } from '../db/schema';
import { textArray } from '../db/arrays';
import { enqueue } from '../queue';
import { isConnectionLoss } from '../db/connection-loss';
import { m } from '$lib/paraglide/messages';
import { isUuid } from '$lib/validation/ids';
import { applyImport, duplicateReferences, type ImportCounts } from './apply';
import type { ImportKind } from './fields';
import { lastMapping, proposeMapping, rememberMapping, type Mapping } from './mapping';
import { readTable, type Encoding } from './read-file';
import { mappingErrors, parseRows, type ParsedRow, type RowError } from './rows';

export type Refusal = { ok: false; fileError: string | null; errors: RowError[] };
export type ImportOutcome = { ok: true; counts: ImportCounts; accounts: string[] } | Refusal;

const PREVIEW_ROWS = 5;
/** A small file's debtors become the chosen set of the lists before a run, one tap away. */
const LISTS_LINK_LIMIT = 50;

/**
 * A file read through a mapping, with every refusal that needs no database: the file itself
 * (size, format, encoding), the mapping (a missing column), each bad row, a reference twice.
 */
export async function readRows(
	kind: ImportKind,
	bytes: Uint8Array,
	options: { encoding?: Encoding; mapping?: Mapping } = {}
): Promise<{ ok: true; rows: ParsedRow[] } | Refusal> {
	const read = await readTable(bytes, options.encoding ?? 'auto');
	if (!read.ok) return { ok: false, fileError: read.reason, errors: [] };
	const mapping = options.mapping ?? proposeMapping(kind, read.table.headers, null);
	const unmapped = mappingErrors(kind, read.table, mapping);
	if (unmapped.length) return { ok: false, fileError: null, errors: unmapped };
	const parsed = parseRows(kind, read.table, mapping);
	if (parsed.errors.length) return { ok: false, fileError: null, errors: parsed.errors };
	const duplicates = duplicateReferences(kind, parsed.rows);
	if (duplicates.length) return { ok: false, fileError: null, errors: duplicates };
	return { ok: true, rows: parsed.rows };
}

/** Reads a file through a mapping and imports it whole, or reports every reason it cannot. */
export async function importBytes(
	db: Db,
	organisationId: string,
	kind: ImportKind,
	bytes: Uint8Array,
	options: { encoding?: Encoding; mapping?: Mapping } = {}
): Promise<ImportOutcome> {
	const checked = await readRows(kind, bytes, options);
	return checked.ok ? importRows(db, organisationId, kind, checked.rows) : checked;
}

async function importRows(db: Db, organisationId: string, kind: ImportKind, rows: ParsedRow[]): Promise<ImportOutcome> {
	const accounts = importedAccounts(rows);
	const onWritten = async (tx: Tx, counts: ImportCounts) => {
		if (counts.created + counts.updated > 0)
			await stopLeftScenarios(tx, organisationId, await importedDebtorIds(tx, organisationId, accounts));
	};
	const applied = await applyImport(db, organisationId, kind, rows, { onWritten }).catch((error: unknown) => {
		// Its one transaction never committed: nothing was written, and the next try reconnects.
		if (isConnectionLoss(error)) return null;
		throw error;
	});
	if (!applied) return { ok: false, fileError: m.imports_error_interrupted(), errors: [] };
	if (!applied.ok) return { ok: false, fileError: null, errors: applied.errors };
	return { ok: true, counts: applied.counts, accounts };
}

export const importedAccounts = (rows: ParsedRow[]) => [...new Set(rows.map((r) => String(r.values.accountNumber)))];

/** The file's debtors by id, from after the given one: the order a re-evaluation in chunks resumes in. */
export async function importedDebtorIds(
	db: DbOrTx,
	organisationId: string,
	accounts: string[],
	{ after, limit }: { after?: string; limit?: number } = {}
) {
	const found = await db
		.select({ id: debtors.id })
		.from(debtors)
		.where(
			and(
				eq(debtors.organisationId, organisationId),
				sql`${debtors.accountNumber} = any(${textArray(accounts)})`,
				after ? gt(debtors.id, after) : undefined
			)
		)
		.orderBy(asc(debtors.id))
		.limit(limit ?? Number.MAX_SAFE_INTEGER);
	return found.map((d) => d.id);
}

/**
 * A file that settles debts or moves debtors out of a scenario takes effect at once, as a
 * payment entered by hand does: their waiting reminders of a scenario they left are deleted by
 * a job written in the import's transaction, so that no letter leaves for what is paid, crash or
 * not. New steps wait for the scenario run, after the person has seen the lists before sending.
 * Deleting only, it may run again on the same debtors to the same end.
 */
export async function stopLeftScenarios(tx: DbOrTx, organisationId: string, debtorIds: string[]): Promise<void> {
	if (debtorIds.length) await enqueue(tx, 'reevaluate-debtors', [{ organisationId, debtorIds, deletionsOnly: true }]);
}

/** Where an import written sends the person: what it did, and its debtors' lists when they are few. */
export function importedLocation(kind: ImportKind, counts: ImportCounts, accounts: string[]): string {
	const query = new URLSearchParams({
		importe: kind,
		crees: String(counts.created),
		modifies: String(counts.updated),
		inchanges: String(counts.unchanged)
	});
	if (accounts.length && accounts.length <= LISTS_LINK_LIMIT) query.set('comptes', accounts.join(','));
	return `/importer?${query}`;
}

export type StageOutcome =
	| {
			ok: true;
			uploadId: string;
			headers: string[];
			preview: string[][];
			mapping: Mapping;
			rowCount: number;
			encoding: string;
	  }
	| { ok: false; reason: string };

/** Step one: the file is read, kept, and shown with the mapping it would get. */
export async function stageUpload(
	db: Db,
	actor: { userId: string; organisationId: string },
	kind: ImportKind,
	file: { name: string; bytes: Uint8Array },
	encoding: Encoding
): Promise<StageOutcome> {
	const read = await readTable(file.bytes, encoding);
	if (!read.ok) return read;
	// Files left at the mapping step are not kept beyond a day.
	await db
		.delete(importUploads)
		.where(
			and(
				eq(importUploads.organisationId, actor.organisationId),
				lt(importUploads.createdAt, sql`now() - interval '1 day'`)
			)
		);
	const [upload] = await db
		.insert(importUploads)
		.values({
			organisationId: actor.organisationId,
			kind,
			fileName: file.name,
			encoding: read.table.encoding,
			content: Buffer.from(file.bytes).toString('base64'),
			createdBy: actor.userId
		})
		.returning({ id: importUploads.id });
	return {
		ok: true,
		uploadId: upload.id,
		...(await describe(db, actor.organisationId, kind, read.table.headers, read.table.rows)),
		encoding: read.table.encoding
	};
}

async function describe(
	db: Db,
	organisationId: string,
	kind: ImportKind,
	headers: string[],
	rows: { cells: string[] }[]
) {
	return {
		headers,
		preview: rows.slice(0, PREVIEW_ROWS).map((r) => r.cells),
		rowCount: rows.length,
		mapping: proposeMapping(kind, headers, await lastMapping(db, organisationId, kind))
	};
}

export type Upload = typeof importUploads.$inferSelect;

export async function getUpload(db: Db, organisationId: string, uploadId: string): Promise<Upload | null> {
	if (!isUuid(uploadId)) return null;
	const [upload] = await db
		.select()
		.from(importUploads)
		.where(and(eq(importUploads.id, uploadId), eq(importUploads.organisationId, organisationId)));
	return upload ?? null;
}

/** The upload shown again at the mapping step (after a refused import, or a reload). */
export async function describeUpload(db: Db, organisationId: string, uploadId: string) {
	const upload = await getUpload(db, organisationId, uploadId);
	if (!upload) return null;
	const read = await readTable(Buffer.from(upload.content, 'base64'), upload.encoding as Encoding);
	if (!read.ok) return null;
	return {
		upload,
		...(await describe(db, organisationId, upload.kind as ImportKind, read.table.headers, read.table.rows))
	};
}

/** Step two, checked: the kept file read through the mapping the person confirmed, which is remembered. */
export async function checkUpload(db: Db, organisationId: string, upload: Upload, mapping: Mapping) {
	const kind = upload.kind as ImportKind;
	const checked = await readRows(kind, Buffer.from(upload.content, 'base64'), {
		encoding: upload.encoding as Encoding,
		mapping
	});
	await rememberMapping(db, organisationId, kind, mapping);
	return checked;
}

/** Step two, at once: the checked rows written, and the file, imported, no longer kept. */
export async function importChecked(
	db: Db,
	organisationId: string,
	upload: Upload,
	rows: ParsedRow[]
): Promise<ImportOutcome> {
	const outcome = await importRows(db, organisationId, upload.kind as ImportKind, rows);
	if (outcome.ok) await db.delete(importUploads).where(eq(importUploads.id, upload.id));
	return outcome;
}
