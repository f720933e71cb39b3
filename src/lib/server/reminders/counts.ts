import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { reminderCounts } from '../db/schema';
import { rowsOf } from '../db/arrays';

/**
 * Sums each organisation's count lines (reminder_counts, written by the reminders' trigger) into
 * one line per state, and drops the states an organisation no longer has any reminder in (all of
 * them, once it is deleted). Lines another fold holds are skipped, never waited for; a line
 * written meanwhile is left for the next fold. The sums never change, only their number of lines.
 */
export async function foldReminderCounts(db: Db): Promise<{ folded: number }> {
	const taken = await db.execute(sql`
		with spread as (
			select ${reminderCounts.organisationId}, ${reminderCounts.status}
			from ${reminderCounts}
			group by 1, 2
			having count(*) > 1
		), taken as (
			delete from ${reminderCounts} where ctid in (
				select c.ctid from ${reminderCounts} c
				join spread s on s.organisation_id = c.organisation_id and s.status = c.status
				for update of c skip locked
			)
			returning organisation_id, status, n
		), folded as (
			insert into ${reminderCounts} (organisation_id, status, n)
			select organisation_id, status, sum(n) from taken group by 1, 2 having sum(n) <> 0
		)
		select count(*)::int as n from taken`);
	return { folded: rowsOf<{ n: number }>(taken)[0]?.n ?? 0 };
}
