import type { Role } from '$lib/roles';

/**
 * The one place that says who may use what. Keys are SvelteKit route ids. `view` covers GET
 * (pages, loads, endpoints); `actions` lists each form action (`default` for the unnamed one)
 * or `POST` for an endpoint. A route or action not listed here is refused: a new route must be
 * given its roles before anyone can reach it.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];
export interface RouteRule {
	view: Access;
	actions?: Record<string, Access>;
}

const ALL: readonly Role[] = ['admin', 'manager', 'approver', 'agent'];
const SENDERS: readonly Role[] = ['admin', 'manager', 'agent'];
const APPROVERS: readonly Role[] = ['admin', 'approver'];
const ADMINS: readonly Role[] = ['admin'];

export const ROUTE_RULES: Record<string, RouteRule> = {
	'/': { view: 'authenticated' },
	'/(auth)/login': { view: 'public', actions: { default: 'public' } },
	'/(auth)/logout': { view: 'public', actions: { default: 'public' } },
	'/langue': { view: 'public', actions: { default: 'public' } },
	'/(app)/aujourdhui': { view: SENDERS },
	'/(app)/a-valider': { view: APPROVERS },
	'/(app)/relances': { view: ALL },
	'/(app)/debiteurs': { view: ALL },
	'/(app)/debiteurs/[id]': { view: ALL },
	'/(app)/plus': { view: ALL },
	'/(app)/compte': { view: 'authenticated', actions: { password: 'authenticated' } },
	'/(app)/organisation': { view: 'authenticated', actions: { switch: 'authenticated' } },
	'/(app)/reglages/utilisateurs': {
		view: ADMINS,
		actions: { add: ADMINS, role: ADMINS, remove: ADMINS }
	}
};

export type Decision = 'allow' | 'login' | 'forbidden' | 'not_found';

export function decide(
	routeId: string | null,
	method: string,
	actionName: string | null,
	role: Role | null,
	loggedIn: boolean
): Decision {
	const rule = routeId ? ROUTE_RULES[routeId] : undefined;
	if (!rule) return 'not_found';
	const access =
		method === 'GET' || method === 'HEAD'
			? rule.view
			: (rule.actions?.[actionName ?? 'default'] ?? (actionName ? undefined : rule.actions?.[method]));
	if (!access) return 'forbidden';
	if (access === 'public') return 'allow';
	if (!loggedIn) return 'login';
	if (access === 'authenticated') return 'allow';
	return role && access.includes(role) ? 'allow' : 'forbidden';
}

export function canView(routeId: string, role: Role): boolean {
	return decide(routeId, 'GET', null, role, true) === 'allow';
}
