import type { Db } from '$lib/server/db';
import type { Session, SessionUser } from '$lib/server/auth/sessions';
import type { ActiveOrganisation } from '$lib/server/auth/memberships';

declare global {
	namespace App {
		interface Locals {
			db: Db;
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
