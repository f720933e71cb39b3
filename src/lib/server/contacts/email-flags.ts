import { suggestEmail } from '$lib/email-check';

/**
 * The "à contrôler" state of a freshly typed address. A syntax error never gets this far (the
 * form refuses it); a likely typo is saved, flagged, with the address probably meant. A new
 * address always starts without a person's override.
 */
export function emailFlags(email: string | null) {
	const suggestion = email ? suggestEmail(email) : null;
	return {
		email,
		emailCheck: suggestion ? ('typo' as const) : null,
		emailSuggestion: suggestion,
		emailCheckReason: '',
		emailCheckOverridden: false
	};
}
