import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { find, pdfTexts, type PdfText } from '../helpers/pdf-text';
import {
	debtors,
	deliveries,
	organisations,
	reminderRecipients,
	reminders,
	templates,
	type ReminderContent
} from '../../src/lib/server/db/schema';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { batchPdf, createBatch } from '../../src/lib/server/letters/batches';
import { letterPreviewPdf } from '../../src/lib/server/letters/preview';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';

/**
 * The window of a right-hand windowed envelope (DL, C5/6, C6: 100 × 45 mm) over the folded A4,
 * in mm from the sheet's top-left corner, less 5 mm of play on each side for the sheet sliding.
 */
const WINDOW = { left: 100, right: 200, top: 45, bottom: 95 };

let db: Db;
let org: { id: string };
let debtor: { id: string };
let contact: { id: string };
let userId: string;

const contentOf = (t: typeof templates.$inferSelect): ReminderContent => ({
	emailSubject: t.emailSubject,
	emailHeader: t.emailHeader,
	emailBody: t.emailBody,
	emailFooter: t.emailFooter,
	smsText: t.smsText,
	letterSubject: t.letterSubject,
	letterBody: t.letterBody
});

async function demoLetterTemplates() {
	await seedDemoTemplates(db, org.id);
	return (await db.select().from(templates).where(eq(templates.organisationId, org.id))).filter((t) =>
		t.channels.includes('letter')
	);
}

/** A reminder of this content, sent by letter to the contact, waiting to print as the scheduler leaves it. */
async function letterToPrint(
	content: ReminderContent,
	options: { registered?: boolean; shortDescription?: string; contactId?: string } = {}
) {
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'sending',
			sendDate: todayIn('Europe/Paris'),
			shortDescription: options.shortDescription ?? 'R2 interne',
			requiresValidation: false,
			registered: options.registered ?? false,
			content
		})
		.returning();
	const contactId = options.contactId ?? contact.id;
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId, channels: ['letter'] });
	await db
		.insert(deliveries)
		.values({ organisationId: org.id, reminderId: reminder.id, contactId, channel: 'letter', status: 'to_print' });
	return reminder;
}

async function dayPdf(): Promise<Uint8Array> {
	const batch = (await createBatch(db, org.id, userId))!;
	return (await batchPdf(db, org.id, batch.id))!.pdf;
}

/** The texts of each letter of a PDF, split where the letterhead (the organisation's name on a first page) starts again. */
function letters(texts: PdfText[]): PdfText[][] {
	const starts = texts.filter((t) => t.text === 'Agence Lumière Gestion' && t.yMm < 30).map((t) => t.page);
	return starts.map((page, i) =>
		texts.filter((t) => t.page >= page && (i + 1 === starts.length || t.page < starts[i + 1]))
	);
}

const addressLines = (texts: PdfText[]) =>
	["Mme Hélène O'Brien", '3 rue des Lilas', 'Résidence Les Tilleuls, bât. B', '69003 LYON'].map((line) =>
		find(texts, line)
	);

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière Gestion');
	await db
		.update(organisations)
		.set({
			addressLine1: '12 rue de la République',
			postalCode: '69002',
			city: 'Lyon',
			phone: '04 72 00 00 00',
			email: 'gestion@lumiere.example'
		})
		.where(eq(organisations.id, org.id));
	debtor = await makeDebtor(db, org.id, 'Durand');
	await db.update(debtors).set({ leaseReference: 'BAIL-2024-117' }).where(eq(debtors.id, debtor.id));
	contact = await makeContact(db, org.id, debtor.id, { addressLine2: 'Résidence Les Tilleuls, bât. B' });
	userId = (await makeUser(db, org.id, 'manager')).id;
});

