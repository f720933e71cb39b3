import { Cron } from 'croner';
import { z } from './zod-messages';
import { isCalendarDate } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import { CHANNELS } from './reminders';
import { parseEuroCents } from './debtors';

const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === 'on' || v === 'true');
const optionalUuid = z
	.union([z.uuid(), z.literal('')])
	.optional()
	.transform((v) => v || null);
const checked = <T extends z.ZodType>(item: T, max: number) =>
	z.preprocess((v) => (v === undefined || v === '' ? [] : [v].flat()), z.array(item).max(max));
const days = (max: number) =>
	z.coerce
		.number({ error: () => m.scenarios_error_days() })
		.int({ error: () => m.scenarios_error_days() })
		.min(0, { error: () => m.scenarios_error_days() })
		.max(max);
const day = z
	.string()
	.trim()
	.min(1)
	.refine(isCalendarDate, { error: () => m.error_date() });

/** Euros as typed, zero allowed (a threshold of 0 € means any debt). */
const euros = z
	.string()
	.trim()
	.optional()
	.default('0')
	.transform((text, ctx) => {
		const cents = parseEuroCents(text || '0');
		if (cents !== null) return cents;
		ctx.addIssue({ code: 'custom', message: m.scenarios_error_amount(), continue: true });
		return 0;
	});

/** A cron expression croner accepts, five fields (minute to weekday). */
export function isCron(expression: string): boolean {
	if (expression.trim().split(/\s+/).length !== 5) return false;
	try {
		new Cron(expression, { paused: true }).stop();
		return true;
	} catch {
		return false;
	}
}

export const scenarioCreateSchema = z.object({
	name: z.string().trim().min(1).max(80),
	groupId: optionalUuid
});

export const scenarioCriteriaSchema = z.object({
	scenarioId: z.uuid(),
	name: z.string().trim().min(1).max(80),
	active: checkbox,
	minBalance: euros,
	minDaysOverdue: days(3650)
});
export type ScenarioCriteriaInput = z.output<typeof scenarioCriteriaSchema>;

export const stepSchema = z.object({
	scenarioId: z.uuid(),
	stepId: optionalUuid,
	delayDays: days(3650),
	delayFrom: z.enum(['due_date', 'previous_step']),
	channels: checked(z.enum(CHANNELS), 3).refine((c) => c.length > 0, { error: () => m.scenarios_error_channels() }),
	templateId: z.uuid({ error: () => m.scenarios_error_template() }),
	requiresValidation: checkbox,
	/** Its letters leave registered, even when its template's do not. */
	registered: checkbox,
	tag: z.string().trim().max(40).optional().default('')
});
export type StepInput = z.output<typeof stepSchema>;

export const stepIdSchema = z.object({ scenarioId: z.uuid(), stepId: z.uuid() });
export const scenarioIdSchema = z.object({ scenarioId: z.uuid() });

export const scenarioSettingsSchema = z.object({
	cron: z
		.string()
		.trim()
		.min(1)
		.max(100)
		.refine(isCron, { error: () => m.scenarios_error_cron() }),
	cronEnabled: checkbox,
	minGapDays: days(365),
	reportUserIds: checked(z.uuid(), 200),
	allowSendingOnTestInstance: checkbox
});
export type ScenarioSettingsInput = z.output<typeof scenarioSettingsSchema>;

export const pauseSchema = z.object({
	until: day,
	promisedAmount: z
		.string()
		.trim()
		.optional()
		.default('')
		.transform((text, ctx) => {
			if (!text) return null;
			const cents = parseEuroCents(text);
			if (cents !== null && cents > 0) return cents;
			ctx.addIssue({ code: 'custom', message: m.scenarios_error_amount(), continue: true });
			return null;
		}),
	note: z.string().trim().max(300).optional().default('')
});
export type PauseInput = z.output<typeof pauseSchema>;

/**
 * Carrying on from another tool: the invoices chosen one by one or all
 * those the filter shows, and what to set on them. An empty field leaves that value alone.
 */
export const bulkLevelSchema = z
	.object({
		scope: z.enum(['selected', 'filter']),
		selected: checked(z.uuid(), 1000),
		q: z.string().trim().max(100).optional().default(''),
		dueBefore: z
			.union([z.literal(''), day])
			.optional()
			.default(''),
		unpaidOnly: checkbox,
		level: z
			.union([z.literal(''), days(20)])
			.optional()
			.default(''),
		lastReminderOn: z
			.union([z.literal(''), day])
			.optional()
			.default(''),
		tags: z.string().trim().max(200).optional().default('')
	})
	.refine((v) => v.scope === 'filter' || v.selected.length > 0, {
		path: ['selected'],
		error: () => m.scenarios_error_no_invoice()
	})
	.refine((v) => v.level !== '' || v.lastReminderOn !== '' || v.tags !== '', {
		path: ['level'],
		error: () => m.scenarios_error_nothing_to_set()
	})
	.transform((v) => ({
		...v,
		level: v.level === '' ? null : Number(v.level),
		lastReminderOn: v.lastReminderOn || null,
		tags: v.tags
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean)
	}));
export type BulkLevelInput = z.output<typeof bulkLevelSchema>;
