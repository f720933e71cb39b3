import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { homeFor } from '$lib/server/auth/home';

export const load: PageServerLoad = ({ locals }) => {
	redirect(303, homeFor(locals.organisation?.role ?? null));
};
