import { error, type Handle } from '@sveltejs/kit';
import { decide } from '$lib/server/auth/permissions';
import { m } from '$lib/paraglide/messages';

/** `?/approve` names the form action `approve`; a POST without one is the default action. */
export function actionName(url: URL): string | null {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return key.slice(1);
	return null;
}

export const protectRoutes: Handle = async ({ event, resolve }) => {
	if (event.route.id === null) return resolve(event);
	const { user, organisation } = event.locals;
	const decision = decide(
		event.route.id,
		event.request.method,
		actionName(event.url),
		organisation?.role ?? null,
		!!user
	);
	if (decision === 'allow') return resolve(event);
	if (decision === 'forbidden') error(403, m.error_forbidden());
	if (decision === 'not_found') error(404, m.error_not_found());
	if (event.request.method !== 'GET') error(401, m.error_forbidden());
	const back = event.url.pathname + event.url.search;
	return new Response(null, { status: 303, headers: { location: `/login?redirectTo=${encodeURIComponent(back)}` } });
};
