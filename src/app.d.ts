import type { Db } from '$lib/server/db';
import type { Enqueue } from '$lib/server/delivery/fallback';
import type { Session, SessionUser } from '$lib/server/auth/sessions';
import type { ActiveOrganisation } from '$lib/server/auth/memberships';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			/** The delivery queue, for what a request hands to sending in its own transaction. */
			deliveryQueue: () => Promise<Enqueue>;
			user: SessionUser | null;
			session: Session | null;
			/** The active organisation and the user's role in it; null when logged out. */
			organisation: ActiveOrganisation | null;
			/** All the user's organisations (the switcher), read with the active one. */
			organisations: ActiveOrganisation[];
		}
		interface Error {
			message: string;
		}
	}
}

export {};
