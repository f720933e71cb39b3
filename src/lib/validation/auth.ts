import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

export const loginSchema = z.object({
	email: z.string().trim().min(1).max(254).pipe(z.email()),
	password: z.string().min(1).max(256),
	redirectTo: z.string().max(512).optional()
});

export const passwordChangeSchema = z
	.object({
		currentPassword: z.string().min(1).max(256),
		password: z.string().min(10).max(256),
		confirmPassword: z.string().min(1).max(256)
	})
	.refine((v) => v.password === v.confirmPassword, {
		path: ['confirmPassword'],
		error: () => m.password_mismatch()
	});