describe('the demo letters', () => {
	for (const invoiceCount of [1, 2, 3]) {
		it(`with ${invoiceCount} invoice(s): one page each, the layout's parts printed once, the address in the window`, async () => {
			for (let n = 1; n <= invoiceCount; n++)
				await makeInvoice(db, org.id, debtor.id, { number: `F-2026-00${n}`, dueDate: `2026-0${n + 6}-05` });
			const demo = await demoLetterTemplates();
			expect(demo.map((t) => t.name).sort()).toEqual(['Deuxième relance', 'Mise en demeure']);
			for (const t of demo)
				await letterToPrint(contentOf(t), { registered: t.registered, shortDescription: `interne ${t.name}` });

			const { pages, texts } = await pdfTexts(await dayPdf());
			expect(pages).toBe(demo.length);
			const printed = letters(texts);
			expect(printed).toHaveLength(demo.length);
			for (const letter of printed) {
				expect(new Set(letter.map((t) => t.page)).size).toBe(1);
				expect(find(letter, 'Agence Lumière Gestion')).toHaveLength(1);
				expect(find(letter, '12 rue de la République')).toHaveLength(1);
				expect(find(letter, /^Lyon, le \d{2}\/\d{2}\/\d{4}$/)).toHaveLength(1);
				expect(find(letter, /Objet/)).toHaveLength(1);
				expect(find(letter, /interne/)).toEqual([]);
				expect(find(letter, 'Compte : ')).toHaveLength(1);
				expect(find(letter, 'Bail : BAIL-2024-117')).toHaveLength(1);
				expect(find(letter, 'Veuillez agréer')).toHaveLength(1);
				for (const found of addressLines(letter)) {
					expect(found).toHaveLength(1);
					const [line] = found;
					expect(line.xMm).toBeGreaterThanOrEqual(WINDOW.left);
					expect(line.xMm).toBeLessThanOrEqual(WINDOW.left + 10);
					expect(line.yMm).toBeGreaterThan(WINDOW.top + 4);
					expect(line.yMm).toBeLessThan(WINDOW.bottom);
				}
			}
			const [second, notice] = printed;
			expect(find(second, 'Objet : Deuxième relance – loyers impayés')).toHaveLength(1);
			expect(find(second, 'recommandée')).toEqual([]);
			expect(find(notice, 'Objet : Mise en demeure de payer')).toHaveLength(1);
		});
	}

	it('prints the registered mention above the address, inside the window', async () => {
		await makeInvoice(db, org.id, debtor.id);
		const notice = (await demoLetterTemplates()).find((t) => t.registered)!;
		expect(notice.name).toBe('Mise en demeure');
		await letterToPrint(contentOf(notice), { registered: true });
		const { texts } = await pdfTexts(await dayPdf());
		const [mention] = find(texts, 'Lettre recommandée avec accusé de réception');
		const [[name]] = addressLines(texts);
		expect(mention.yMm).toBeLessThan(name.yMm);
		expect(mention.yMm).toBeGreaterThan(WINDOW.top);
		expect(Math.abs(mention.xMm - name.xMm)).toBeLessThan(1);
	});
});

describe('the letter subject', () => {
	const base: ReminderContent = {
		emailSubject: 'Rappel – compte {{ compte }}',
		emailHeader: '',
		emailBody: '',
		emailFooter: '',
		smsText: '',
		letterBody: 'Madame,\n\nTexte.\n\nSalutations.\n\nLe service'
	};

	it('is the letter’s own subject, merge fields rendered, else the email’s, never the internal description', async () => {
		await letterToPrint(
			{ ...base, letterSubject: 'Solde de {{ solde }}' },
			{ shortDescription: 'Description interne' }
		);
		await letterToPrint({ ...base, letterSubject: '' }, { shortDescription: 'Description interne' });
		// A letter-only reminder of before the letter subject: no subject line rather than an empty one.
		await letterToPrint(
			{ ...base, emailSubject: '', letterSubject: undefined },
			{ shortDescription: 'Description interne' }
		);
		const { texts } = await pdfTexts(await dayPdf());
		const subjects = find(texts, 'Objet').map((t) => t.text);
		expect(subjects).toEqual([
			expect.stringMatching(/^Objet : Solde de 0,00\s€$/),
			expect.stringMatching(/^Objet : Rappel – compte LOC-/)
		]);
		expect(find(texts, 'Description interne')).toEqual([]);
	});
});

