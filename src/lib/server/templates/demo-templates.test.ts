import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { contacts, groups, organisations, templates } from '../db/schema';
import { seedDemo } from '../demo/seed';
import { smsInfo } from '$lib/sms';
import { loadMergeContext } from './merge-context';
import { checkMergeFields, renderContent } from './render';
import { letterRepeatsLayout } from './layout-repeats';

describe('the demo templates', () => {
	it('are seeded with the demo: polite, firmer, formal notice, all rendering for a demo tenant', async () => {
		const db = await freshDb();
		await seedDemo(db, 'relance-demo');
		const [demo] = await db.select().from(organisations);
		const rows = await db
			.select()
			.from(templates)
			.where(eq(templates.organisationId, demo.id))
			.orderBy(asc(templates.name));
		const [contentieux] = await db.select().from(groups).where(eq(groups.name, 'Contentieux'));

		expect(rows.map((t) => [t.name, t.channels, t.requiresValidation, t.keep, t.registered, t.groupId])).toEqual([
			['Deuxième relance', ['email', 'letter'], true, false, false, null],
			['Mise en demeure', ['letter'], true, false, true, contentieux.id],
			['Première relance', ['email', 'sms'], false, false, false, null]
		]);

		const [tenant] = await db.select().from(contacts).where(eq(contacts.role, 'relance')).limit(1);
		const context = (await loadMergeContext(db, demo.id, tenant.debtorId, tenant.id))!;
		for (const template of rows) {
			expect(checkMergeFields(template), template.name).toEqual({});
			const rendered = await renderContent(template, context);
			if (template.channels.includes('letter')) {
				// The layout prints the sender, the address, the date and the subject: the body starts at the salutation.
				expect(template.letterSubject, template.name).not.toBe('');
				expect(letterRepeatsLayout(template.letterBody), template.name).toEqual([]);
				expect(rendered.letterText.startsWith(`${context.civilite_longue},`)).toBe(true);
				expect(rendered.letterText).toContain(context.solde);
				expect(rendered.letterText).toContain('Veuillez agréer');
				expect(rendered.letterText).not.toContain('{{');
			}
			if (template.channels.includes('email')) expect(rendered.emailHtml).toContain(rendered.invoicesTableHtml);
			if (template.channels.includes('sms'))
				expect(smsInfo(rendered.smsText)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
		}
	});
});
