import { describe, expect, it } from 'vitest';
import type { ReminderContent } from '../db/schema';
import type { MergeContext, MergeInvoice } from './merge-context';
import { checkMergeFields, renderContent, TemplateError } from './render';
import { smsInfo } from '$lib/sms';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function invoice(n: number): MergeInvoice {
	return {
		numero: `F-2026-${String(n).padStart(5, '0')}`,
		echeance: '05/11/2026',
		montant: `650,00${NBSP}€`,
		reste: `650,00${NBSP}€`
	};
}

function context(overrides: Partial<MergeContext> = {}): MergeContext {
	return {
		civilite: 'Mme',
		civilite_longue: 'Madame',
		prenom: 'Hélène',
		nom: "O'Brien",
		nom_complet: "Mme Hélène O'Brien",
		adresse: '3 rue Mercière\n69002 Lyon',
		debiteur: "O'Brien Hélène",
		compte: 'LOC-000042',
		bail: 'BAIL-2024-0042',
		solde: `1${NNBSP}300,00${NBSP}€`,
		factures: [invoice(1), invoice(2)],
		organisation: {
			nom: 'Agence Démo',
			adresse: '12 rue de la République\n69002 Lyon',
			email: 'contact@agence.fr',
			telephone: '04 72 00 00 00'
		},
		date_du_jour: '23/11/2026',
		...overrides
	};
}

function content(overrides: Partial<ReminderContent> = {}): ReminderContent {
	return {
		emailSubject: '',
		emailHeader: '',
		emailBody: '',
		emailFooter: '',
		smsText: '',
		letterBody: '',
		...overrides
	};
}

const all = (text: string) =>
	content({
		emailSubject: text,
		emailHeader: text,
		emailBody: text,
		emailFooter: text,
		smsText: text,
		letterBody: text
	});

