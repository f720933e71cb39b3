import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { bulkLevelSchema, isCron, pauseSchema, scenarioSettingsSchema, stepSchema } from './scenarios';

const UUID = '0b5f7a1e-7c1d-4c57-9a43-6a3e2b0c9d11';

describe('isCron', () => {
	it.each(['0 7 * * 1-5', '*/15 * * * *', '30 18 1 * *'])('accepts %s', (cron) => expect(isCron(cron)).toBe(true));
	it.each(['', '0 7 * *', '61 7 * * *', 'tous les jours', '0 0 7 * * 1-5'])('refuses %s', (cron) =>
		expect(isCron(cron)).toBe(false)
	);
});

describe('scenario forms', () => {
	it('reads a step with several channels and refuses one without channel or template', () => {
		const ok = parseForm(stepSchema, {
			scenarioId: UUID,
			stepId: '',
			delayDays: '15',
			delayFrom: 'previous_step',
			channels: ['email', 'letter'],
			templateId: UUID,
			requiresValidation: 'on',
			tag: 'Relance 2'
		});
		expect(ok).toMatchObject({
			ok: true,
			data: { stepId: null, delayDays: 15, channels: ['email', 'letter'], requiresValidation: true }
		});
		const bad = parseForm(stepSchema, { scenarioId: UUID, delayDays: '-1', delayFrom: 'due_date', templateId: '' });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['channels', 'delayDays', 'templateId']);
	});

	it('refuses a cron expression croner cannot read', () => {
		const bad = parseForm(scenarioSettingsSchema, { cron: 'chaque matin', minGapDays: '7' });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors.cron).toMatch(/cron/);
	});

	it('reads a promise to pay in euros, and a plain pause without amount', () => {
		expect(parseForm(pauseSchema, { until: '2026-12-15', promisedAmount: '1 200,50' })).toMatchObject({
			ok: true,
			data: { promisedAmount: 120050 }
		});
		expect(parseForm(pauseSchema, { until: '2026-12-15' })).toMatchObject({ ok: true, data: { promisedAmount: null } });
		expect(parseForm(pauseSchema, { until: '2026-02-30' }).ok).toBe(false);
	});

	it('bulk levels: something to set, and invoices ticked unless the whole filter is chosen', () => {
		expect(parseForm(bulkLevelSchema, { scope: 'selected', level: '1' }).ok).toBe(false);
		expect(parseForm(bulkLevelSchema, { scope: 'filter' }).ok).toBe(false);
		expect(parseForm(bulkLevelSchema, { scope: 'filter', level: '2', tags: 'Relance 1, Relance 2,' })).toMatchObject({
			ok: true,
			data: { level: 2, lastReminderOn: null, tags: ['Relance 1', 'Relance 2'] }
		});
	});
});
