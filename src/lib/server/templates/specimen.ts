import type { Liquid } from 'liquidjs';
import type { MergeContext } from './merge-context';

type Segments = ReturnType<Liquid['globalVariableSegmentsSync']>[number];

const invoice = { numero: 'F-2026-00001', echeance: '05/11/2026', montant: '650,00 €', reste: '650,00 €' };

/**
 * A recipient with every field filled, against which templates are tried before they are saved:
 * it has the exact shape of a real context, so a field it lacks is a field no one has.
 */
export const SPECIMEN: MergeContext & { tableau_factures: string } = {
	civilite: 'Mme',
	civilite_longue: 'Madame',
	prenom: 'Hélène',
	nom: "O'Brien",
	nom_complet: "Mme Hélène O'Brien",
	adresse: '1 rue de la Paix\n69002 Lyon',
	debiteur: "O'Brien Hélène",
	compte: 'LOC-000001',
	bail: 'BAIL-2024-0001',
	solde: '1 300,00 €',
	factures: [invoice, { ...invoice, numero: 'F-2026-00002' }],
	organisation: {
		nom: 'Agence',
		adresse: '12 rue de la République\n69002 Lyon',
		email: 'contact@agence.fr',
		telephone: '04 72 00 00 00'
	},
	date_du_jour: '23/11/2026',
	tableau_factures: ''
};

const SIZED = new Set(['size', 'first', 'last']);

/**
 * The first part of a variable path that the specimen lacks ("organisation.nomm"), or null.
 * Checked statically, so a misspelt field is found even in a branch the specimen never takes.
 * A computed key (`factures[i]`) is left to the trial render.
 */
export function unknownPath(segments: Segments): string | null {
	let value: unknown = SPECIMEN;
	for (const [index, segment] of segments.entries()) {
		if (typeof segment === 'object') return null;
		if (segment === 'size' && (typeof value === 'string' || Array.isArray(value))) return null;
		if (Array.isArray(value) && (typeof segment === 'number' || SIZED.has(segment))) value = value[0];
		else if (value !== null && typeof value === 'object' && Object.hasOwn(value, segment))
			value = (value as Record<string, unknown>)[segment];
		else return segments.slice(0, index + 1).join('.');
	}
	return null;
}
