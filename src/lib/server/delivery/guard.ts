import { sql } from 'drizzle-orm';
import type { Tx } from '../db';
import { idRows, rowsOf } from '../db/arrays';
import { invoices, reminders, scenarioReminders } from '../db/schema';
import type { Plan } from '../scenarios/engine';
import { applyPlans } from '../scenarios/apply';
import { context, withdrawals, type Context } from '../scenarios/run';

/**
 * The last word before reminders leave, in the transaction that claims them: whatever wrote a
 * payment (the form, an import, an accounting sync writing the tables directly), a reminder not
 * « à conserver » does not leave for a debtor who owes nothing any more, nor a scenario's
 * reminder that the engine would withdraw now. Those are deleted, their reason in the history,
 * and the caller makes no delivery for them.
 *
 * A few statements per batch whatever its size. No debtor row is locked: the claim holds
 * reminder locks, and a scenario run takes debtor locks before reminder locks, so waiting here
 * for a debtor could close a cycle. A run that wants one of these reminders waits for the claim
 * to commit, then finds it no longer unsent and leaves it be.
 */
export type SendingGuard = (tx: Tx, reminderIds: string[]) => Promise<Set<string>>;

export function sendingGuard(organisationId: string, today: string): SendingGuard {
	// The organisation's scenarios, read once per pass, on the first batch that needs them.
	let ctx: Promise<Context | null> | undefined;
	return async (tx, reminderIds) => {
		const rows = rowsOf<{ id: string; debtorId: string; fromScenario: boolean; owedCents: string | number }>(
			await tx.execute(sql`
				select r.id, r.debtor_id as "debtorId", s.reminder_id is not null as "fromScenario",
					coalesce((select sum(i.amount_cents - i.paid_cents) from ${invoices} i where i.debtor_id = r.debtor_id), 0) as "owedCents"
				from ${idRows(reminderIds)}
				join ${reminders} r on r.id = k.id
				left join ${scenarioReminders} s on s.reminder_id = r.id
				where not r.keep`)
		);
		if (!rows.length) return new Set();
		const plans = new Map<string, Plan>();
		const planOf = (debtorId: string) => {
			let plan = plans.get(debtorId);
			if (!plan)
				plans.set(debtorId, (plan = { scenarioId: null, nextStep: null, create: null, delete: [], skip: null }));
			return plan;
		};
		const toEvaluate = new Set<string>();
		const evaluated = new Set<string>();
		for (const row of rows) {
			if (Number(row.owedCents) <= 0)
				planOf(row.debtorId).delete.push({ reminderId: row.id, reason: { code: 'paid' } });
			else if (row.fromScenario) {
				toEvaluate.add(row.debtorId);
				evaluated.add(row.id);
			}
		}
		if (toEvaluate.size) {
			ctx ??= context(tx, organisationId, today);
			const scenarioContext = await ctx;
			if (scenarioContext)
				for (const { debtorId, plan } of await withdrawals(tx, scenarioContext, [...toEvaluate], evaluated))
					planOf(debtorId).delete.push(...plan.delete);
		}
		const decided = [...plans].filter(([, plan]) => plan.delete.length).map(([debtorId, plan]) => ({ debtorId, plan }));
		if (!decided.length) return new Set();
		const outcomes = await applyPlans(tx, organisationId, decided, new Map(), new Map());
		return new Set(outcomes.flatMap((o) => o.deleted.map((d) => d.reminderId)));
	};
}
