import { eq } from 'drizzle-orm';
import { config } from '../config';
import type { Db } from '../db/types';
import { organisations, users } from '../db/schema';
import type { Role } from '../../roles';
import {
	DEMO_ORGANISATION_NAME,
	demoLogins,
	demoOrganisationExists,
	isDemoUser,
	lockDemo,
	seedDemo,
	type DemoLogin
} from './seed';

const ROLE_LABELS: Record<Role, string> = {
	admin: 'Administrateur',
	manager: 'Gestionnaire',
	approver: 'Valideur',
	agent: 'Agent'
};

/** At server start: seeds a brand-new installation, then says how to log in to the demo. */
export async function prepareDemo(db: Db): Promise<void> {
	if (config.demoData) {
		await db.transaction(async (tx) => {
			await lockDemo(tx);
			const [anyOrganisation] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
			if (anyOrganisation) return;
			// Users left behind by a deleted demo organisation would block the seed's emails.
			await tx.delete(users).where(isDemoUser());
			await seedDemo(tx, config.demoPassword);
		});
	}
	if (await demoOrganisationExists(db)) console.log(formatDemoLogins(demoLogins(config.demoPassword)));
}

/** Deletes the demo organisation and its users, then seeds them again, all or nothing. */
export async function resetDemo(db: Db): Promise<DemoLogin[]> {
	return db.transaction(async (tx) => {
		await lockDemo(tx);
		await tx.delete(organisations).where(eq(organisations.name, DEMO_ORGANISATION_NAME));
		await tx.delete(users).where(isDemoUser());
		return seedDemo(tx, config.demoPassword);
	});
}

export function formatDemoLogins(logins: DemoLogin[]): string {
	const [{ password }] = logins;
	const width = Math.max(...Object.values(ROLE_LABELS).map((label) => label.length));
	return [
		'',
		`Relance — comptes de démonstration (mot de passe : ${password})`,
		...logins.map((login) => `  ${ROLE_LABELS[login.role].padEnd(width)}  ${login.email}`),
		''
	].join('\n');
}
