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
	email: z.union([z.literal(''), z.string().trim().max(254).pipe(z.email())]).optional().default(''),
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
	emailFrom: z.union([z.literal(''), z.string().trim().max(254).pipe(z.email())]).optional().default(''),
	emailReplyTo: z.union([z.literal(''), z.string().trim().max(254).pipe(z.email())]).optional().default(''),
	smsSender: z.string().trim().min(1).max(11).regex(/^[A-Za-z0-9 ]+$/, { error: () => m.org_settings_sms_sender_rule() }),
	forbidSelfApproval: z
		.union([z.literal('on'), z.literal('')])
		.optional()
		.transform((v) => v === 'on')
	})
	.refine((v) => v.sendingStart < v.sendingEnd, { path: ['sendingEnd'], error: () => m.org_settings_hours_order() });

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
