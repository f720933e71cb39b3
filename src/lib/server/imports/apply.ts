import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { anyId } from '../db/arrays';
import { contacts, debtors, invoices, payments } from '../db/schema';
import { emailFlags } from '../contacts/email-flags';
import { m } from '$lib/paraglide/messages';
import { FIELDS, type ImportKind } from './fields';
import { isEmailSyntax, type ParsedRow, type RowError } from './rows';

export interface ImportCounts {
	created: number;
	updated: number;
	unchanged: number;
}

export type ApplyOutcome = { ok: true; counts: ImportCounts } | { ok: false; errors: RowError[] };

class Rejected extends Error {
	constructor(readonly errors: RowError[]) {
		super('rejected');
	}
}

const CHUNK = 500;

/**
 * The whole file in one transaction: references are resolved and checked against the database
 * inside it, and a single bad row rolls everything back. Rows are matched on their reference
 * (account, invoice number, contact or payment reference), so the same file twice changes nothing.
 */
export async function applyImport(
	db: Db,
	organisationId: string,
	kind: ImportKind,
	rows: ParsedRow[],
	{ onWritten }: { onWritten?: (tx: Tx, counts: ImportCounts) => Promise<void> } = {}
): Promise<ApplyOutcome> {
	const errors = duplicateReferences(kind, rows);
	if (errors.length) return { ok: false, errors };
	try {
		const counts = await db.transaction(async (tx) => {
			const counts = await WRITERS[kind](tx, organisationId, rows);
			// What must be true exactly when the rows are (an operation's record of them) commits with them.
			await onWritten?.(tx, counts);
			return counts;
		});
		return { ok: true, counts };
	} catch (error) {
		if (error instanceof Rejected) return { ok: false, errors: error.errors };
		throw error;
	}
}

const referenceKey = (kind: ImportKind) => FIELDS[kind][0];

export function duplicateReferences(kind: ImportKind, rows: ParsedRow[]): RowError[] {
	const field = referenceKey(kind);
	const seen = new Map<string, number>();
	const errors: RowError[] = [];
	for (const row of rows) {
		const ref = String(row.values[field.key]);
		const first = seen.get(ref);
		if (first !== undefined)
			errors.push({
				line: row.line,
				column: field.header,
				reason: m.imports_error_duplicate({ value: ref, line: first })
			});
		else seen.set(ref, row.line);
	}
	return errors;
}

type Writer = (tx: Tx, organisationId: string, rows: ParsedRow[]) => Promise<ImportCounts>;

const str = (v: unknown) => String(v ?? '');

async function debtorIds(tx: Tx, organisationId: string, rows: ParsedRow[], errors: RowError[], column: string) {
	const accounts = [...new Set(rows.map((r) => str(r.values.accountNumber)))];
	const found = accounts.length
		? await tx
				.select({ id: debtors.id, accountNumber: debtors.accountNumber })
				.from(debtors)
				.where(and(eq(debtors.organisationId, organisationId), inArray(debtors.accountNumber, accounts)))
		: [];
	const ids = new Map(found.map((d) => [d.accountNumber, d.id]));
	for (const row of rows)
		if (!ids.has(str(row.values.accountNumber)))
			errors.push({
				line: row.line,
				column,
				reason: m.imports_error_unknown_debtor({ value: str(row.values.accountNumber) })
			});
	return ids;
}

