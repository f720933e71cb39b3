import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/roles';
import type { ContactRole } from '$lib/contact-choices';

const LABELS: Record<Role, () => string> = {
	admin: m.role_admin,
	manager: m.role_manager,
	approver: m.role_approver,
	agent: m.role_agent
};

export const roleLabel = (role: Role) => LABELS[role]();

const CONTACT_ROLES: Record<ContactRole, () => string> = {
	relance: m.contacts_role_relance,
	facturation: m.contacts_role_facturation,
	garant: m.contacts_role_garant,
	autre: m.contacts_role_autre
};

/** A role stored before the list had it reads as stored. */
export const contactRoleLabel = (role: string) => CONTACT_ROLES[role as ContactRole]?.() ?? role;
