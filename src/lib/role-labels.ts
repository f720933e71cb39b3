import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/roles';

const LABELS: Record<Role, () => string> = {
	admin: m.role_admin,
	manager: m.role_manager,
	approver: m.role_approver,
	agent: m.role_agent
};

export const roleLabel = (role: Role) => LABELS[role]();
