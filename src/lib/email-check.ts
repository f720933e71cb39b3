import emailSpellChecker from '@zootools/email-spell-checker';

/** The providers French tenants actually use, on top of the library's international list. */
const FRENCH_PROVIDERS = [
	'orange.fr',
	'wanadoo.fr',
	'free.fr',
	'sfr.fr',
	'neuf.fr',
	'bbox.fr',
	'laposte.net',
	'hotmail.fr',
	'hotmail.com',
	'live.fr',
	'yahoo.fr',
	'yahoo.com',
	'gmail.com',
	'outlook.fr',
	'outlook.com',
	'icloud.com'
];

const KNOWN_DOMAINS = [...new Set([...emailSpellChecker.POPULAR_DOMAINS, ...FRENCH_PROVIDERS])];
const KNOWN = new Set(KNOWN_DOMAINS);

/**
 * The address the person probably meant when the domain looks like a typo of a common
 * provider ("x@gmial.com" → "x@gmail.com"), else null. Only suggestions that land on a known
 * provider count: the library also "corrects" unknown top-level domains (an agency's own
 * domain), which would flag good addresses.
 */
export function suggestEmail(email: string): string | null {
	const at = email.lastIndexOf('@');
	if (at < 1) return null;
	const domain = email.slice(at + 1).toLowerCase();
	if (KNOWN.has(domain)) return null;
	const suggestion = emailSpellChecker.run({ email: `x@${domain}`, domains: KNOWN_DOMAINS });
	return suggestion && KNOWN.has(suggestion.domain) ? `${email.slice(0, at)}@${suggestion.domain}` : null;
}

/** A recipient's address held back before a run: mistyped, invalid or bounced. */
export interface FlaggedEmail {
	contactId: string;
	name: string;
	email: string;
	check: string;
	suggestion: string | null;
	/** The provider's reason when the address bounced. */
	reason: string;
}
