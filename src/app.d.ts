import type { Db } from '$lib/server/db';
import type { Session, SessionUser } from '$lib/server/auth/sessions';
import type { Role } from '$lib/roles';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			user: SessionUser | null;
			session: Session | null;
			/** The active organisation and the user's role in it; null when logged out. */
			organisation: { id: string; name: string; role: Role } | null;
			/** All the user's organisations (the switcher), read with the active one. */
			organisations: { id: string; name: string; role: Role }[];
		}
		interface Error {
			message: string;
		}
	}
}

export {};
