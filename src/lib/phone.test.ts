import { describe, expect, it } from 'vitest';
import { formatMobile, parseMobile } from './phone';

describe('parseMobile', () => {
	it.each([
		['06 12 34 56 78', '+33612345678'],
		['06.12.34.56.78', '+33612345678'],
		['+33 7 81 23 45 67', '+33781234567'],
		['0033612345678', '+33612345678'],
		['0692 12 34 56', '+262692123456'],
		['+44 7911 123456', '+447911123456']
	])('reads %s as %s', (input, e164) => {
		expect(parseMobile(input)).toEqual({ ok: true, e164 });
	});

	it('tells a landline from a number that is no phone number at all', () => {
		expect(parseMobile('01 23 45 67 89')).toEqual({ ok: false, reason: 'not_mobile' });
		expect(parseMobile('06 12 34')).toEqual({ ok: false, reason: 'invalid' });
		expect(parseMobile('appelez-moi')).toEqual({ ok: false, reason: 'invalid' });
	});
});

describe('formatMobile', () => {
	it('shows a French mobile the French way and keeps the country code of others', () => {
		expect(formatMobile('+33612345678')).toBe('06 12 34 56 78');
		expect(formatMobile('+447911123456')).toBe('+44 7911 123456');
	});
});
