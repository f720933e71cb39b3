import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

/** The authenticator app's code, as people type it: « 123 456 » too. */
export const totpCodeSchema = z.object({
	code: z
		.string()
		.transform((v) => v.replace(/\s/g, ''))
		.pipe(
			z
				.string()
				.min(1)
				.regex(/^\d{6}$/, { error: () => m.two_factor_code_format() })
		)
});

/** At login: the app's code or a recovery code. */
export const secondFactorSchema = z.object({
	code: z.string().trim().min(1).max(64)
});

/** Named for a password, so that it is never echoed back to the page. */
export const disableTwoFactorSchema = z.object({
	codeOrPassword: z.string().min(1).max(256)
});
