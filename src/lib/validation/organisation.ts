import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
const line = (max: number) => z.string().trim().max(max).optional().default('');

export const organisationSettingsSchema = z.object({
	name: z.string().trim().min(1).max(120),
	addressLine1: line(200),
	addressLine2: line(200),
	postalCode: line(20),
	city: line(100),
	email: z.union([z.literal(''), z.string().trim().max(254).pipe(z.email())]).optional().default(''),
	phone: line(40),
	timezone: z.string().refine((tz) => timeZones.has(tz), { error: () => m.error_choice() }),
	forbidSelfApproval: z
		.union([z.literal('on'), z.literal('')])
		.optional()
		.transform((v) => v === 'on')
});
