import { describe, expect, it } from 'vitest';
import { parseForm } from './form';
import { templatePreviewSchema, templateSchema } from './templates';

const valid = {
	name: 'Première relance',
	shortDescription: 'Première relance',
	channels: ['email', 'sms'],
	emailSubject: 'Rappel',
	emailBody: 'Bonjour {{ prenom }}',
	smsText: 'Rappel'
};

describe('templateSchema', () => {
	it('reads checkboxes, a single channel and an empty group as a form posts them', () => {
		const parsed = parseForm(templateSchema, {
			...valid,
			channels: 'letter',
			letterBody: 'Madame,',
			keep: 'on',
			groupId: ''
		});
		expect(parsed).toMatchObject({
			ok: true,
			data: { channels: ['letter'], keep: true, requiresValidation: false, groupId: null, description: '' }
		});
	});

	it('requires a name, a short description of at most 120 characters and a channel', () => {
		const parsed = parseForm(templateSchema, { name: ' ', shortDescription: 'x'.repeat(121) });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			name: 'Ce champ est obligatoire.',
			shortDescription: '120 caractères au maximum.',
			channels: 'Choisissez au moins un canal.'
		});
	});

	it("requires each ticked channel's content", () => {
		const parsed = parseForm(templateSchema, {
			...valid,
			channels: ['email', 'sms', 'letter'],
			emailSubject: '',
			smsText: '  '
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors).sort()).toEqual(['emailSubject', 'letterBody', 'smsText']);
	});

	it('refuses an unknown channel and a malformed group', () => {
		const parsed = parseForm(templateSchema, { ...valid, channels: ['email', 'fax'], groupId: "1' or 1=1" });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors).sort()).toEqual(['channels', 'groupId']);
	});
});

describe('templatePreviewSchema', () => {
	const debtorId = '6f1c2b9e-8a4d-4c1e-9f3a-2b7d5e8c1a40';
	const contactId = '0b3e7f2a-5c8d-4e9f-a1b2-c3d4e5f6a7b8';

	it('reads a debtor with or without one of his contacts', () => {
		expect(parseForm(templatePreviewSchema, { previewFor: `${debtorId}:${contactId}` })).toMatchObject({
			ok: true,
			data: { previewFor: { debtorId, contactId } }
		});
		expect(parseForm(templatePreviewSchema, { previewFor: debtorId })).toMatchObject({
			ok: true,
			data: { previewFor: { debtorId, contactId: null } }
		});
		expect(parseForm(templatePreviewSchema, { previewFor: `${debtorId}:x` }).ok).toBe(false);
	});
});