async function erasedDebtors(tx: Tx, ids: string[]): Promise<Set<string>> {
	if (!ids.length) return new Set();
	const rows = await tx
		.select({ id: debtors.id })
		.from(debtors)
		.where(and(anyId(debtors.id, ids), isNotNull(debtors.erasedAt)));
	return new Set(rows.map((r) => r.id));
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

const writeDebtors: Writer = async (tx, organisationId, rows) => {
	const accounts = rows.map((r) => str(r.values.accountNumber));
	const existing = accounts.length
		? await tx
				.select()
				.from(debtors)
				.where(and(eq(debtors.organisationId, organisationId), inArray(debtors.accountNumber, accounts)))
		: [];
	const byAccount = new Map(existing.map((d) => [d.accountNumber, d]));
	const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
	const fresh: (typeof debtors.$inferInsert)[] = [];
	for (const { values } of rows) {
		const next = { name: str(values.name), leaseReference: str(values.leaseReference) };
		const current = byAccount.get(str(values.accountNumber));
		if (!current) fresh.push({ organisationId, accountNumber: str(values.accountNumber), ...next });
		// His personal data were erased on his request: a file from the accounts does not bring them back.
		else if (current.erasedAt || (current.name === next.name && current.leaseReference === next.leaseReference))
			counts.unchanged++;
		else {
			await tx
				.update(debtors)
				.set({ ...next, updatedAt: sql`now()` })
				.where(eq(debtors.id, current.id));
			counts.updated++;
		}
	}
	await insertChunks(fresh, (chunk) => tx.insert(debtors).values(chunk));
	counts.created = fresh.length;
	return counts;
};

const CONTACT_FIELDS = [
	'civility',
	'firstName',
	'lastName',
	'mobilePhone',
	'addressLine1',
	'addressLine2',
	'postalCode',
	'city',
	'country',
	'role',
	'consentEmail',
	'consentLetter',
	'consentSms'
] as const;

/** A malformed address is imported flagged "à contrôler" rather than refused: the lists before a run show it. */
function emailState(email: string | null) {
	if (email && !isEmailSyntax(email))
		return {
			email,
			emailCheck: 'syntax' as const,
			emailSuggestion: null,
			emailCheckReason: '',
			emailCheckOverridden: false
		};
	return emailFlags(email);
}

const writeContacts: Writer = async (tx, organisationId, rows) => {
	const errors: RowError[] = [];
	const ids = await debtorIds(tx, organisationId, rows, errors, 'Compte');
	if (errors.length) throw new Rejected(errors);
	const erased = await erasedDebtors(tx, [...ids.values()]);
	const refs = rows.map((r) => str(r.values.externalRef));
	const existing = refs.length
		? await tx
				.select()
				.from(contacts)
				.where(and(eq(contacts.organisationId, organisationId), inArray(contacts.externalRef, refs)))
		: [];
	const byRef = new Map(existing.map((c) => [c.externalRef, c]));
	const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
	const fresh: (typeof contacts.$inferInsert)[] = [];
	for (const { values } of rows) {
		// The contacts of a debtor whose personal data were erased are not written again.
		if (erased.has(ids.get(str(values.accountNumber))!)) {
			counts.unchanged++;
			continue;
		}
		const next = {
			debtorId: ids.get(str(values.accountNumber))!,
			civility: str(values.civility),
			firstName: str(values.firstName),
			lastName: str(values.lastName),
			mobilePhone: str(values.mobilePhone) || null,
			addressLine1: str(values.addressLine1),
			addressLine2: str(values.addressLine2),
			postalCode: str(values.postalCode),
			city: str(values.city),
			country: str(values.country) || 'FR',
			role: (str(values.role) || 'relance') as 'relance',
			consentEmail: (values.consentEmail as boolean | null) ?? true,
			consentLetter: (values.consentLetter as boolean | null) ?? true,
			consentSms: (values.consentSms as boolean | null) ?? false
		};
		const email = str(values.email) || null;
		const current = byRef.get(str(values.externalRef));
		if (!current) {
			fresh.push({ organisationId, externalRef: str(values.externalRef), ...next, ...emailState(email) });
			continue;
		}
		const same =
			current.debtorId === next.debtorId &&
			current.email === email &&
			CONTACT_FIELDS.every((k) => current[k] === next[k]);
		if (same) counts.unchanged++;
		else {
			// The flag and a person's override survive unless the address itself changed.
			const emailChange = current.email === email ? {} : emailState(email);
			await tx
				.update(contacts)
				.set({ ...next, ...emailChange, updatedAt: sql`now()` })
				.where(eq(contacts.id, current.id));
			counts.updated++;
		}
	}
	await insertChunks(fresh, (chunk) => tx.insert(contacts).values(chunk));
	counts.created = fresh.length;
	return counts;
};

const writeInvoices: Writer = async (tx, organisationId, rows) => {
	const errors: RowError[] = [];
	const ids = await debtorIds(tx, organisationId, rows, errors, 'Compte');
	for (const { line, values } of rows) {
		if (str(values.dueDate) < str(values.issueDate))
			errors.push({ line, column: 'Échéance', reason: m.imports_error_due_before_issue() });
		if (values.paid !== null && Number(values.paid) > Number(values.amount))
			errors.push({ line, column: 'Payé', reason: m.imports_error_paid_over() });
	}
	if (errors.length) throw new Rejected(errors);
	const numbers = rows.map((r) => str(r.values.number));
	const existing = numbers.length
		? await tx
				.select()
				.from(invoices)
				.where(and(eq(invoices.organisationId, organisationId), inArray(invoices.number, numbers)))
		: [];
	const byNumber = new Map(existing.map((i) => [i.number, i]));
	const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
	const fresh: (typeof invoices.$inferInsert)[] = [];
	for (const { values } of rows) {
		const current = byNumber.get(str(values.number));
		const next = {
			debtorId: ids.get(str(values.accountNumber))!,
			issueDate: str(values.issueDate),
			dueDate: str(values.dueDate),
			amountCents: Number(values.amount),
			// Without a "paid" column, what payments already settled stays as it is.
			paidCents: values.paid === null ? (current?.paidCents ?? 0) : Number(values.paid)
		};
		if (!current) fresh.push({ organisationId, number: str(values.number), ...next });
		else if ((Object.keys(next) as (keyof typeof next)[]).every((k) => current[k] === next[k])) counts.unchanged++;
		else {
			await tx.update(invoices).set(next).where(eq(invoices.id, current.id));
			counts.updated++;
		}
	}
	await insertChunks(fresh, (chunk) => tx.insert(invoices).values(chunk));
	counts.created = fresh.length;
	return counts;
};

/**
 * A payment is a fact: once imported it is never changed by a file, and a file that says
 * otherwise about the same reference is refused. A new payment settles its invoice.
 */
const writePayments: Writer = async (tx, organisationId, rows) => {
	const errors: RowError[] = [];
	const ids = await debtorIds(tx, organisationId, rows, errors, 'Compte');
	const numbers = [...new Set(rows.map((r) => str(r.values.invoiceNumber)).filter(Boolean))];
	const open = numbers.length
		? await tx
				.select({
					id: invoices.id,
					number: invoices.number,
					debtorId: invoices.debtorId,
					amountCents: invoices.amountCents,
					paidCents: invoices.paidCents
				})
				.from(invoices)
				.where(and(eq(invoices.organisationId, organisationId), inArray(invoices.number, numbers)))
				.for('update')
		: [];
	const byNumber = new Map(open.map((i) => [i.number, { ...i }]));
	const refs = rows.map((r) => str(r.values.externalRef));
	const existing = refs.length
		? await tx
				.select()
				.from(payments)
				.where(and(eq(payments.organisationId, organisationId), inArray(payments.externalRef, refs)))
		: [];
	const byRef = new Map(existing.map((p) => [p.externalRef, p]));
	const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
	const fresh: (typeof payments.$inferInsert)[] = [];
	for (const { line, values } of rows) {
		const debtorId = ids.get(str(values.accountNumber));
		if (!debtorId) continue;
		const number = str(values.invoiceNumber);
		const invoice = number ? byNumber.get(number) : undefined;
		if (number && (!invoice || invoice.debtorId !== debtorId)) {
			errors.push({ line, column: 'Facture', reason: m.imports_error_unknown_invoice({ value: number }) });
			continue;
		}
		const amountCents = Number(values.amount);
		const current = byRef.get(str(values.externalRef));
		if (current) {
			const same =
				current.debtorId === debtorId &&
				current.amountCents === amountCents &&
				current.paidOn === values.paidOn &&
				current.invoiceId === (invoice?.id ?? null);
			if (same) counts.unchanged++;
			else
				errors.push({
					line,
					column: 'Référence',
					reason: m.imports_error_payment_changed({ value: str(values.externalRef) })
				});
			continue;
		}
		if (invoice) {
			if (invoice.paidCents + amountCents > invoice.amountCents) {
				errors.push({ line, column: 'Montant', reason: m.imports_error_paid_over() });
				continue;
			}
			invoice.paidCents += amountCents;
		}
		fresh.push({
			organisationId,
			debtorId,
			invoiceId: invoice?.id ?? null,
			amountCents,
			paidOn: str(values.paidOn),
			reference: str(values.externalRef),
			externalRef: str(values.externalRef)
		});
	}
	if (errors.length) throw new Rejected(errors);
	await insertChunks(fresh, (chunk) => tx.insert(payments).values(chunk));
	for (const invoice of byNumber.values()) {
		const before = open.find((i) => i.id === invoice.id)!;
		if (before.paidCents !== invoice.paidCents)
			await tx.update(invoices).set({ paidCents: invoice.paidCents }).where(eq(invoices.id, invoice.id));
	}
	counts.created = fresh.length;
	return counts;
};

/**
 * A statement is written as the three files it holds: its debtors, their reminder contacts, then
 * its invoices, in the same transaction. A line's contact is the one its contact reference names;
 * a debtor whose lines name none but give a contact's name or address gets one (see derivedContacts).
 */
const writeStatement: Writer = async (tx, organisationId, rows) => {
	const errors: RowError[] = [];
	const debtorRows = new Map<string, ParsedRow>();
	const contactRows = new Map<string, ParsedRow>();
	const unreferenced = new Map<string, ParsedRow>();
	for (const row of rows) {
		const { values, line } = row;
		const account = str(values.accountNumber);
		const seen = debtorRows.get(account);
		if (seen && seen.values.name !== values.name)
			errors.push({
				line,
				column: 'Débiteur',
				reason: m.imports_error_inconsistent({ value: account, line: seen.line })
			});
		else if (!seen)
			debtorRows.set(account, { line, values: { accountNumber: account, name: values.name, leaseReference: '' } });
		const ref = str(values.contactRef);
		if (!ref && !str(values.contactLastName) && !str(values.contactFirstName) && !str(values.email)) continue;
		const contact = {
			externalRef: ref,
			accountNumber: account,
			lastName: str(values.contactLastName) || str(values.name),
			firstName: values.contactFirstName,
			email: values.email,
			role: 'relance',
			consentEmail: null,
			consentLetter: null,
			consentSms: null
		};
		const known = ref ? contactRows.get(ref) : unreferenced.get(account);
		const differs =
			known &&
			(['accountNumber', 'lastName', 'firstName', 'email'] as const).some(
				(k) => str(known.values[k]) !== str(contact[k])
			);
		if (differs && ref)
			errors.push({
				line,
				column: 'Réf. contact',
				reason: m.imports_error_inconsistent({ value: ref, line: known.line })
			});
		else if (differs)
			errors.push({
				line,
				column: 'E-mail',
				reason: m.imports_error_contact_differs({ value: account, line: known.line })
			});
		else if (!known && ref) contactRows.set(ref, { line, values: contact });
		else if (!known) unreferenced.set(account, { line, values: contact });
	}
	if (errors.length) throw new Rejected(errors);
	const debtorCounts = await writeDebtors(tx, organisationId, [...debtorRows.values()]);
	const derived = await derivedContacts(tx, organisationId, unreferenced, contactRows);
	if (derived.errors.length) throw new Rejected(derived.errors);
	const parts = [
		debtorCounts,
		await writeContacts(tx, organisationId, [...contactRows.values(), ...derived.rows]),
		{ created: 0, updated: 0, unchanged: derived.kept },
		await writeInvoices(tx, organisationId, rows)
	];
	return {
		created: parts.reduce((n, p) => n + p.created, 0),
		updated: parts.reduce((n, p) => n + p.updated, 0),
		unchanged: parts.reduce((n, p) => n + p.unchanged, 0)
	};
};

/** The reference a statement's contact without one is kept under: stable, so the same file again finds it. */
export const derivedContactRef = (account: string) => `${account}-1`;

const sameText = (a: string | null, b: unknown) => (a ?? '').trim().toLowerCase() === str(b).trim().toLowerCase();

/**
 * One reminder contact for each debtor whose lines give a contact without a reference (a debtor
 * whose contact another line references needs no other). It is the contact under the derived
 * reference when there is one; else a reminder contact the debtor already has with the same
 * address (or, without one, the same name) is that person, left as it is; else it is created.
 */
async function derivedContacts(
	tx: Tx,
	organisationId: string,
	unreferenced: Map<string, ParsedRow>,
	referenced: Map<string, ParsedRow>
) {
	const covered = new Set([...referenced.values()].map((r) => str(r.values.accountNumber)));
	const wanted = [...unreferenced.entries()].filter(([account]) => !covered.has(account));
	const result = { rows: [] as ParsedRow[], kept: 0, errors: [] as RowError[] };
	if (!wanted.length) return result;
	const accounts = wanted.map(([account]) => account);
	const found = await tx
		.select({
			externalRef: contacts.externalRef,
			role: contacts.role,
			email: contacts.email,
			firstName: contacts.firstName,
			lastName: contacts.lastName,
			account: debtors.accountNumber
		})
		.from(contacts)
		.innerJoin(debtors, eq(debtors.id, contacts.debtorId))
		.where(
			and(
				eq(contacts.organisationId, organisationId),
				eq(debtors.organisationId, organisationId),
				or(
					inArray(contacts.externalRef, accounts.map(derivedContactRef)),
					and(inArray(debtors.accountNumber, accounts), eq(contacts.role, 'relance'))
				)
			)
		);
	for (const [account, row] of wanted) {
		const ref = derivedContactRef(account);
		const holder = found.find((c) => c.externalRef === ref);
		if ((holder && holder.account !== account) || referenced.has(ref)) {
			result.errors.push({
				line: row.line,
				column: 'Compte',
				reason: m.imports_error_derived_ref_taken({ value: ref })
			});
			continue;
		}
		const { email, lastName, firstName } = row.values;
		const same = (c: (typeof found)[number]) =>
			c.account === account &&
			c.role === 'relance' &&
			(str(email) ? sameText(c.email, email) : sameText(c.lastName, lastName) && sameText(c.firstName, firstName));
		if (!holder && found.some(same)) result.kept++;
		else result.rows.push({ line: row.line, values: { ...row.values, externalRef: ref } });
	}
	return result;
}

const WRITERS: Record<ImportKind, Writer> = {
	debtors: writeDebtors,
	contacts: writeContacts,
	invoices: writeInvoices,
	payments: writePayments,
	statement: writeStatement
};
