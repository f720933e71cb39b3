import { parseArgs } from 'node:util';
import { database } from '../src/lib/server/db/index';
import type { Database } from '../src/lib/server/db/types';
import { openOrganisation, setInstanceAdmin } from '../src/lib/server/organisations/create';

/**
 * The operator's commands (README, « Plusieurs agences »):
 *   npm run org:create -- --name "Agence du Parc" --admin claire@parc.fr [--timezone Europe/Paris]
 *   npm run org:create -- --instance-admin claire@parc.fr      (an existing account)
 * The first admin is invited by email; the link is printed too, for an installation without email.
 */
const USAGE =
	'Usage : npm run org:create -- --name "Nom de l\'agence" --admin adresse@exemple.fr [--timezone Europe/Paris]\n       npm run org:create -- --instance-admin adresse@exemple.fr';

let opened: Database | undefined;
try {
	const { values } = parseArgs({
		options: {
			name: { type: 'string' },
			admin: { type: 'string' },
			timezone: { type: 'string' },
			'instance-admin': { type: 'string' }
		},
		strict: true
	});
	const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
	if (values['instance-admin']) {
		opened = await database();
		if (!(await setInstanceAdmin(opened.db, values['instance-admin'], true)))
			throw new Error(`aucun compte n'a l'adresse ${values['instance-admin']}.`);
		console.log(
			`${values['instance-admin']} administre désormais l'installation (page « Agences de l'installation »).`
		);
	} else {
		if (!values.name?.trim() || !values.admin?.includes('@')) throw new Error(USAGE);
		if (values.timezone && !timeZones.has(values.timezone))
			throw new Error(`fuseau horaire inconnu : ${values.timezone}.`);
		opened = await database();
		const origin = (process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '');
		const { invitation } = await openOrganisation(
			opened.db,
			{ name: values.name, timezone: values.timezone, adminEmail: values.admin },
			origin
		);
		if (invitation.kind !== 'sent' && invitation.kind !== 'send_failed')
			throw new Error(`l'invitation n'a pas pu être créée (${invitation.kind}).`);
		console.log(`Agence « ${values.name.trim()} » créée.`);
		console.log(
			invitation.kind === 'sent'
				? `Invitation envoyée à ${invitation.email}, valable 7 jours. Son lien : ${invitation.link}`
				: `L'e-mail d'invitation n'a pas pu partir : transmettez ce lien à ${invitation.email} (valable 7 jours) : ${invitation.link}`
		);
	}
} catch (error) {
	console.error(`Échec : ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	await opened?.close();
}
