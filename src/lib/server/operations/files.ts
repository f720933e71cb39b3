import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { operationFiles, operations } from '../db/schema';
import type { Role } from '$lib/roles';
import { isUuid } from '$lib/validation/ids';
import { finishOperation, kindsFor, recordProgress } from './operations';

/** How long a made file waits for its download. */
const KEPT_FOR = sql`interval '1 day'`;
const fresh = sql`${operationFiles.createdAt} >= now() - ${KEPT_FOR}`;

export interface OperationFile {
	fileName: string;
	contentType: string;
	bytes: Uint8Array;
}

/**
 * The operation's file, and the operation done, in one transaction: a page that sees it done finds
 * its file. Files older than a day go at the same time. A retry that made the file again replaces it.
 */
export async function storeOperationFile(
	db: Db,
	op: { id: string; organisationId: string },
	file: OperationFile,
	outcome: { code: string; params: Record<string, string | number>; done: number }
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(operationFiles).where(sql`${operationFiles.createdAt} < now() - ${KEPT_FOR}`);
		await tx
			.insert(operationFiles)
			.values({ operationId: op.id, organisationId: op.organisationId, ...file })
			.onConflictDoUpdate({ target: operationFiles.operationId, set: { ...file, createdAt: sql`now()` } });
		await finishOperation(tx, op.id, 'done', outcome.code, outcome.params, outcome.done);
	});
}

/** A file of the organisation's operations, if the role may follow its kind, and not yet a day old. */
export async function readOperationFile(
	db: DbOrTx,
	organisationId: string,
	role: Role,
	operationId: string
): Promise<OperationFile | null> {
	if (!isUuid(operationId)) return null;
	const [row] = await db
		.select({ fileName: operationFiles.fileName, contentType: operationFiles.contentType, bytes: operationFiles.bytes })
		.from(operationFiles)
		.innerJoin(operations, eq(operations.id, operationFiles.operationId))
		.where(
			and(
				eq(operationFiles.operationId, operationId),
				eq(operationFiles.organisationId, organisationId),
				inArray(operations.kind, kindsFor(role)),
				fresh
			)
		);
	return row ?? null;
}

/** The files of the organisation's operations still to download, newest first (without their bytes). */
export function listOperationFiles(db: DbOrTx, organisationId: string, role: Role, limit = 10) {
	return db
		.select({
			operationId: operationFiles.operationId,
			fileName: operationFiles.fileName,
			createdAt: operationFiles.createdAt
		})
		.from(operationFiles)
		.innerJoin(operations, eq(operations.id, operationFiles.operationId))
		.where(and(eq(operationFiles.organisationId, organisationId), inArray(operations.kind, kindsFor(role)), fresh))
		.orderBy(desc(operationFiles.createdAt))
		.limit(limit);
}

/**
 * Progress written about every hundredth of the work, and at its end: the bar moves on a large
 * file without a write per row or per letter.
 */
export function progressRecorder(db: DbOrTx, operationId: string): (done: number, total: number) => Promise<void> {
	let last = 0;
	return async (done, total) => {
		if (done - last < Math.max(1, Math.ceil(total / 100)) && done < total) return;
		last = done;
		await recordProgress(db, operationId, done, {}, total);
	};
}
