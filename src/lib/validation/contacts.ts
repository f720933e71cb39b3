import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';
import { parseMobile } from '$lib/phone';
import { CIVILITIES, CONTACT_ROLES } from '$lib/contact-choices';

export { CIVILITIES, CONTACT_ROLES, type ContactRole } from '$lib/contact-choices';

const text = (max: number) => z.string().trim().max(max).default('');
/** A ticked checkbox sends "on"; an unticked one sends nothing. */
const checkbox = z
	.string()
	.optional()
	.transform((v) => v !== undefined && v !== '');

const email = text(254)
	.transform((v) => v || null)
	.pipe(z.email().nullable());

const mobilePhone = text(40).transform((v, ctx) => {
	if (!v) return null;
	const parsed = parseMobile(v);
	if (parsed.ok) return parsed.e164;
	// `continue`: the other fields' checks still run, so every error shows at once.
	ctx.addIssue({
		code: 'custom',
		message: parsed.reason === 'not_mobile' ? m.contacts_phone_not_mobile() : m.contacts_phone_invalid(),
		continue: true
	});
	return null;
});

export const contactSchema = z
	.object({
		civility: z.enum(CIVILITIES).default(''),
		firstName: text(80),
		lastName: z.string().trim().min(1).max(80),
		email,
		mobilePhone,
		addressLine1: text(120),
		addressLine2: text(120),
		postalCode: text(12),
		city: text(80),
		country: text(2)
			.transform((v) => v.toUpperCase() || 'FR')
			.pipe(z.string().regex(/^[A-Z]{2}$/, { error: () => m.contacts_country_invalid() })),
		role: z.enum(CONTACT_ROLES).default('relance'),
		consentEmail: checkbox,
		consentLetter: checkbox,
		consentSms: checkbox
	})
	.refine((v) => v.country !== 'FR' || !v.postalCode || /^\d{5}$/.test(v.postalCode), {
		path: ['postalCode'],
		error: () => m.contacts_postal_code_invalid()
	});
export type ContactInput = z.output<typeof contactSchema>;

export const contactIdSchema = z.object({ contactId: z.uuid() });
