import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

const email = z.string().trim().min(1).max(254).pipe(z.email());

export const loginSchema = z.object({
	email,
	password: z.string().min(1).max(256),
	redirectTo: z.string().max(512).optional()
});

/** The password rules, wherever a password is chosen: 10 characters at least, typed twice alike. */
const newPassword = { password: z.string().min(10).max(256), confirmPassword: z.string().min(1).max(256) };
const typedTwiceAlike = (v: { password: string; confirmPassword: string }) => v.password === v.confirmPassword;
const mismatch = { path: ['confirmPassword'], error: () => m.password_mismatch() };

export const passwordChangeSchema = z
	.object({ currentPassword: z.string().min(1).max(256), ...newPassword })
	.refine(typedTwiceAlike, mismatch);

export const passwordResetRequestSchema = z.object({ email });
export const passwordResetSchema = z.object(newPassword).refine(typedTwiceAlike, mismatch);

/** A new account, from an invitation: the address is the invitation's, not typed. */
export const invitationAcceptSchema = z
	.object({ name: z.string().trim().min(1).max(120), ...newPassword })
	.refine(typedTwiceAlike, mismatch);
/** An existing account joins: its password, unless its session is already open. */
export const invitationJoinSchema = z.object({ password: z.string().max(256).optional() });
