import { describe, expect, it } from 'vitest';
import { letterRepeatsLayout } from './layout-repeats';

describe('letterRepeatsLayout', () => {
	it('names each part of the layout a letter body repeats, once', () => {
		const body = `{{ organisation.nom }}
{{ organisation.adresse }}

{{ nom_complet }}
{{- adresse }}

Lyon, le {{ date_du_jour }}

Objet : deuxième relance

Madame,`;
		expect(letterRepeatsLayout(body)).toEqual([
			"l'adresse de l'organisation",
			"l'adresse du destinataire",
			'la date',
			"l'objet"
		]);
		expect(letterRepeatsLayout('{{ organisation.nom }}\n\nMadame,')).toEqual(["l'adresse de l'organisation"]);
		expect(letterRepeatsLayout('Le {{ date_du_jour | upcase }}\nMadame,')).toEqual(['la date']);
	});

	it('lets a body speak of them in its sentences', () => {
		const body = `{{ civilite_longue }},

L'agence {{ organisation.nom }} vous rappelle qu'à la date du {{ date_du_jour }}, votre solde est de {{ solde }}.
Votre adresse de correspondance reste inchangée ; l'objet de ce courrier est votre bail {{ bail }}.

Veuillez agréer, {{ civilite_longue }}, nos salutations distinguées.

Le service gestion locative`;
		expect(letterRepeatsLayout(body)).toEqual([]);
	});
});
