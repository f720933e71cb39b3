import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { makeDebtor, makeOrganisation } from '../../../../tests/helpers/factories';
import { reminders } from '../db/schema';
import { REMINDER_STATUSES } from '$lib/reminder-statuses';
import { canTransition, TRANSITIONS } from './transitions';

class RolledBack extends Error {}

/** The database's error code, whether the driver or drizzle carries it. */
function codeOf(error: unknown): string | undefined {
	for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
		if (e.code) return e.code;
	return undefined;
}

describe('the transitions table', () => {
	it('names every state, and the database knows no other', () => {
		expect(Object.keys(TRANSITIONS).sort()).toEqual([...REMINDER_STATUSES].sort());
	});

	it('is the one the database enforces, pair by pair', async () => {
		const db = await freshDb();
		const org = await makeOrganisation(db);
		const debtor = await makeDebtor(db, org.id);
		const content = { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' };
		const refused: string[] = [];
		const accepted: string[] = [];
		for (const from of REMINDER_STATUSES) {
			const [row] = await db
				.insert(reminders)
				.values({
					organisationId: org.id,
					debtorId: debtor.id,
					status: from,
					sendDate: '2026-12-01',
					shortDescription: from,
					requiresValidation: false,
					content
				})
				.returning({ id: reminders.id });
			for (const to of REMINDER_STATUSES) {
				try {
					await db.transaction(async (tx) => {
						await tx.execute(sql`update reminders set status = ${to}::reminder_status where id = ${row.id}`);
						throw new RolledBack();
					});
				} catch (error) {
					if (error instanceof RolledBack) accepted.push(`${from}→${to}`);
					else if (codeOf(error) === '23514') refused.push(`${from}→${to}`);
					else throw error;
				}
			}
		}
		const pairs = REMINDER_STATUSES.flatMap((from) =>
			REMINDER_STATUSES.map((to) => ({ from, to, name: `${from}→${to}` }))
		);
		expect(accepted).toEqual(pairs.filter((p) => canTransition(p.from, p.to)).map((p) => p.name));
		expect(refused).toEqual(pairs.filter((p) => !canTransition(p.from, p.to)).map((p) => p.name));
	});
});
