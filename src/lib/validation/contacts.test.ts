import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { contactSchema } from './contacts';

describe('contactSchema', () => {
	it('stores a mobile as E.164 and ticked boxes as true', () => {
		const parsed = parseForm(contactSchema, {
			civility: 'Mme',
			firstName: ' Léa ',
			lastName: "N'Diaye",
			email: 'lea@gmial.com',
			mobilePhone: '06 12 34 56 78',
			postalCode: '69002',
			country: 'fr',
			consentSms: 'on'
		});
		expect(parsed.ok && parsed.data).toMatchObject({
			firstName: 'Léa',
			email: 'lea@gmial.com',
			mobilePhone: '+33612345678',
			country: 'FR',
			role: 'relance',
			consentEmail: false,
			consentLetter: false,
			consentSms: true
		});
	});

	it('leaves out what is left empty', () => {
		const parsed = parseForm(contactSchema, { lastName: 'Martin', email: '', mobilePhone: ' ' });
		expect(parsed.ok && parsed.data).toMatchObject({ email: null, mobilePhone: null, country: 'FR', civility: '' });
	});

	it('refuses each bad field with its own message', () => {
		const parsed = parseForm(contactSchema, {
			civility: 'Dr',
			lastName: '',
			email: 'jean@',
			mobilePhone: '01 23 45 67 89',
			postalCode: '6900',
			role: 'patron'
		});
		expect(!parsed.ok && parsed.errors).toEqual({
			civility: 'Choix invalide.',
			lastName: 'Ce champ est obligatoire.',
			email: 'Adresse e-mail invalide.',
			mobilePhone:
				"Ce numéro n'est pas un numéro de mobile (06 ou 07 en France) : les SMS ne pourraient pas lui parvenir.",
			role: 'Choix invalide.'
		});
		const garbage = parseForm(contactSchema, { lastName: 'X', mobilePhone: '12', postalCode: '6900' });
		expect(!garbage.ok && garbage.errors).toEqual({
			mobilePhone: 'Numéro de téléphone invalide. Exemple : 06 12 34 56 78.',
			postalCode: 'Un code postal français compte 5 chiffres.'
		});
	});
});
