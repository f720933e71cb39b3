import { describe, expect, it } from 'vitest';
import { suggestEmail } from './email-check';

describe('suggestEmail', () => {
	it.each([
		['x@gmial.com', 'x@gmail.com'],
		['jean.dupont@hotmial.fr', 'jean.dupont@hotmail.fr'],
		['marie@oragne.fr', 'marie@orange.fr'],
		['paul@wanadoo.fe', 'paul@wanadoo.fr'],
		['Luc.Martin@GMAIL.CON', 'Luc.Martin@gmail.com'],
		['anne@yahooo.fr', 'anne@yahoo.fr'],
		['zoe@lapost.net', 'zoe@laposte.net']
	])('suggests %s → %s', (typed, meant) => {
		expect(suggestEmail(typed)).toBe(meant);
	});

	it.each([
		'x@gmail.com',
		'a@free.fr',
		'a@sfr.fr',
		'a@icloud.com',
		'comptabilite@agence-dupont.fr',
		'a@example.test',
		'pas une adresse'
	])('leaves %s alone', (typed) => {
		expect(suggestEmail(typed)).toBeNull();
	});
});
