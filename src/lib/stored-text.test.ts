import { describe, expect, it } from 'vitest';
import { readStoredText, storedText } from './stored-text';

describe('texts stored as codes', () => {
	it('reads a reason in each reader’s language', () => {
		const paid = storedText('paid');
		expect(readStoredText(paid, 'fr')).toBe("Dette réglée : plus rien n'est dû");
		expect(readStoredText(paid, 'en')).toBe('Debt settled: nothing is owed any more');
		const threshold = storedText('below_threshold', { balanceCents: 15_000, thresholdCents: 20_000 });
		expect(readStoredText(threshold, 'fr')).toMatch(/^Solde de 150,00\s€ sous le seuil du scénario \(200,00\s€\)$/);
		expect(readStoredText(threshold, 'en')).toBe("Balance of €150.00 under the scenario's threshold (€200.00)");
		expect(readStoredText(storedText('paused', { until: '2026-03-10' }), 'en')).toBe(
			'Reminders paused until 10/03/2026'
		);
	});

	it('puts a nested reason and the channel into words', () => {
		const checked = storedText('on_channel', { channel: 'sms', reason: storedText('checked_left') });
		expect(readStoredText(checked, 'fr')).toBe('SMS : Vérifié auprès du fournisseur : le message est parti');
		expect(readStoredText(checked, 'en')).toBe('SMS: Checked with the provider: the message left');
		const failed = storedText('delivery', { channel: 'email', to: 'a@b.test', error: 'Mailbox full' });
		expect(readStoredText(failed, 'en')).toBe('Email · a@b.test: Mailbox full');
		const none = storedText('fallback_none', { contact: 'Mme Claire Martin', why: 'no_address,failed:sms' });
		expect(readStoredText(none, 'en')).toBe(
			'No fallback: no postal address, sending by SMS already failed for this reminder; the email address is to check · Mme Claire Martin'
		);
		expect(readStoredText(storedText('no_consent', { channels: 'email,letter' }), 'fr')).toBe(
			'Aucun contact de relance joignable par e-mail + courrier (coordonnées ou consentement manquants)'
		);
	});

	it('reads the French sentences of older rows in English too, and anything else as written', () => {
		expect(readStoredText("Dette réglée : plus rien n'est dû", 'en')).toBe('Debt settled: nothing is owed any more');
		expect(readStoredText('letter : impression confirmée', 'en')).toBe('Letter: printing confirmed');
		expect(readStoredText('E-mail · a@b.test', 'en')).toBe('Email · a@b.test');
		expect(readStoredText('Scénario « Standard », étape 2', 'en')).toBe('Scenario “Standard”, step 2');
		expect(readStoredText('Recommandé n° 1A 2 (remplace n° 1A 1)', 'en')).toBe(
			'Registered letter no. 1A 2 (replaces no. 1A 1)'
		);
		expect(readStoredText('Le locataire a un plan de paiement', 'en')).toBe('Le locataire a un plan de paiement');
		expect(readStoredText('', 'en')).toBe('');
	});
});
