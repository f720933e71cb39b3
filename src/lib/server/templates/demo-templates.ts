import type { DbOrTx } from '../db';
import { templates } from '../db/schema';

const SENDER = '{{ organisation.nom }}\n{{ organisation.adresse }}';
const CLOSING = "Veuillez agréer, {{ civilite_longue }}, l'expression de nos salutations distinguées.";

const SECOND_NOTICE = `Malgré notre précédent rappel, nous constatons que les sommes suivantes restent impayées à ce jour :

{{ tableau_factures }}

Nous vous demandons de régler la somme de {{ solde }} sous huit jours. À défaut, nous serons contraints d'engager la procédure de recouvrement prévue à votre bail.

Si vous rencontrez des difficultés de paiement, contactez-nous sans tarder : un échéancier peut être étudié.`;

/**
 * The three templates of a classic rent-arrears process: a polite reminder, a firmer one that
 * waits for an approver, and a formal notice. `groupIds` maps group names to ids.
 */
export async function seedDemoTemplates(tx: DbOrTx, organisationId: string, groupIds: Record<string, string> = {}) {
	await tx.insert(templates).values([
		{
			organisationId,
			name: 'Première relance',
			shortDescription: 'Première relance',
			description: "Rappel courtois, envoyé quelques jours après l'échéance.",
			channels: ['email', 'sms'],
			emailSubject: 'Rappel de paiement – compte {{ compte }}',
			emailHeader: '{{ organisation.nom }}',
			emailBody: `{{ civilite_longue }},

Sauf erreur de notre part, nous n'avons pas encore reçu le règlement des sommes suivantes, dues au titre de votre bail {{ bail }} :

{{ tableau_factures }}

Il s'agit probablement d'un simple oubli : nous vous remercions de bien vouloir régulariser votre situation dans les meilleurs délais.

Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message. Nous restons à votre disposition pour toute question.`,
			emailFooter: `Le service gestion locative\n${SENDER}`,
			smsText:
				'{{ organisation.nom }} : sauf erreur, votre solde de {{ solde }} (compte {{ compte }}) reste impayé. Merci de le régler rapidement ou de nous contacter.'
		},
		{
			organisationId,
			name: 'Deuxième relance',
			shortDescription: 'Deuxième relance',
			description: 'Relance ferme, par e-mail et par courrier, validée avant envoi.',
			requiresValidation: true,
			channels: ['email', 'letter'],
			emailSubject: 'Deuxième relance : {{ solde }} à régler – compte {{ compte }}',
			emailHeader: '{{ organisation.nom }}',
			emailBody: `{{ civilite_longue }},\n\n${SECOND_NOTICE}\n\n${CLOSING}`,
			emailFooter: `Le service gestion locative\n${SENDER}`,
			// The letter's layout prints the sender, the address, the date, the references and this subject.
			letterSubject: 'Deuxième relance – loyers impayés',
			letterBody: `{{ civilite_longue }},\n\n${SECOND_NOTICE}\n\n${CLOSING}\n\nLe service gestion locative`
		},
		{
			organisationId,
			name: 'Mise en demeure',
			shortDescription: 'Mise en demeure',
			description: 'Courrier recommandé avant transmission au contentieux.',
			requiresValidation: true,
			keep: false,
			groupId: groupIds['Contentieux'] ?? null,
			channels: ['letter'],
			registered: true,
			letterSubject: 'Mise en demeure de payer',
			letterBody: `{{ civilite_longue }},

Malgré nos relances restées sans effet, vous restez redevable de la somme de {{ solde }} au titre des loyers et charges détaillés ci-dessous :

{{ tableau_factures }}

Par la présente, nous vous mettons en demeure de régler l'intégralité de cette somme dans un délai de quinze jours à compter de la réception de ce courrier.

À défaut de règlement dans ce délai, nous transmettrons votre dossier à notre service contentieux afin d'engager toute procédure utile au recouvrement de notre créance, y compris la mise en œuvre de la clause résolutoire prévue au bail et, le cas échéant, l'appel à la caution.

${CLOSING}

Le service contentieux`
		}
	]);
}