describe('pagination', () => {
	const filler = 'Une phrase assez longue pour occuper à elle seule une ligne entière de la lettre imprimée.';
	const long = (lines: number): ReminderContent => ({
		emailSubject: 'Relance',
		emailHeader: '',
		emailBody: '',
		emailFooter: '',
		smsText: '',
		letterSubject: 'Relance',
		letterBody: `{{ civilite_longue }},\n\n${Array.from({ length: lines }, () => filler).join('\n')}\n\nVeuillez agréer, {{ civilite_longue }}, nos salutations distinguées.\n\nLe service gestion locative`
	});

	it('never leaves the closing and the signature alone, nor apart, whatever the length', async () => {
		// From one page to three, every length: one of them puts the page break at the closing.
		for (let lines = 20; lines <= 80; lines++) await letterToPrint(long(lines));
		const { texts } = await pdfTexts(await dayPdf());
		for (const letter of letters(texts)) {
			const [closing] = find(letter, 'Veuillez agréer');
			const [signature] = find(letter, 'Le service gestion locative');
			expect(signature.page).toBe(closing.page);
			const before = letter.filter((t) => t.page === closing.page && t.yMm < closing.yMm && t.text === filler);
			expect(before.length).toBeGreaterThanOrEqual(2);
		}
	});

	it('heads the next pages with the recipient, the account and the page number', async () => {
		await letterToPrint(long(45));
		const { pages, texts } = await pdfTexts(await dayPdf());
		expect(pages).toBe(2);
		const head = texts.filter((t) => t.page === 1 && t.yMm < 25);
		expect(head.map((t) => t.text)).toEqual([expect.stringMatching(/^Mme Hélène O'Brien · Compte : LOC-/), 'Page 2/2']);
		expect(find(texts, 'Page 1/2')).toHaveLength(1);
	});

	it('recto-verso: a blank back page after an odd page count, so that each letter starts on a new sheet', async () => {
		await db.update(organisations).set({ letterDuplex: true }).where(eq(organisations.id, org.id));
		await letterToPrint(long(5));
		await letterToPrint(long(45));
		await letterToPrint(long(100));
		const { pages, texts } = await pdfTexts(await dayPdf());
		// One page and a blank back, two pages, three pages and a blank back.
		expect(letters(texts).map((letter) => letter[0].page)).toEqual([0, 2, 4]);
		expect(pages).toBe(8);
		expect(texts.filter((t) => t.page === 1 || t.page === 7)).toEqual([]);
	});
});

describe('the preview of one letter', () => {
	it('is the same layout, and nothing for a debtor of another organisation', async () => {
		await makeInvoice(db, org.id, debtor.id);
		const notice = (await demoLetterTemplates()).find((t) => t.name === 'Mise en demeure')!;
		const pdf = await letterPreviewPdf(db, org.id, {
			content: contentOf(notice),
			registered: true,
			debtorId: debtor.id,
			contactId: contact.id
		});
		const { pages, texts } = await pdfTexts(pdf!);
		expect(pages).toBe(1);
		expect(find(texts, 'Lettre recommandée avec accusé de réception')).toHaveLength(1);
		expect(find(texts, 'Objet : Mise en demeure de payer')).toHaveLength(1);
		expect(addressLines(texts).every((found) => found.length === 1)).toBe(true);

		const other = await makeOrganisation(db, 'Autre');
		expect(
			await letterPreviewPdf(db, other.id, {
				content: contentOf(notice),
				registered: false,
				debtorId: debtor.id,
				contactId: contact.id
			})
		).toBeNull();
		const stranger = await makeContact(db, other.id, (await makeDebtor(db, other.id)).id);
		expect(
			await letterPreviewPdf(db, org.id, {
				content: contentOf(notice),
				registered: false,
				debtorId: debtor.id,
				contactId: stranger.id
			})
		).toBeNull();
	});
});

describe('the letterhead logo', () => {
	// The smallest valid PNG: one transparent pixel.
	const PNG = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
		'base64'
	);
	const form = (fields: Record<string, string | Blob>) => {
		const data = new FormData();
		for (const [k, v] of Object.entries(fields)) data.append(k, v);
		return data;
	};
	const saved = async () => (await db.select().from(organisations).where(eq(organisations.id, org.id)))[0];
	// Through the settings form, as an admin's browser without JavaScript posts it.
	const post = async (fields: Record<string, string | Blob>) => {
		const admin = await makeUser(db, org.id, 'admin');
		return (await loggedIn(admin.email, TEST_PASSWORD)).upload('/reglages/organisation?/letters', form(fields));
	};

	it('is stored from its bytes, printed on the letters, and removed on request', async () => {
		expect((await post({ logo: new File([PNG], 'logo.png', { type: 'image/png' }), letterDuplex: 'on' })).status).toBe(
			200
		);
		expect(await saved()).toMatchObject({ logo: PNG.toString('base64'), logoType: 'image/png', letterDuplex: true });
		await letterToPrint({
			emailSubject: 'S',
			emailHeader: '',
			emailBody: '',
			emailFooter: '',
			smsText: '',
			letterBody: 'Texte'
		});
		const pdf = await dayPdf();
		expect(Buffer.from(pdf).includes('/Subtype /Image')).toBe(true);

		expect((await post({ removeLogo: 'on' })).status).toBe(200);
		expect(await saved()).toMatchObject({ logo: '', logoType: '', letterDuplex: false });
	});

	it('refuses what is not a readable PNG or JPEG, or too large, with the reason next to the field', async () => {
		const refused = async (file: File) => {
			const reply = await post({ logo: file });
			expect(reply.status).toBe(400);
			return /id="letters-logo-error"[^>]*>([^<]*)</.exec(reply.body)?.[1] ?? '';
		};
		expect(await refused(new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }))).toMatch(/PNG ou JPEG/);
		expect(await refused(new File(['pas une image'], 'logo.png', { type: 'image/png' }))).toMatch(/illisible/);
		expect(await refused(new File([PNG.subarray(0, 20)], 'cut.png', { type: 'image/png' }))).toMatch(/illisible/);
		expect(await refused(new File([new Uint8Array(400 * 1024)], 'big.png', { type: 'image/png' }))).toMatch(/300 Ko/);
		expect((await saved()).logo).toBe('');
	});
});
