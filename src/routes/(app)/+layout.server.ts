import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { NAV_ITEMS } from '$lib/navigation';
import { canView } from '$lib/server/auth/permissions';
import { m } from '$lib/paraglide/messages';
import { scopeKey } from '$lib/server/sync/changes';

export const load: LayoutServerLoad = async ({ locals }) => {
	const { user, organisation } = locals;
	if (!user || !organisation) error(403, m.login_no_organisation());
	return {
		user: { name: user.name, email: user.email, isInstanceAdmin: user.isInstanceAdmin },
		organisation,
		organisations: locals.organisations,
		offlineScope: scopeKey({ userId: user.id, organisationId: organisation.id, role: organisation.role }),
		nav: NAV_ITEMS.filter((item) => canView(item.routeId, organisation.role)).map((item) => item.href)
	};
};
