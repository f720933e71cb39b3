import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { debtorSchema, invoiceSchema, parseEuroCents, paymentSchema } from './debtors';

describe('parseEuroCents', () => {
	it.each([
		['1 234,56', 123456],
		['1234.56', 123456],
		['1\u202f234,5', 123450],
		['1 234 €', 123400],
		['0,07', 7],
		['12', 1200]
	])('reads %s as %i cents', (text, cents) => {
		expect(parseEuroCents(text)).toBe(cents);
	});

	it.each(['1.234,56', '1,234.56', '12,345', '-5', 'douze', '', '1e3'])('refuses %s', (text) => {
		expect(parseEuroCents(text)).toBeNull();
	});
});

describe('invoiceSchema', () => {
	const valid = { number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-01-10', amount: '1 234,56' };

	it('gives integer cents', () => {
		expect(parseForm(invoiceSchema, valid)).toEqual({
			ok: true,
			data: { number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-01-10', amountCents: 123456 }
		});
	});

	it('refuses nothing, too much, a bad day and a due date before the issue date, each next to its field', () => {
		const zero = parseForm(invoiceSchema, { ...valid, amount: '0,00' });
		expect(!zero.ok && zero.errors).toEqual({ amount: 'Le montant doit être supérieur à zéro.' });
		const huge = parseForm(invoiceSchema, { ...valid, amount: '10 000 000,01' });
		expect(!huge.ok && huge.errors).toEqual({ amount: 'Montant trop élevé : 10 000 000 € au maximum.' });
		const garbled = parseForm(invoiceSchema, { ...valid, amount: '1.234,56', issueDate: '2026-02-30' });
		expect(!garbled.ok && garbled.errors).toEqual({
			amount: 'Montant invalide. Exemple : 1 234,56',
			issueDate: 'Date invalide.'
		});
		const early = parseForm(invoiceSchema, { ...valid, dueDate: '2025-12-31' });
		expect(!early.ok && early.errors).toEqual({ dueDate: "L'échéance ne peut pas précéder la date d'émission." });
	});

	it('accepts exactly 10 000 000 €', () => {
		const max = parseForm(invoiceSchema, { ...valid, amount: '10 000 000' });
		expect(max.ok && max.data.amountCents).toBe(1_000_000_000);
	});
});

describe('paymentSchema and debtorSchema', () => {
	it('reads an empty invoice choice as "the oldest", and checkboxes as a list', () => {
		const payment = parseForm(paymentSchema, { amount: '50', paidOn: '2026-03-01', invoiceId: '' });
		expect(payment).toEqual({
			ok: true,
			data: { amountCents: 5000, paidOn: '2026-03-01', invoiceId: null, reference: '' }
		});
		const id = crypto.randomUUID();
		const one = parseForm(debtorSchema, { accountNumber: ' LOC-1 ', name: 'Dupont', groupIds: id });
		expect(one).toEqual({
			ok: true,
			data: { accountNumber: 'LOC-1', name: 'Dupont', leaseReference: '', groupIds: [id] }
		});
		const none = parseForm(debtorSchema, { accountNumber: 'LOC-1', name: 'Dupont' });
		expect(none.ok && none.data.groupIds).toEqual([]);
	});
});
