import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';

const fr = { locale: 'fr' } as const;
const en = { locale: 'en' } as const;

describe('counts in both languages', () => {
	it('treats 0 and 1 as singular in French, only 1 in English', () => {
		expect([0, 1, 2].map((count) => m.reminders_count({ count }, fr))).toEqual([
			'0 relance',
			'1 relance',
			'2 relances'
		]);
		expect([0, 1, 2].map((count) => m.reminders_count({ count }, en))).toEqual([
			'0 reminders',
			'1 reminder',
			'2 reminders'
		]);
		expect([0, 1, 24].map((count) => m.debtors_count({ count }, fr))).toEqual([
			'0 débiteur',
			'1 débiteur',
			'24 débiteurs'
		]);
		expect([0, 1, 24].map((count) => m.debtors_count({ count }, en))).toEqual(['0 debtors', '1 debtor', '24 debtors']);
	});

	it('agrees verbs and participles with their count', () => {
		expect(m.sending_pending_validation({ count: 1 }, fr)).toBe('1 relance attend une validation');
		expect(m.sending_pending_validation({ count: 2 }, fr)).toBe('2 relances attendent une validation');
		expect(m.sending_pending_validation({ count: 1 }, en)).toBe('1 reminder awaits approval');
		expect(m.sending_pending_validation({ count: 0 }, en)).toBe('0 reminders await approval');
		expect(m.letters_confirmed({ count: 0 }, fr)).toBe('0 courrier marqué comme envoyé.');
		expect(m.letters_confirmed({ count: 2 }, fr)).toBe('2 courriers marqués comme envoyés.');
	});

	it('chooses each count of a message on its own', () => {
		expect(m.reminders_bulk_result({ done: 1, failed: 2 }, fr)).toBe('1 relance traitée, 2 refusées.');
		expect(m.reminders_bulk_result({ done: 2, failed: 0 }, fr)).toBe('2 relances traitées, 0 refusée.');
		expect(m.sending_started({ reminders: 2, deliveries: 1 }, en)).toBe('Sending started: 2 reminders, 1 message.');
		expect(m.scenarios_report_summary({ created: 0, deleted: 2, skipped: 1 }, fr)).toBe(
			'0 relance créée, 2 supprimées, 1 débiteur ignoré'
		);
		expect(m.scenarios_report_summary({ created: 1, deleted: 2, skipped: 3 }, en)).toBe(
			'1 reminder created, 2 deleted, 3 debtors skipped'
		);
	});

	it('leaves no « (s) » in any count', () => {
		for (const count of [0, 1, 2]) {
			for (const locale of [fr, en]) {
				const texts = [
					m.sending_send_all({ count }, locale),
					m.letters_waiting_count({ count }, locale),
					m.lists_held({ count }, locale),
					m.login_throttled({ minutes: count }, locale),
					m.offline_logout_pending({ count }, locale),
					m.today_history_totals({ passes: count, reminders: count, deliveries: count, toReview: count }, locale)
				];
				for (const text of texts) expect(text).not.toMatch(/\((s|es|ies|ent)\)/);
			}
		}
	});
});
