import { z } from './zod-messages';
import { ROLES } from '$lib/roles';

export const roleSchema = z.enum(ROLES);

export const inviteSchema = z.object({
	email: z.string().trim().min(1).max(254).pipe(z.email()),
	role: roleSchema
});
export const invitationSchema = z.object({ invitationId: z.uuid() });

export const memberRoleSchema = z.object({ userId: z.uuid(), role: roleSchema });
export const memberSchema = z.object({ userId: z.uuid() });
export const switchOrganisationSchema = z.object({ organisationId: z.uuid() });
export const localeSchema = z.object({ locale: z.enum(['fr', 'en']), redirectTo: z.string().max(512).optional() });
