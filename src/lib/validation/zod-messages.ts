import { z } from 'zod';
import { en, fr } from 'zod/v4/locales';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

const fallback = { fr: fr().localeError, en: en().localeError };

/**
 * Zod speaks the person's language: our own words for the errors people meet most, zod's
 * French or English locale for the rest. The locale is read per message, so one server
 * answers each request in its own language.
 */
function configure() {
	z.config({
		// No `new Function` probe: the Content-Security-Policy forbids eval, and the browser reports
		// even a caught attempt as a violation.
		jitless: true,
		customError: (issue) => {
			switch (issue.code) {
				case 'too_small':
					if (issue.origin === 'string')
						return issue.minimum === 1 ? m.error_required() : m.error_too_short({ min: Number(issue.minimum) });
					if (issue.origin === 'array' && issue.minimum === 1) return m.error_required();
					return undefined;
				case 'too_big':
					return issue.origin === 'string' ? m.error_too_long({ max: Number(issue.maximum) }) : undefined;
				case 'invalid_format':
					return issue.format === 'email' ? m.error_email() : m.error_invalid();
				case 'invalid_value':
					return m.error_choice();
				case 'invalid_type':
					return issue.input === undefined || issue.input === null || issue.input === ''
						? m.error_required()
						: undefined;
				default:
					return undefined;
			}
		},
		localeError: (issue) => fallback[getLocale()](issue)
	});
}

// Zod keeps its configuration on globalThis, shared by every copy of these modules in a process.
// The first copy configures it; the server's own copy then takes it over at start-up
// (hooks.server.ts), so that another copy loaded later beside it (the sources, beside the built
// app) cannot answer its requests with a runtime that does not know their language.
if (!z.config().customError) configure();

export { z, configure as configureZodMessages };
