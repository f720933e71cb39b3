import { describe, expect, it } from 'vitest';
import { readStoredText, storedText } from '$lib/stored-text';
import { withoutPersonalData } from './sanitize';
import { cellTest } from './stored-files';

describe('a stored text once its person is erased', () => {
	it('keeps its words and loses the values that named him, nested ones too', () => {
		const delivery = storedText('delivery', {
			channel: 'email',
			to: 'jeanne@example.test',
			error: storedText('provider_bounced', { type: 'Permanent', message: 'jeanne@example.test: no such user' })
		});
		expect(readStoredText(withoutPersonalData(delivery), 'fr')).toBe('E-mail · — : Adresse rejetée (Permanent) : —');
		const fallback = storedText('on_channel', {
			channel: 'letter',
			reason: storedText('fallback_none', { contact: 'Mme Jeanne Martin', why: 'no_address' })
		});
		expect(withoutPersonalData(fallback)).not.toContain('Martin');
		expect(withoutPersonalData(storedText('registered', { number: '1A 123', before: '1A 122' }))).not.toContain('1A');
	});

	it('keeps a code without values as it is, and drops what was written as is', () => {
		expect(withoutPersonalData(storedText('paid'))).toBe(storedText('paid'));
		expect(withoutPersonalData(storedText('scenario_created', { scenario: 'Standard', position: 2 }))).toBe(
			storedText('scenario_created', { scenario: 'Standard', position: 2 })
		);
		expect(withoutPersonalData('Mme Martin a appelé')).toBe('');
		expect(withoutPersonalData('E-mail · jeanne@example.test')).toBe('');
		expect(withoutPersonalData('')).toBe('');
	});
});

describe('a cell of a stored file', () => {
	const isHis = cellTest({
		texts: ['LOC-7', 'Martin Jeanne', 'jeanne@example.test', '12 rue des Lilas'],
		phones: ['+33612345678']
	});

	it('is his when it is one of his identifiers, holds a long one, or is his phone however written', () => {
		for (const cell of [
			'LOC-7',
			' loc-7 ',
			'MARTIN JEANNE',
			'jeanne@example.test; autre@example.test',
			'12 rue des Lilas, Bâtiment B',
			"'+33612345678",
			'06 12 34 56 78',
			'06.12.34.56.78'
		])
			expect(isHis(cell), cell).toBe(true);
	});

	it('is not his for a shorter coincidence or another number', () => {
		for (const cell of ['LOC-70', 'Martin', '', '06 12 34 56 79', 'LOC']) expect(isHis(cell), cell).toBe(false);
	});
});
