/**
 * What each kind of import reads, in the order the exports write it. The French header is the
 * column name our own exports use, so that an export maps itself when imported again.
 */
export const DATA_KINDS = ['debtors', 'contacts', 'invoices', 'payments'] as const;
export type DataKind = (typeof DATA_KINDS)[number];
/**
 * "statement" is the shape most accounting software exports unpaid invoices in: one line per
 * invoice, with its debtor and his reminder contact on the same line.
 */
export const IMPORT_KINDS = [...DATA_KINDS, 'statement'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type FieldType = 'text' | 'date' | 'amount' | 'boolean';

export interface FieldDef {
	key: string;
	header: string;
	type: FieldType;
	required: boolean;
	/** Other names a column of this field often has in files from other software. */
	aliases?: string[];
}

const f = (key: string, header: string, type: FieldType, required: boolean, aliases: string[] = []): FieldDef => ({
	key,
	header,
	type,
	required,
	aliases
});

export const FIELDS: Record<ImportKind, FieldDef[]> = {
	debtors: [
		f('accountNumber', 'Compte', 'text', true, ['numéro de compte', 'n° compte', 'code client', 'account']),
		f('name', 'Nom', 'text', true, ['raison sociale', 'débiteur', 'locataire', 'name']),
		f('leaseReference', 'Bail', 'text', false, ['référence bail', 'lease'])
	],
	contacts: [
		f('externalRef', 'Référence', 'text', true, ['réf', 'ref', 'id contact']),
		f('accountNumber', 'Compte', 'text', true, ['numéro de compte', 'code client']),
		f('civility', 'Civilité', 'text', false),
		f('firstName', 'Prénom', 'text', false),
		f('lastName', 'Nom', 'text', true),
		f('email', 'E-mail', 'text', false, ['email', 'mail', 'courriel', 'adresse e-mail']),
		f('mobilePhone', 'Mobile', 'text', false, ['portable', 'téléphone mobile', 'téléphone']),
		f('addressLine1', 'Adresse', 'text', false, ['adresse 1']),
		f('addressLine2', 'Complément', 'text', false, ['adresse 2', "complément d'adresse"]),
		f('postalCode', 'Code postal', 'text', false, ['cp']),
		f('city', 'Ville', 'text', false),
		f('country', 'Pays', 'text', false),
		f('role', 'Rôle', 'text', false),
		f('consentEmail', 'Consentement e-mail', 'boolean', false, ['email ok']),
		f('consentLetter', 'Consentement courrier', 'boolean', false, ['papier']),
		f('consentSms', 'Consentement SMS', 'boolean', false, ['sms'])
	],
	invoices: [
		f('number', 'Numéro', 'text', true, ['numéro de facture', 'n° facture', 'facture']),
		f('accountNumber', 'Compte', 'text', true, ['numéro de compte', 'code client']),
		f('issueDate', "Date d'émission", 'date', true, ['date facture', 'date', 'émission']),
		f('dueDate', 'Échéance', 'date', true, ["date d'échéance"]),
		f('amount', 'Montant', 'amount', true, ['montant ttc', 'total']),
		f('paid', 'Payé', 'amount', false, ['montant payé', 'réglé'])
	],
	payments: [
		f('externalRef', 'Référence', 'text', true, ['réf', 'ref', 'n° règlement']),
		f('accountNumber', 'Compte', 'text', true, ['numéro de compte', 'code client']),
		f('invoiceNumber', 'Facture', 'text', false, ['numéro de facture', 'n° facture']),
		f('amount', 'Montant', 'amount', true),
		f('paidOn', 'Date', 'date', true, ['date de paiement', 'date de règlement'])
	],
	statement: [
		f('number', 'Facture', 'text', true, ['numéro de facture', 'n° facture', 'numéro']),
		f('accountNumber', 'Compte', 'text', true, ['numéro de compte', 'code client']),
		f('name', 'Débiteur', 'text', true, ['nom', 'raison sociale', 'locataire', 'client']),
		f('contactRef', 'Réf. contact', 'text', false, ['référence contact']),
		f('contactLastName', 'Nom du contact', 'text', false, ['contact']),
		f('contactFirstName', 'Prénom du contact', 'text', false, ['prénom']),
		f('email', 'E-mail', 'text', false, ['email', 'mail', 'courriel']),
		f('issueDate', "Date d'émission", 'date', true, ['date facture', 'date', 'émission']),
		f('dueDate', 'Échéance', 'date', true, ["date d'échéance"]),
		f('amount', 'Montant', 'amount', true, ['montant ttc', 'total']),
		f('paid', 'Payé', 'amount', false, ['montant payé', 'réglé'])
	]
};

export const isDataKind = (v: unknown): v is DataKind => (DATA_KINDS as readonly unknown[]).includes(v);
export const isImportKind = (v: unknown): v is ImportKind => (IMPORT_KINDS as readonly unknown[]).includes(v);
