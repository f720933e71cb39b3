import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const line = (max: number) => z.string().trim().max(max).optional().default('');

export const organisationSettingsSchema = z
	.object({
		name: z.string().trim().min(1).max(120),
		addressLine1: line(200),
		addressLine2: line(200),
		postalCode: line(20),
		city: line(100),
		email: z
			.union([z.literal(''), z.string().trim().max(254).pipe(z.email())])
			.optional()
			.default(''),
		phone: line(40),
		timezone: z.string().refine((tz) => timeZones.has(tz), { error: () => m.error_choice() }),
		sendingDays: z
			.union([z.string(), z.array(z.string())])
			.optional()
			.transform((v) => [...new Set([v ?? []].flat().map(Number))].sort())
			.pipe(z.array(z.number().int().min(1).max(7)).min(1)),
		sendingStart: z.string().regex(HHMM, { error: () => m.error_invalid() }),
		sendingEnd: z.string().regex(HHMM, { error: () => m.error_invalid() }),
		staleAfterDays: z.coerce.number().int().min(1).max(365),
		emailFrom: z
			.union([z.literal(''), z.string().trim().max(254).pipe(z.email())])
			.optional()
			.default(''),
		emailFromName: line(100),
		emailReplyTo: z
			.union([z.literal(''), z.string().trim().max(254).pipe(z.email())])
			.optional()
			.default(''),
		smsSender: z
			.string()
			.trim()
			.min(1)
			.max(11)
			.regex(/^[A-Za-z0-9 ]+$/, { error: () => m.org_settings_sms_sender_rule() }),
		forbidSelfApproval: z
			.union([z.literal('on'), z.literal('')])
			.optional()
			.transform((v) => v === 'on')
	})
	.refine((v) => v.sendingStart < v.sendingEnd, { path: ['sendingEnd'], error: () => m.org_settings_hours_order() });

/** What an email that bounced for good falls back to: the organisation's rule (delivery/fallback.ts). */
export const BOUNCE_FALLBACKS = ['letter_then_sms', 'sms_then_letter', 'letter', 'sms', 'none'] as const;
export type BounceFallback = (typeof BOUNCE_FALLBACKS)[number];

export const bounceFallbackSchema = z.object({
	bounceFallback: z.enum(BOUNCE_FALLBACKS, { error: () => m.error_choice() })
});

/** The letterhead's logo: small enough to ride in every letter of a day's PDF. */
export const LOGO_MAX_BYTES = 300 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

const ticked = z
	.union([z.literal('on'), z.literal('')])
	.optional()
	.transform((v) => v === 'on');

/** The letters' settings (their own form): the logo to upload or remove, and recto-verso printing. */
export const letterSettingsSchema = z.object({
	letterDuplex: ticked,
	removeLogo: ticked,
	// A file input left empty still posts a nameless, empty file.
	logo: z
		.instanceof(File)
		.optional()
		.transform((file) => (file && file.size > 0 ? file : undefined))
		.refine((file) => !file || file.size <= LOGO_MAX_BYTES, {
			error: () => m.letters_logo_too_large({ max: LOGO_MAX_BYTES / 1024 })
		})
		.refine((file) => !file || (LOGO_TYPES as readonly string[]).includes(file.type), {
			error: () => m.letters_logo_type()
		})
});

/** The security section: whether the organisation's admins must have a second factor on. */
export const adminTwoFactorSchema = z.object({ requireAdminTwoFactor: ticked });

/** Countries whose public holidays an organisation may follow: where a French-speaking agency works. */
export const HOLIDAY_COUNTRIES = ['FR', 'BE', 'LU', 'CH', 'MC'] as const;

/** The sending-days section: public holidays and where the organisation is (the region is checked against the country by the service). */
export const sendingDaysSchema = z.object({
	skipHolidays: z
		.union([z.literal('on'), z.literal('')])
		.optional()
		.transform((v) => v === 'on'),
	country: z.enum(HOLIDAY_COUNTRIES, { error: () => m.error_choice() }),
	holidayRegion: z
		.string()
		.trim()
		.max(10)
		.regex(/^[A-Za-z0-9]*$/, { error: () => m.error_choice() })
		.optional()
		.default('')
});
