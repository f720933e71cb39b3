import { describe, expect, it } from 'vitest';
import { decide, ROUTE_RULES } from './permissions';
import { routeTree } from '../../../../tests/helpers/routes';

describe('the permission table', () => {
	const tree = routeTree();

	it('finds the routes of the app', () => {
		expect(tree.map((r) => r.id)).toContain('/(app)/debiteurs/[id]');
		expect(tree.find((r) => r.id === '/(app)/reglages/utilisateurs')?.actions).toEqual([
			'invite',
			'resend',
			'revoke',
			'role',
			'remove'
		]);
	});

	it.each(tree.map((r) => [r.id, r] as const))('lists %s and each of its actions', (_id, route) => {
		const rule = ROUTE_RULES[route.id];
		expect(rule, `${route.id} is missing from ROUTE_RULES`).toBeDefined();
		for (const action of route.actions) expect(rule.actions?.[action], `${route.id} ?/${action}`).toBeDefined();
	});

	it('lists no route that does not exist', () => {
		const ids = new Set(tree.map((r) => r.id));
		expect(Object.keys(ROUTE_RULES).filter((id) => !ids.has(id))).toEqual([]);
	});

	it('decides by role, login and listing', () => {
		expect(decide('/(app)/a-valider', 'GET', null, 'approver', true)).toBe('allow');
		expect(decide('/(app)/a-valider', 'GET', null, 'agent', true)).toBe('forbidden');
		expect(decide('/(app)/a-valider', 'GET', null, null, false)).toBe('login');
		expect(decide('/(auth)/login', 'POST', null, null, false)).toBe('allow');
		expect(decide('/(app)/reglages/utilisateurs', 'POST', 'invite', 'manager', true)).toBe('forbidden');
		expect(decide('/(app)/reglages/utilisateurs', 'POST', 'unknown', 'admin', true)).toBe('forbidden');
		expect(decide('/(app)/nowhere', 'GET', null, 'admin', true)).toBe('not_found');
	});
});
