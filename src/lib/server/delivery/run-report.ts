import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations, scenarioRuns, scenarioSettings, users } from '../db/schema';
import { notifyUsers, notifyValidationsNeeded } from '../push/notify';
import { m } from '$lib/paraglide/messages';
import { readStoredText } from '$lib/stored-text';
import type { RunReport } from '../scenarios/run';
import { sendAppEmail } from './email/app-email';
import { senderAddress } from '../templates/compose';

const fr = { locale: 'fr' } as const;

export function reportSummary(report: Pick<RunReport, 'created' | 'deleted' | 'skipped'>): string {
	return m.scenarios_report_summary({ created: report.created, deleted: report.deleted, skipped: report.skipped }, fr);
}

function reportText(report: RunReport, orgName: string): string {
	const lines = [m.scenarios_report_intro({ organisation: orgName }, fr), '', reportSummary(report)];
	if (report.sendingHeld) lines.push('', m.scenarios_report_held({}, fr));
	const section = (title: string, entries: RunReport['details']['created']) => {
		if (!entries.length) return;
		lines.push('', title, ...entries.map((e) => `- ${e.debtorName} : ${readStoredText(e.text, 'fr')}`));
	};
	section(m.scenarios_report_created({}, fr), report.details.created);
	section(m.scenarios_report_deleted({}, fr), report.details.deleted);
	section(m.scenarios_report_skipped({}, fr), report.details.skipped);
	return lines.join('\n');
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The run's report to the users the organisation chose: by email (Resend, or the outbox page
 * without a key) and by push; and approvers learn that reminders of the run wait for them.
 * Never throws: a report that cannot leave must not undo the run.
 */
export async function sendRunReport(db: Db, report: RunReport): Promise<void> {
	try {
		if (report.awaitingValidation) await notifyValidationsNeeded(db, report.organisationId, report.awaitingValidation);
		const [settings] = await db
			.select({
				userIds: scenarioSettings.reportUserIds,
				orgName: organisations.name,
				emailFrom: organisations.emailFrom
			})
			.from(scenarioSettings)
			.innerJoin(organisations, eq(organisations.id, scenarioSettings.organisationId))
			.where(eq(scenarioSettings.organisationId, report.organisationId));
		if (!settings?.userIds.length) return;
		const recipients = await db
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(inArray(users.id, settings.userIds));
		const subject = m.scenarios_report_subject({ summary: reportSummary(report) }, fr);
		const text = reportText(report, settings.orgName);
		const html = `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`;
		for (const user of recipients)
			await sendAppEmail(db, {
				id: report.id,
				organisationId: report.organisationId,
				from: senderAddress({ name: settings.orgName, emailFrom: settings.emailFrom }),
				to: user.email,
				subject,
				text,
				html,
				idempotencyKey: `scenario-run-${report.id}-${user.id}`
			});
		await notifyUsers(db, {
			organisationId: report.organisationId,
			userIds: settings.userIds,
			payload: {
				title: m.scenarios_report_push_title({}, fr),
				body: reportSummary(report),
				url: '/aujourdhui',
				tag: 'scenario-run'
			}
		});
	} catch (error) {
		console.error('[scenarios] report', error);
	}
}

/** The report of a run as it was written at its end (the job its transaction wrote). */
export async function sendWrittenRunReport(db: Db, runId: string, awaitingValidation: number): Promise<void> {
	const [run] = await db.select().from(scenarioRuns).where(eq(scenarioRuns.id, runId));
	if (!run) return;
	const { id, organisationId, debtors, evaluated, created, deleted, skipped, sendingHeld, details } = run;
	await sendRunReport(db, {
		id,
		organisationId,
		debtors,
		evaluated,
		created,
		deleted,
		skipped,
		sendingHeld,
		details,
		awaitingValidation
	});
}
