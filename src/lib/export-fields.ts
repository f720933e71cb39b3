import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * Column names of the files (exports and imports). A format stores its columns by their French
 * names, which never change; people read them in their language, and a file is written in the
 * language its format chose.
 */
const LABELS: Record<string, (inputs?: object, options?: { locale?: Locale }) => string> = {
	Date: m.field_date,
	Compte: m.field_account,
	Débiteur: m.field_debtor,
	Relance: m.field_reminder,
	Destinataire: m.field_recipient,
	Adresse: m.field_address,
	Canal: m.field_channel,
	Résultat: m.field_outcome,
	Niveau: m.field_level,
	Facture: m.field_invoice,
	"Date d'émission": m.field_issue_date,
	Échéance: m.field_due_date,
	Montant: m.field_amount,
	Payé: m.field_paid,
	'Reste dû': m.field_balance,
	'Dernière relance': m.field_last_reminder,
	Bail: m.field_lease,
	Contacts: m.field_contacts,
	Complément: m.field_address_more,
	'Code postal': m.field_postal_code,
	Ville: m.field_city,
	Pays: m.field_country,
	Civilité: m.field_civility,
	'Consentement e-mail': m.field_consent_email,
	'Consentement courrier': m.field_consent_letter,
	'Consentement SMS': m.field_consent_sms,
	'Prénom du contact': m.field_contact_first_name,
	'Nom du contact': m.field_contact_last_name,
	'Réf. contact': m.field_contact_ref,
	'E-mail': m.field_email,
	Référence: m.field_reference,
	Prénom: m.field_first_name,
	Nom: m.field_last_name,
	Mobile: m.field_mobile,
	Numéro: m.field_number,
	Rôle: m.field_role
};

export const fieldLabel = (header: string, locale?: Locale) =>
	LABELS[header]?.({}, locale ? { locale } : undefined) ?? header;
