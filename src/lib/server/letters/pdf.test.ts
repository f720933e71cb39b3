import { describe, expect, it } from 'vitest';
import { PageSizes, PDFDocument } from 'pdf-lib';
import { renderLetterPdf, type LetterInput } from './pdf';
import { find, pdfTexts } from '../../../../tests/helpers/pdf-text';

function letter(overrides: Partial<LetterInput> = {}): LetterInput {
	return {
		sender: {
			name: 'Agence Lumière',
			lines: ['12 rue de la République', '69002 Lyon', 'Tél. : 04 72 00 00 00', 'contact@lumiere.fr'],
			logo: null
		},
		registered: false,
		recipient: ['Mme Hélène Œuvray', '3 rue des Lilas', 'Bâtiment B', '69003 LYON'],
		placeAndDate: 'Lyon, le 23/11/2026',
		references: ['Compte : LOC-0042', 'Bail : B-12'],
		subject: 'Objet : Deuxième relance',
		blocks: [
			{ text: 'Madame,\n\nSauf erreur de notre part, votre compte présente un solde débiteur.' },
			{
				invoices: {
					rows: [{ numero: 'F-2026-0001', echeance: '05/10/2026', montant: '850,00\u00a0€', reste: '850,00\u00a0€' }],
					total: '850,00\u00a0€'
				}
			},
			{ text: 'Veuillez agréer, Madame, nos salutations distinguées.' }
		],
		runningHead: 'Mme Hélène Œuvray · Compte : LOC-0042',
		...overrides
	};
}

const parse = async (bytes: Uint8Array) => PDFDocument.load(bytes);

describe('renderLetterPdf', () => {
	it('makes one A4 page per short letter', async () => {
		const doc = await parse(
			await renderLetterPdf([letter(), letter({ recipient: ['M. Paul Martin', '1 place Bellecour', '69002 LYON'] })])
		);
		expect(doc.getPageCount()).toBe(2);
		for (const page of doc.getPages()) {
			expect(page.getWidth()).toBeCloseTo(PageSizes.A4[0], 1);
			expect(page.getHeight()).toBeCloseTo(PageSizes.A4[1], 1);
		}
		expect(doc.getTitle()).toBe('Courriers');
	});

	it('prints names with accents, œ, emoji, other scripts and curly quotes without failing', async () => {
		const odd = letter({
			recipient: ['M. Ștefan Łukasz 😀', '“Le Clos” — 7 chemin d’Œuf', '13\u202f000 MARSEILLE'],
			subject: 'Objet : ✉️ Relance « urgente » 🔥',
			blocks: [{ text: 'Tab\there, zero\u200bwidth, 中文, ½ ‰ ™' }],
			runningHead: '👀'
		});
		expect((await parse(await renderLetterPdf([odd]))).getPageCount()).toBe(1);
	});

	it('runs a long letter onto as many pages as it needs, a long table too', async () => {
		const rows = Array.from({ length: 60 }, (_, i) => ({
			numero: `F-2026-${String(i).padStart(4, '0')}`,
			echeance: '05/10/2026',
			montant: '1\u00a0234,56\u00a0€',
			reste: '1\u00a0234,56\u00a0€'
		}));
		const long = letter({
			blocks: [
				{
					text: Array.from(
						{ length: 40 },
						() => 'Une phrase assez longue pour remplir une ligne entière de la lettre, et même davantage.'
					).join('\n')
				},
				{ invoices: { rows, total: '74\u00a0073,60\u00a0€' } }
			]
		});
		const short = await renderLetterPdf([letter()]);
		const bytes = await renderLetterPdf([long]);
		expect((await parse(bytes)).getPageCount()).toBeGreaterThanOrEqual(3);
		expect(bytes.length).toBeGreaterThan(short.length);
	});

	it('cuts a word or an address line too long for the page instead of spilling', async () => {
		const doc = await parse(
			await renderLetterPdf([
				letter({ recipient: ['X'.repeat(200), '69003 LYON'], blocks: [{ text: 'W'.repeat(300) }] })
			])
		);
		expect(doc.getPageCount()).toBe(1);
	});

	it('sets a signature on the right under room to sign, and leaves a closing formula on the left', async () => {
		const signed = await pdfTexts(
			await renderLetterPdf([
				letter({ blocks: [{ text: 'Madame,\n\nVeuillez agréer nos salutations.\n\nLe service gestion locative' }] })
			])
		);
		const [closing] = find(signed.texts, 'Veuillez agréer');
		const [signature] = find(signed.texts, 'Le service gestion locative');
		expect(closing.xMm).toBeCloseTo(20, 0);
		expect(signature.xMm).toBeCloseTo(105, 0);
		expect(signature.yMm - closing.yMm).toBeGreaterThan(12);

		const unsigned = await pdfTexts(
			await renderLetterPdf([letter({ blocks: [{ text: 'Madame,\n\nVeuillez agréer nos salutations.' }] })])
		);
		expect(find(unsigned.texts, 'Veuillez agréer')[0].xMm).toBeCloseTo(20, 0);
	});
});
