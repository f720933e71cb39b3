import { describe, expect, it } from 'vitest';
import { senderAddress } from './compose';

describe('the sender tenants see', () => {
	it('is the organisation under the app address until it has an address of its own', () => {
		expect(senderAddress({ name: 'Agence du Parc', emailFrom: '' })).toBe('Agence du Parc <relances@relance.local>');
	});

	it('names its address with the sender name, else the organisation name, quoted when the header needs it', () => {
		expect(senderAddress({ name: 'Agence du Parc', emailFrom: 'relances@parc.test' })).toBe(
			'Agence du Parc <relances@parc.test>'
		);
		expect(
			senderAddress({ name: 'Agence du Parc', emailFrom: 'relances@parc.test', emailFromName: 'Service contentieux' })
		).toBe('Service contentieux <relances@parc.test>');
		expect(senderAddress({ name: 'Parc, Gestion & Co.', emailFrom: 'relances@parc.test' })).toBe(
			'"Parc, Gestion & Co." <relances@parc.test>'
		);
		expect(
			senderAddress({ name: 'x', emailFrom: 'relances@parc.test', emailFromName: 'Le "Parc"\r\nBcc: a@b.c' })
		).toBe('"Le \\"Parc\\" Bcc: a@b.c" <relances@parc.test>');
	});

	it('keeps an address written with its name as it is', () => {
		expect(senderAddress({ name: 'Agence', emailFrom: 'Agence Lumière <relances@lumiere.test>' })).toBe(
			'Agence Lumière <relances@lumiere.test>'
		);
	});
});
