import type { Role } from '$lib/roles';

/** Each role lands where its daily work is. */
export function homeFor(role: Role | null): string {
	if (role === 'approver') return '/a-valider';
	if (role === null) return '/compte';
	return '/aujourdhui';
}

/** Only a path of this site: `//evil.example` or `https://…` would make an open redirect. */
export function safeRedirectTarget(target: string | undefined | null, fallback: string): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
	return target;
}
