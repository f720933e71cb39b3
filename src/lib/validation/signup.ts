import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

/** A new agency and its first admin, who chooses his password here. */
export const signupSchema = z
	.object({
		organisationName: z.string().trim().min(1).max(120),
		name: z.string().trim().min(1).max(120),
		email: z.string().trim().min(1).max(254).pipe(z.email()),
		password: z.string().min(10).max(256),
		confirmPassword: z.string().min(1).max(256)
	})
	.refine((v) => v.password === v.confirmPassword, {
		path: ['confirmPassword'],
		error: () => m.password_mismatch()
	});

export const suspendSchema = z.object({ organisationId: z.uuid(), suspend: z.enum(['yes', 'no']) });