describe('renderContent', () => {
	it('greets by civility, in full or short', async () => {
		const body = '{{ civilite_longue }}, {{ nom_complet }}';
		const madame = await renderContent(content({ emailBody: body }), context());
		expect(madame.emailText).toBe("Madame, Mme Hélène O'Brien");
		const monsieur = await renderContent(
			content({ emailBody: body }),
			context({
				civilite: 'M.',
				civilite_longue: 'Monsieur',
				prenom: 'Jean',
				nom: 'Dupont',
				nom_complet: 'M. Jean Dupont'
			})
		);
		expect(monsieur.emailText).toBe('Monsieur, M. Jean Dupont');
	});

	it('keeps accents and apostrophes as they are in text, escaped only in HTML', async () => {
		const zoe = context({ prenom: 'Zoé', nom: "L'Hôte", nom_complet: "Mme Zoé L'Hôte" });
		const rendered = await renderContent(all('Bonjour {{ nom_complet }}'), zoe);
		expect(rendered.emailSubject).toBe("Bonjour Mme Zoé L'Hôte");
		expect(rendered.emailText).toContain("Bonjour Mme Zoé L'Hôte");
		expect(rendered.smsText).toBe("Bonjour Mme Zoé L'Hôte");
		expect(rendered.letterText).toBe("Bonjour Mme Zoé L'Hôte");
		expect(rendered.emailHtml).toContain('Bonjour Mme Zoé L&#39;Hôte');
	});

	it('escapes a script in a name, the organisation name and an invoice number in the HTML only', async () => {
		const payload = '<script>alert(1)</script>';
		const evil = context({
			nom_complet: payload,
			organisation: { ...context().organisation, nom: payload },
			factures: [{ ...invoice(1), numero: payload }]
		});
		const rendered = await renderContent(
			content({
				emailSubject: '{{ nom_complet }}',
				emailHeader: '{{ organisation.nom }}',
				emailBody:
					'Bonjour {{ nom_complet }}\n\n{{ tableau_factures }}\n\n{% for f in factures %}{{ f.numero }}{% endfor %}',
				emailFooter: '{{ organisation.nom }}',
				letterBody: '{{ nom_complet }}'
			}),
			evil
		);
		expect(rendered.emailHtml).not.toContain('<script>');
		expect(rendered.emailHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(rendered.invoicesTableHtml).not.toContain('<script>');
		expect(rendered.emailSubject).toBe(payload);
		expect(rendered.letterText).toBe(payload);
		expect(rendered.emailText).toContain(`Bonjour ${payload}`);
	});

	it("escapes the template's own text in HTML and lays it out in paragraphs", async () => {
		const rendered = await renderContent(
			content({
				emailHeader: 'Agence & Cie',
				emailBody: 'Loyer < 500 €\nligne deux\n\nAutre paragraphe <b>',
				emailFooter: 'Signé'
			}),
			context()
		);
		expect(rendered.emailHtml).toMatch(/^<!DOCTYPE html>/);
		expect(rendered.emailHtml).toContain('<html lang="fr">');
		expect(rendered.emailHtml).toContain('Agence &amp; Cie');
		expect(rendered.emailHtml).toContain('<p style="margin:0 0 1em;">Loyer &lt; 500 €<br>ligne deux</p>');
		expect(rendered.emailHtml).toContain('Autre paragraphe &lt;b&gt;');
		expect(rendered.emailHtml.indexOf('Agence &amp; Cie')).toBeLessThan(rendered.emailHtml.indexOf('Loyer'));
		expect(rendered.emailHtml.indexOf('Loyer')).toBeLessThan(rendered.emailHtml.indexOf('Signé'));
		expect(rendered.emailText).toBe('Agence & Cie\n\nLoyer < 500 €\nligne deux\n\nAutre paragraphe <b>\n\nSigné');
	});

	it('keeps the subject on one line, and the amounts unbroken', async () => {
		const rendered = await renderContent(content({ emailSubject: 'Relance {{ adresse }} : {{ solde }}' }), context());
		expect(rendered.emailSubject).toBe(`Relance 3 rue Mercière 69002 Lyon : 1${NNBSP}300,00${NBSP}€`);
	});

	it('renders no unpaid invoice as a sentence', async () => {
		const rendered = await renderContent(all('{{ tableau_factures }}'), context({ factures: [] }));
		expect(rendered.invoicesTableHtml).toBe('<p style="margin:0 0 1em;">Aucune facture impayée.</p>');
		expect(rendered.emailHtml).not.toContain('<table style="width:100%;border-collapse');
		expect(rendered.letterText).toBe('Aucune facture impayée.');
		expect(rendered.smsText).toBe('Aucune facture impayée.');
	});

	it('renders one unpaid invoice as an accessible table, and as aligned lines', async () => {
		const rendered = await renderContent(
			all('Vos factures :\n{{ tableau_factures }}\nMerci.'),
			context({ factures: [invoice(7)] })
		);
		const table = rendered.invoicesTableHtml;
		expect(table).toContain('<caption');
		expect(table).toContain('<th scope="col"');
		expect(table.match(/<tr>/g)).toHaveLength(3);
		expect(table).toContain('F-2026-00007');
		expect(rendered.emailHtml).toContain(table);
		expect(rendered.emailHtml).not.toMatch(/<p[^>]*>[^<]*<table/);
		expect(rendered.letterText.split('\n')).toEqual([
			'Vos factures :',
			'Facture        Échéance      Montant   Reste à payer',
			`F-2026-00007   05/11/2026   650,00${NBSP}€        650,00${NBSP}€`,
			`Total à payer : 1${NNBSP}300,00${NBSP}€`,
			'Merci.'
		]);
	});

	it('renders 50 unpaid invoices, every line aligned', async () => {
		const factures = Array.from({ length: 50 }, (_, i) => ({
			...invoice(i + 1),
			reste: i % 2 ? `12,50${NBSP}€` : `1${NNBSP}250,00${NBSP}€`
		}));
		const rendered = await renderContent(
			content({ emailBody: '{{ tableau_factures }}', letterBody: '{{ tableau_factures }}' }),
			context({ factures })
		);
		expect(rendered.invoicesTableHtml.match(/<tr>/g)).toHaveLength(52);
		const lines = rendered.letterText.split('\n');
		expect(lines).toHaveLength(52);
		const widths = new Set(lines.slice(0, 51).map((line) => line.length));
		expect(widths.size).toBe(1);
		expect(lines[50]).toMatch(/F-2026-00050 +05\/11\/2026 +650,00\u00a0€ +12,50\u00a0€$/);
	});

	it('lets a loop list the invoices with their fields', async () => {
		const rendered = await renderContent(
			content({
				letterBody: '{% for f in factures %}{{ f.numero }} du {{ f.echeance }} : {{ f.reste }}\n{% endfor %}'
			}),
			context()
		);
		expect(rendered.letterText).toBe(
			`F-2026-00001 du 05/11/2026 : 650,00${NBSP}€\nF-2026-00002 du 05/11/2026 : 650,00${NBSP}€`
		);
	});

	it('sends amounts in an SMS with plain spaces, so it stays GSM-7', async () => {
		const rendered = await renderContent(
			content({ smsText: 'Solde : {{ solde }}\n{{ tableau_factures }}' }),
			context()
		);
		expect(rendered.smsText).toMatch(
			/^Solde : 1 300,00 €\nFacture +Échéance +Montant +Reste à payer\nF-2026-00001 +05\/11\/2026 +650,00 € +650,00 €\n/
		);
		expect(smsInfo(rendered.smsText).encoding).toBe('GSM-7');
	});

	it('refuses to render a file include, naming the field', async () => {
		await expect(renderContent(content({ letterBody: "{% include 'x' %}" }), context())).rejects.toThrow(TemplateError);
		await expect(renderContent(content({ letterBody: "{% include 'x' %}" }), context())).rejects.toMatchObject({
			field: 'letterBody',
			message: 'Balise non autorisée : {% include %}'
		});
	});
});

describe('checkMergeFields', () => {
	it('accepts known fields, loops, conditions and filters', () => {
		expect(
			checkMergeFields({
				emailSubject: 'Relance {{ compte }} du {{ date_du_jour }}',
				emailBody:
					'{% if civilite == "M." %}Monsieur{% else %}{{ civilite_longue }}{% endif %} {{ nom | upcase }},\n{{ tableau_factures }}\n{% for f in factures %}{{ f.numero }} {{ f.reste }}{% endfor %} {{ factures.size }} {{ organisation.nom }}',
				smsText: '',
				letterBody: '{{ organisation.adresse }} {{ factures.first.montant }} {{ prenom | default: "client" }}'
			})
		).toEqual({});
	});

	it('names an unknown field, per content field', () => {
		expect(
			checkMergeFields({
				emailBody: 'Bonjour {{ prenon }}',
				smsText: '{{ solde }}',
				letterBody: '{{ organisation.nomm }}'
			})
		).toEqual({
			emailBody: 'Champ inconnu : {{ prenon }}',
			letterBody: 'Champ inconnu : {{ organisation.nomm }}'
		});
	});

	it('finds an unknown field in a branch that is not taken, and in a loop', () => {
		expect(checkMergeFields({ emailHeader: '{% if false %}{{ telephone }}{% endif %}' })).toEqual({
			emailHeader: 'Champ inconnu : {{ telephone }}'
		});
		expect(checkMergeFields({ emailFooter: '{% for f in factures %}{{ f.numro }}{% endfor %}' })).toEqual({
			emailFooter: 'Champ inconnu : {{ f.numro }}'
		});
	});

	it('reports Liquid syntax errors with their line', () => {
		expect(checkMergeFields({ emailBody: 'Bonjour\n{{ prenom' })).toEqual({
			emailBody: "Erreur de syntaxe ligne 2 : une balise n'est pas fermée ou est mal écrite."
		});
		expect(checkMergeFields({ smsText: '{% if solde %}impayé' }).smsText).toMatch(/^Erreur de syntaxe ligne 1/);
	});

	it('refuses tags that read files or run anything, and unknown filters', () => {
		expect(
			checkMergeFields({
				emailSubject: "{% include 'x' %}",
				emailHeader: "{% render 'x' %}",
				emailBody: "{% layout 'x' %}",
				emailFooter: '{% tablerow f in factures %}{{ f }}{% endtablerow %}',
				smsText: '{{ nom_complet | raw }}',
				letterBody: '{{ nom | upcas }}'
			})
		).toEqual({
			emailSubject: 'Balise non autorisée : {% include %}',
			emailHeader: 'Balise non autorisée : {% render %}',
			emailBody: 'Balise non autorisée : {% layout %}',
			emailFooter: 'Balise non autorisée : {% tablerow %}',
			smsText: 'Filtre inconnu : raw',
			letterBody: 'Filtre inconnu : upcas'
		});
	});

	it('refuses capture, whose HTML output would be escaped twice', () => {
		expect(checkMergeFields({ emailBody: '{% capture x %}{{ nom }}{% endcapture %}{{ x }}' })).toEqual({
			emailBody: 'Balise non autorisée : {% capture %}'
		});
	});

	it('cannot reach prototypes nor loop forever', () => {
		expect(checkMergeFields({ emailBody: '{{ prenom.constructor }}' })).toEqual({
			emailBody: 'Champ inconnu : {{ prenom.constructor }}'
		});
		expect(checkMergeFields({ emailBody: '{% for i in (1..100000000) %}x{% endfor %}' }).emailBody).toMatch(
			/ne peut pas être fusionné/
		);
	});
});
