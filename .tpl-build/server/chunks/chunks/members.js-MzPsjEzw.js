import './zod-messages.js-Dlwf9NDY.js';
import { R as ROLES } from './roles.js-4KpuCuL8.js';
import { z } from 'zod';

const roleSchema = z.enum(ROLES);
const addMemberSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  role: roleSchema
});
const memberRoleSchema = z.object({ userId: z.uuid(), role: roleSchema });
const memberSchema = z.object({ userId: z.uuid() });
const switchOrganisationSchema = z.object({ organisationId: z.uuid() });
const localeSchema = z.object({ locale: z.enum(["fr", "en"]), redirectTo: z.string().max(512).optional() });

export { memberRoleSchema as a, addMemberSchema as b, localeSchema as l, memberSchema as m, switchOrganisationSchema as s };
//# sourceMappingURL=members.js-MzPsjEzw.js.map
