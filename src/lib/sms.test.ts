import { describe, expect, it } from 'vitest';
import { smsInfo } from './sms';

describe('smsInfo', () => {
	it('counts an empty text as no SMS', () => {
		expect(smsInfo('')).toEqual({ encoding: 'GSM-7', characters: 0, segments: 0 });
	});

	it('keeps the French accents of GSM 03.38 in GSM-7', () => {
		for (const text of ['é', 'è', 'à', 'ù', 'ì', 'ò', 'Ç', 'Hélène à Orléans']) {
			expect(smsInfo(text).encoding, text).toBe('GSM-7');
		}
	});

	it('switches to UCS-2 for ê, â, î, ô, û, ç and the typographic apostrophe', () => {
		for (const text of ['ê', 'â', 'î', 'ô', 'û', 'ç', 'l’échéance']) {
			expect(smsInfo(text).encoding, text).toBe('UCS-2');
		}
	});

	it('fits 160 GSM-7 characters in one SMS, 161 in two, 306 in two and 307 in three', () => {
		expect(smsInfo('é'.repeat(160))).toEqual({ encoding: 'GSM-7', characters: 160, segments: 1 });
		expect(smsInfo('é'.repeat(161))).toEqual({ encoding: 'GSM-7', characters: 161, segments: 2 });
		expect(smsInfo('a'.repeat(306)).segments).toBe(2);
		expect(smsInfo('a'.repeat(307)).segments).toBe(3);
	});

	it('fits 70 UCS-2 characters in one SMS, 71 in two, 134 in two and 135 in three', () => {
		expect(smsInfo('ê'.repeat(70))).toEqual({ encoding: 'UCS-2', characters: 70, segments: 1 });
		expect(smsInfo('ê'.repeat(71))).toEqual({ encoding: 'UCS-2', characters: 71, segments: 2 });
		expect(smsInfo('ç'.repeat(134)).segments).toBe(2);
		expect(smsInfo('ç'.repeat(135)).segments).toBe(3);
	});

	it('one ê among 159 GSM-7 characters makes a two-SMS message', () => {
		expect(smsInfo(`${'a'.repeat(100)}ê`)).toEqual({ encoding: 'UCS-2', characters: 101, segments: 2 });
	});

	it('counts the GSM-7 extension characters (€) twice', () => {
		expect(smsInfo('€'.repeat(80))).toEqual({ encoding: 'GSM-7', characters: 160, segments: 1 });
		expect(smsInfo('€'.repeat(81))).toEqual({ encoding: 'GSM-7', characters: 162, segments: 2 });
	});

	it('counts an emoji as two UCS-2 characters', () => {
		expect(smsInfo('😀'.repeat(35))).toEqual({ encoding: 'UCS-2', characters: 70, segments: 1 });
		expect(smsInfo('😀'.repeat(36)).segments).toBe(2);
	});
});
