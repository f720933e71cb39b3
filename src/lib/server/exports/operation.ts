import type { Db } from '../db';
import type { operations } from '../db/schema';
import { config } from '../config';
import type { Actor } from '../auth/actor';
import { finishOperation, runningOperation, startOperation } from '../operations/operations';
import { progressRecorder, storeOperationFile } from '../operations/files';
import { isLocale, type Locale } from '$lib/paraglide/runtime';
import { buildExport, exportAddress, exportRows, type ExportSpec } from './build';
import { contentTypeOf } from './download';

type Operation = typeof operations.$inferSelect;

export type Requested =
	{ kind: 'download'; address: string } | { kind: 'operation'; id: string; joined: boolean } | { kind: 'not_found' };

/**
 * An export asked for from a page. Up to EXPORT_OPERATION_ROWS rows, the address that downloads
 * it at once; beyond, an operation makes the file in the background. The same export (kind and
 * filters) asked for again while it is made joins that operation.
 */
export async function requestExport(db: Db, actor: Actor, spec: ExportSpec, locale: Locale): Promise<Requested> {
	const address = exportAddress(spec);
	const running = await runningOperation(db, actor.organisationId, 'export', address);
	if (running) return { kind: 'operation', id: running.id, joined: true };
	const rows = await exportRows(db, actor.organisationId, spec);
	if (rows === null) return { kind: 'not_found' };
	if (rows <= config.exportOperationRows) return { kind: 'download', address };
	const started = await startOperation(db, {
		organisationId: actor.organisationId,
		kind: 'export',
		scopeKey: address,
		startedBy: actor.userId,
		total: rows,
		params: { spec, locale }
	});
	return { kind: 'operation', ...started };
}

/**
 * The job of export: the file written with its progress, then kept for its download. A retry
 * writes it again from the data as it is then.
 */
export async function exportFile(db: Db, op: Operation): Promise<void> {
	const locale = isLocale(op.params.locale) ? op.params.locale : 'fr';
	const made = await buildExport(db, op.organisationId, op.params.spec as ExportSpec, {
		locale,
		onRow: progressRecorder(db, op.id)
	});
	// The format was deleted, or its file name no longer comes out, since it was asked for.
	if (!made.ok) return finishOperation(db, op.id, 'failed', 'export_gone');
	await storeOperationFile(
		db,
		op,
		{ fileName: made.fileName, contentType: contentTypeOf(made.type), bytes: made.body },
		{ code: 'export', params: { rows: made.rows }, done: made.rows }
	);
}
