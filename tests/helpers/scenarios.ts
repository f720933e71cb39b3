import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/types';
import { scenarioSettings, scenarioSteps, scenarios, templates } from '../../src/lib/server/db/schema';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';

/**
 * The demo's templates and a « Standard » scenario of one step: « Première relance » by email,
 * ten days after the due date, for any balance a day overdue; no gap between reminders.
 */
export async function oneStepScenario(db: Db, organisationId: string, options: { reportUserIds?: string[] } = {}) {
	await seedDemoTemplates(db, organisationId);
	const [template] = await db
		.select()
		.from(templates)
		.where(and(eq(templates.organisationId, organisationId), eq(templates.name, 'Première relance')));
	await db
		.insert(scenarioSettings)
		.values({ organisationId, minGapDays: 0, reportUserIds: options.reportUserIds ?? [] });
	const [scenario] = await db
		.insert(scenarios)
		.values({ organisationId, name: 'Standard', minBalanceCents: 0, minDaysOverdue: 1 })
		.returning();
	await db.insert(scenarioSteps).values({
		scenarioId: scenario.id,
		position: 1,
		delayDays: 10,
		channels: ['email'],
		templateId: template.id,
		tag: 'Relance 1'
	});
	return { scenario, template };
}
