import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { scenarioSettings, scenarioSteps, scenarios, templates } from '../db/schema';

/**
 * The demo's scenarios, built on its three templates: a standard three-step process (polite
 * email and SMS, then a firmer email and letter, then a formal notice) and a shorter one for
 * the « Contentieux » group. They run on weekday mornings, or at once with « Lancer maintenant ».
 */
export async function seedDemoScenarios(
	tx: DbOrTx,
	organisationId: string,
	groupIds: Record<string, string>,
	reportUserIds: string[]
) {
	const rows = await tx
		.select({ id: templates.id, name: templates.name })
		.from(templates)
		.where(eq(templates.organisationId, organisationId));
	const template = (name: string) => rows.find((t) => t.name === name)?.id ?? null;
	await tx.insert(scenarioSettings).values({ organisationId, cron: '0 7 * * 1-5', minGapDays: 7, reportUserIds });
	const [standard, contentieux] = await tx
		.insert(scenarios)
		.values([
			{ organisationId, name: 'Scénario standard', minBalanceCents: 1000, minDaysOverdue: 5 },
			{ organisationId, name: 'Contentieux', groupId: groupIds['Contentieux'], minBalanceCents: 0, minDaysOverdue: 1 }
		])
		.returning({ id: scenarios.id });
	await tx.insert(scenarioSteps).values([
		{
			scenarioId: standard.id,
			position: 1,
			delayDays: 10,
			delayFrom: 'due_date',
			channels: ['email', 'sms'],
			templateId: template('Première relance'),
			tag: 'Relance 1'
		},
		{
			scenarioId: standard.id,
			position: 2,
			delayDays: 15,
			delayFrom: 'previous_step',
			channels: ['email', 'letter'],
			templateId: template('Deuxième relance'),
			requiresValidation: true,
			tag: 'Relance 2'
		},
		{
			scenarioId: standard.id,
			position: 3,
			delayDays: 15,
			delayFrom: 'previous_step',
			channels: ['letter'],
			templateId: template('Mise en demeure'),
			requiresValidation: true,
			tag: 'Relance 3'
		},
		{
			scenarioId: contentieux.id,
			position: 1,
			delayDays: 0,
			delayFrom: 'due_date',
			channels: ['letter'],
			templateId: template('Mise en demeure'),
			requiresValidation: true,
			tag: 'Contentieux'
		}
	]);
}
