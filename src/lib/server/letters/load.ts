import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtors, deliveries, organisations, reminders, type ReminderContent } from '../db/schema';
import {
	CONTENT_LOCALE,
	inContentLocale as say,
	loadMergeContexts,
	mergeKey,
	type MergeContext
} from '../templates/merge-context';
import { renderLetter } from '../templates/render';
import { invoicesTableText } from '../templates/invoice-table';
import { m } from '$lib/paraglide/messages';
import type { LetterBlock, LetterInput, Logo } from './pdf';

type Contact = typeof contacts.$inferSelect;
type Organisation = typeof organisations.$inferSelect;

/** What one printed letter is made of: the day's PDF and the preview of a reminder both build it here. */
export interface LetterSource {
	organisation: Organisation;
	/** The recipient; null for the debtor himself, who then has no postal address. */
	contact: Contact | null;
	context: MergeContext;
	content: ReminderContent;
	registered: boolean;
}

/**
 * The letters of these deliveries, rendered for their recipients, in the order a person puts
 * them in envelopes: by debtor, then reminder, then recipient. Deliveries of another
 * organisation, or not letters, are not there.
 */
export async function loadLetters(db: DbOrTx, organisationId: string, deliveryIds: string[]): Promise<LetterInput[]> {
	if (!deliveryIds.length) return [];
	// The organisation once, not per letter: its row carries the logo's bytes.
	const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
	if (!organisation) return [];
	const rows = await db
		.select({ reminder: reminders, contact: contacts })
		.from(deliveries)
		.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
		.innerJoin(contacts, eq(contacts.id, deliveries.contactId))
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.where(
			and(
				eq(deliveries.organisationId, organisationId),
				eq(deliveries.channel, 'letter'),
				inArray(deliveries.id, deliveryIds)
			)
		)
		.orderBy(asc(debtors.name), asc(reminders.createdAt), asc(reminders.id), asc(contacts.lastName), asc(contacts.id));
	const contexts = await loadMergeContexts(
		db,
		organisationId,
		rows.map(({ reminder, contact }) => ({ debtorId: reminder.debtorId, contactId: contact.id }))
	);
	return rows.map(({ reminder, contact }) => {
		const context = contexts.get(mergeKey(reminder.debtorId, contact.id));
		// A letter left out would still be marked sent with its batch: better no PDF than a silent gap.
		if (!context) throw new Error(`letter of reminder ${reminder.id}: contact ${contact.id} is not the debtor's`);
		return letterInput({ organisation, contact, context, content: reminder.content, registered: reminder.registered });
	});
}

/** One letter laid out: the layout prints the letterhead, the address, the date, the references and the « Objet »; the template, the body. */
export function letterInput({ organisation, contact, context, content, registered }: LetterSource): LetterInput {
	const letter = renderLetter(content, context);
	const account = say(m.letters_pdf_account, { account: context.compte });
	return {
		sender: { name: organisation.name, lines: senderLines(organisation), logo: logoOf(organisation) },
		registered,
		recipient: addressBlock(contact, context),
		placeAndDate: organisation.city.trim()
			? say(m.letters_pdf_place_date, { place: organisation.city.trim(), date: context.date_du_jour })
			: say(m.letters_pdf_date, { date: context.date_du_jour }),
		references: [account, context.bail ? say(m.letters_pdf_lease, { lease: context.bail }) : ''].filter(Boolean),
		// A letter-only reminder written before letters had their own subject has none to print.
		subject: letter.subject ? say(m.letters_pdf_subject, { subject: letter.subject }) : '',
		blocks: bodyBlocks(letter.text, context),
		runningHead: `${context.nom_complet} · ${account}`
	};
}

const nonEmpty = (...lines: (string | null | undefined)[]) => lines.map((l) => (l ?? '').trim()).filter(Boolean);

function senderLines(organisation: Organisation): string[] {
	return nonEmpty(
		organisation.addressLine1,
		organisation.addressLine2,
		`${organisation.postalCode} ${organisation.city}`,
		organisation.phone ? say(m.letters_pdf_phone, { phone: organisation.phone }) : '',
		organisation.email
	);
}

function logoOf(organisation: Organisation): Logo | null {
	if (!organisation.logo || (organisation.logoType !== 'image/png' && organisation.logoType !== 'image/jpeg'))
		return null;
	return { base64: organisation.logo, type: organisation.logoType };
}

const regionNames = new Intl.DisplayNames([CONTENT_LOCALE], { type: 'region' });

/** NF Z 10-011: the name, the street lines, then the locality in capitals, and the country when abroad. */
function addressBlock(contact: Contact | null, context: MergeContext): string[] {
	if (!contact) return nonEmpty(context.nom_complet);
	return nonEmpty(
		context.nom_complet,
		contact.addressLine1,
		contact.addressLine2,
		`${contact.postalCode} ${contact.city}`.toLocaleUpperCase('fr-FR'),
		contact.country && contact.country !== 'FR'
			? (regionNames.of(contact.country) ?? contact.country).toLocaleUpperCase('fr-FR')
			: ''
	);
}

/**
 * The table is drawn where the template wrote `{{ tableau_factures }}` (rendered there as text
 * lines, which a proportional font would misalign), else after the text.
 */
function bodyBlocks(letterText: string, context: MergeContext): LetterBlock[] {
	if (!context.factures.length) return [{ text: letterText }];
	const table = { invoices: { rows: context.factures, total: context.solde } };
	const parts = letterText.split(invoicesTableText(context));
	const blocks: LetterBlock[] = parts.flatMap((text, i) =>
		i ? [table, { text: text.trim() }] : [{ text: text.trim() }]
	);
	if (parts.length === 1) blocks.push(table);
	return blocks.filter((b) => !('text' in b) || b.text);
}
