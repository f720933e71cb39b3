import { m } from '$lib/paraglide/messages';

/** A merge field as Liquid reads it, whitespace control and filters allowed: `{{- adresse | upcase }}`. */
const field = (name: string) => String.raw`\{\{-?\s*${name.replace('.', String.raw`\.`)}\s*(?:\|[^}]*)?-?\}\}`;
const ownLine = (pattern: string) => new RegExp(String.raw`^[ \t]*${pattern}[ \t]*$`, 'im');

/**
 * What a letter body repeats of the layout, which prints the letterhead, the recipient's
 * address, the place and date and the « Objet » itself: each as the editor names it.
 */
const REPEATS: { pattern: RegExp; label: () => string }[] = [
	{ pattern: new RegExp(field('organisation.adresse'), 'i'), label: m.letters_repeats_sender },
	{ pattern: ownLine(field('organisation.nom')), label: m.letters_repeats_sender },
	{ pattern: new RegExp(field('adresse'), 'i'), label: m.letters_repeats_recipient },
	{
		pattern: new RegExp(String.raw`^[ \t]*(?:[^\n]*,[ \t]*)?le[ \t]+${field('date_du_jour')}`, 'im'),
		label: m.letters_repeats_date
	},
	{ pattern: /^[ \t]*objet[ \t]*:/im, label: m.letters_repeats_subject }
];

/** The parts of the layout a letter body repeats, named for the person, once each; empty when none. */
export function letterRepeatsLayout(body: string): string[] {
	return [...new Set(REPEATS.filter((r) => r.pattern.test(body)).map((r) => r.label()))];
}
