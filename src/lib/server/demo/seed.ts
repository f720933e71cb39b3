import { eq, ilike, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { fakerFR as faker } from '@faker-js/faker';
import type { DbOrTx } from '../db/types';
import {
	contacts,
	debtorGroups,
	debtors,
	groups,
	invoices,
	memberships,
	organisations,
	payments,
	users
} from '../db/schema';
import { hashPassword } from '../auth/passwords';
import { todayInZone } from '../clock';
import { seedDemoTemplates } from '../templates/demo-templates';
import { seedDemoScenarios } from '../scenarios/demo';
import type { Role } from '../../roles';

export type DemoLogin = { role: Role; email: string; password: string };

export const DEMO_ORGANISATION_NAME = 'Agence Démo';
const DEMO_EMAIL_DOMAIN = 'demo.relance.fr';

const DEMO_USERS: readonly { role: Role; email: string; name: string }[] = [
	{ role: 'admin', email: `admin@${DEMO_EMAIL_DOMAIN}`, name: 'Isabelle Rousseau' },
	{ role: 'manager', email: `gestionnaire@${DEMO_EMAIL_DOMAIN}`, name: 'Julien Lefèvre' },
	{ role: 'approver', email: `valideur@${DEMO_EMAIL_DOMAIN}`, name: 'Nathalie Girard' },
	{ role: 'agent', email: `agent@${DEMO_EMAIL_DOMAIN}`, name: 'Karim Benali' }
];

const GROUP_NAMES = ['Rejet', 'Assurances', 'Contentieux'];
const DEBTOR_COUNT = 200;
const CHUNK = 500;
/** Serialises seeding and resetting, so two processes starting at once cannot seed twice. */
const DEMO_LOCK_KEY = 7_262_026;

export function demoLogins(password: string): DemoLogin[] {
	return DEMO_USERS.map(({ role, email }) => ({ role, email, password }));
}

export function isDemoUser() {
	return ilike(users.email, `%@${DEMO_EMAIL_DOMAIN}`);
}

export async function lockDemo(db: DbOrTx): Promise<void> {
	await db.execute(sql.raw(`select pg_advisory_xact_lock(${DEMO_LOCK_KEY})`));
}

export async function demoOrganisationExists(db: DbOrTx): Promise<boolean> {
	const [row] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.name, DEMO_ORGANISATION_NAME))
		.limit(1);
	return Boolean(row);
}

/**
 * Creates the demo organisation, its four users and 200 debtors with their contacts, invoices
 * and payments, all or nothing. Refuses when demo data is already there: resetDemo recreates it.
 */
export async function seedDemo(db: DbOrTx, password: string): Promise<DemoLogin[]> {
	const demo = buildDemo(await hashPassword(password), await todayInZone(db, DEMO_TIMEZONE));
	await db.transaction(async (tx) => {
		await lockDemo(tx);
		const [demoUser] = await tx.select({ id: users.id }).from(users).where(isDemoUser()).limit(1);
		if (demoUser || (await demoOrganisationExists(tx)))
			throw new Error('Les données de démonstration existent déjà : « demo:reset » les recrée.');
		await tx.insert(organisations).values(demo.organisation);
		await insertChunked(tx, users, demo.users);
		await insertChunked(tx, memberships, demo.memberships);
		await insertChunked(tx, groups, demo.groups);
		await insertChunked(tx, debtors, demo.debtors);
		await insertChunked(tx, debtorGroups, demo.debtorGroups);
		await insertChunked(tx, contacts, demo.contacts);
		await insertChunked(tx, invoices, demo.invoices);
		await insertChunked(tx, payments, demo.payments);
		const groupIds = Object.fromEntries(demo.groups.map((g) => [g.name, g.id]));
		await seedDemoTemplates(tx, demo.organisation.id, groupIds);
		const admins = demo.memberships.filter((m) => m.role === 'admin').map((m) => m.userId);
		await seedDemoScenarios(tx, demo.organisation.id, groupIds, admins);
	});
	return demoLogins(password);
}

async function insertChunked<T extends PgTable>(db: DbOrTx, table: T, rows: PgInsertValue<T>[]): Promise<void> {
	for (let start = 0; start < rows.length; start += CHUNK) {
		await db.insert(table).values(rows.slice(start, start + CHUNK));
	}
}

type ContactRow = typeof contacts.$inferInsert;
type InvoiceRow = typeof invoices.$inferInsert & { id: string; debtorIndex: number };
type PaymentRow = typeof payments.$inferInsert;
type Anomaly = 'none' | 'malformedEmail' | 'noRelanceContact' | 'noEmail';
type Place = readonly [postalCode: string, city: string];
type Person = { civility: string; firstName: string; lastName: string };

const PROPERTY_PLACES: readonly Place[] = [
	['69001', 'Lyon'],
	['69002', 'Lyon'],
	['69003', 'Lyon'],
	['69004', 'Lyon'],
	['69005', 'Lyon'],
	['69006', 'Lyon'],
	['69007', 'Lyon'],
	['69008', 'Lyon'],
	['69009', 'Lyon'],
	['69100', 'Villeurbanne'],
	['69120', 'Vaulx-en-Velin'],
	['69130', 'Écully'],
	['69200', 'Vénissieux'],
	['69300', 'Caluire-et-Cuire'],
	['69500', 'Bron'],
	['69600', 'Oullins']
];

const OTHER_PLACES: readonly Place[] = [
	['75011', 'Paris'],
	['13008', 'Marseille'],
	['38000', 'Grenoble'],
	['42000', 'Saint-Étienne'],
	['74000', 'Annecy'],
	['01000', 'Bourg-en-Bresse'],
	['63000', 'Clermont-Ferrand'],
	['73000', 'Chambéry'],
	['71000', 'Mâcon'],
	['69400', 'Villefranche-sur-Saône'],
	['26000', 'Valence'],
	['21000', 'Dijon']
];

const MAIL_PROVIDERS = [
	'gmail.com',
	'orange.fr',
	'free.fr',
	'laposte.net',
	'sfr.fr',
	'hotmail.fr',
	'yahoo.fr',
	'outlook.fr',
	'wanadoo.fr'
];

/** Surnames that exercise apostrophes, spaces and ligatures, which the locale alone rarely yields. */
const TRICKY_SURNAMES = [
	"O'Neil",
	"N'Diaye",
	"D'Almeida",
	"L'Hermitte",
	'Lefèvre',
	'Le Goff',
	'Da Costa',
	'Dubœuf',
	'Bénard',
	'Ménard'
];

/** The addresses "à contrôler" of the demo: local is "prénom.nom", first the bare first name. */
const MALFORMED_EMAILS: readonly ((p: { local: string; first: string; last: string }) => {
	email: string;
	check: 'typo' | 'syntax';
	suggestion: string | null;
})[] = [
	({ local }) => ({ email: `${local}@gmial.com`, check: 'typo', suggestion: `${local}@gmail.com` }),
	({ local }) => ({ email: `${local}@hotmial.fr`, check: 'typo', suggestion: `${local}@hotmail.fr` }),
	({ local }) => ({ email: `${local}@gmail.con`, check: 'typo', suggestion: `${local}@gmail.com` }),
	({ local }) => ({ email: `${local}@oragne.fr`, check: 'typo', suggestion: `${local}@orange.fr` }),
	({ local }) => ({ email: `${local}@yahooo.fr`, check: 'typo', suggestion: `${local}@yahoo.fr` }),
	({ local }) => ({ email: `${local}@wanadoo.fe`, check: 'typo', suggestion: `${local}@wanadoo.fr` }),
	({ first }) => ({ email: `${first}@orange`, check: 'syntax', suggestion: `${first}@orange.fr` }),
	({ first, last }) => ({
		email: `${first}..${last}@free.fr`,
		check: 'syntax',
		suggestion: `${first}.${last}@free.fr`
	}),
	({ local }) => ({ email: `${local}laposte.net`, check: 'syntax', suggestion: `${local}@laposte.net` }),
	({ first, last }) => ({ email: `${first} ${last}@sfr.fr`, check: 'syntax', suggestion: null })
];

/** Everything is generated before the transaction opens, from one seeded generator. */
/** The agency's zone: the demo's dates are relative to its calendar day. */
const DEMO_TIMEZONE = 'Europe/Paris';

function buildDemo(passwordHash: string, today: string) {
	faker.seed(2026);
	const organisationId = crypto.randomUUID();
	const organisation = {
		id: organisationId,
		name: DEMO_ORGANISATION_NAME,
		addressLine1: '12 rue de la République',
		postalCode: '69002',
		city: 'Lyon',
		timezone: DEMO_TIMEZONE
	};
	const userRows = DEMO_USERS.map((user) => ({
		id: crypto.randomUUID(),
		email: user.email,
		name: user.name,
		passwordHash,
		locale: 'fr'
	}));
	const membershipRows = userRows.map((user, i) => ({ userId: user.id, organisationId, role: DEMO_USERS[i].role }));
	const groupRows = GROUP_NAMES.map((name) => ({ id: crypto.randomUUID(), organisationId, name }));

	// Fixed counts, shuffled over the debtors, so every demo has the same lists to work through.
	const anomalies = faker.helpers.shuffle<Anomaly>([
		...Array<Anomaly>(MALFORMED_EMAILS.length).fill('malformedEmail'),
		...Array<Anomaly>(10).fill('noRelanceContact'),
		...Array<Anomaly>(12).fill('noEmail'),
		...Array<Anomaly>(DEBTOR_COUNT - MALFORMED_EMAILS.length - 22).fill('none')
	]);
	const leaseNumbers = faker.helpers.uniqueArray(() => faker.number.int({ min: 1, max: 9999 }), DEBTOR_COUNT);
	let malformedCount = 0;
	let noRelanceCount = 0;

	const debtorRows: (typeof debtors.$inferInsert)[] = [];
	const debtorGroupRows: (typeof debtorGroups.$inferInsert)[] = [];
	const contactRows: ContactRow[] = [];
	const invoiceRows: InvoiceRow[] = [];
	const paymentRows: PaymentRow[] = [];

	for (let i = 0; i < DEBTOR_COUNT; i++) {
		const anomaly = anomalies[i];
		const debtorId = crypto.randomUUID();
		const company = faker.datatype.boolean({ probability: 0.08 }) ? faker.company.name() : null;
		const tenant = person();
		const property = address(PROPERTY_PLACES);
		const lease = `BAIL-${faker.number.int({ min: 2016, max: 2025 })}-${String(leaseNumbers[i]).padStart(4, '0')}`;
		debtorRows.push({
			id: debtorId,
			organisationId,
			accountNumber: `LOC-${String(i + 1).padStart(6, '0')}`,
			name: company ?? `${tenant.lastName} ${tenant.firstName}`,
			leaseReference: `${lease} — ${property.addressLine1}, ${property.postalCode} ${property.city}`
		});
		for (const group of faker.helpers.arrayElements(
			groupRows,
			faker.helpers.weightedArrayElement([
				{ weight: 55, value: 0 },
				{ weight: 35, value: 1 },
				{ weight: 10, value: 2 }
			])
		)) {
			debtorGroupRows.push({ debtorId, groupId: group.id });
		}

		const contact = (who: Person, fields: Partial<ContactRow> & Pick<ContactRow, 'role'>): void => {
			const { email = null, mobilePhone = mobile(0.8), ...rest } = fields;
			contactRows.push({
				organisationId,
				debtorId,
				...who,
				email,
				mobilePhone,
				consentEmail: email !== null && faker.datatype.boolean({ probability: 0.92 }),
				consentLetter: faker.datatype.boolean({ probability: 0.95 }),
				consentSms: mobilePhone !== null && faker.datatype.boolean({ probability: 0.55 }),
				...rest
			});
		};

		if (anomaly === 'noRelanceContact') {
			// Rotates between the three ways a debtor ends up on the "no reminder contact" list.
			const way = noRelanceCount++ % 3;
			if (way === 1) contact(tenant, { role: 'facturation', email: personalEmail(tenant), ...property });
			if (way === 2) {
				const guarantor = person();
				contact(guarantor, { role: 'garant', email: personalEmail(guarantor), ...address(OTHER_PLACES) });
			}
		} else if (anomaly === 'noEmail') {
			contact(tenant, { role: 'relance', mobilePhone: mobile(0.5), ...property });
		} else if (anomaly === 'malformedEmail') {
			const first = slug(tenant.firstName);
			const last = slug(tenant.lastName);
			const bad = MALFORMED_EMAILS[malformedCount++]({ local: `${first}.${last}`, first, last });
			contact(tenant, {
				role: 'relance',
				email: bad.email,
				emailCheck: bad.check,
				emailSuggestion: bad.suggestion,
				...property
			});
		} else if (company) {
			const domain = `${slug(company).replace(/-/g, '')}.fr`;
			const email = `${slug(tenant.firstName)}.${slug(tenant.lastName)}@${domain}`;
			contact(tenant, { role: 'relance', email, ...property });
			contact(person(), { role: 'facturation', email: `comptabilite@${domain}`, mobilePhone: null, ...property });
		} else {
			contact(tenant, { role: 'relance', email: personalEmail(tenant), ...property });
			if (faker.datatype.boolean({ probability: 0.15 })) {
				const partner = { ...person(), lastName: faker.datatype.boolean() ? tenant.lastName : faker.person.lastName() };
				contact(partner, { role: 'relance', email: personalEmail(partner), ...property });
			}
			if (faker.datatype.boolean({ probability: 0.3 })) {
				const guarantor = person();
				const email = faker.datatype.boolean({ probability: 0.8 }) ? personalEmail(guarantor) : null;
				contact(guarantor, { role: 'garant', email, ...address(OTHER_PLACES) });
			}
			if (faker.datatype.boolean({ probability: 0.04 })) {
				const curator = person();
				contact(curator, { role: 'autre', email: personalEmail(curator), ...address(PROPERTY_PLACES) });
			}
		}

		addInvoices(i, debtorId, company !== null);
	}

	function addInvoices(debtorIndex: number, debtorId: string, company: boolean): void {
		const count = faker.number.int({ min: 1, max: 6 });
		// Most leases run to this month; the others ended, often leaving a debt behind.
		const newest = faker.datatype.boolean({ probability: 0.7 }) ? 0 : faker.number.int({ min: 0, max: 9 - count });
		const rent = faker.number.int(company ? { min: 9000, max: 12000 } : { min: 4500, max: 12000 }) * 10;
		const profile = faker.helpers.weightedArrayElement([
			{ weight: 30, value: 'upToDate' as const },
			{ weight: 45, value: 'late' as const },
			{ weight: 25, value: 'heavy' as const }
		]);
		const byDebit = profile === 'upToDate';
		const unpaid = unpaidCount(profile, count, newest === 0);
		for (let k = 0; k < count; k++) {
			const issueDate = monthStart(today, newest + count - 1 - k);
			const dueDate = addDays(issueDate, 10);
			const invoiceId = crypto.randomUUID();
			const settled = k < count - unpaid;
			const partial = !settled && k === count - unpaid && faker.datatype.boolean({ probability: 0.3 });
			const paidCents = settled ? rent : partial ? instalment(rent) : 0;
			// Reminder dates stay strictly before today, so no reminder appears to come from the future.
			const daysLate = daysBetween(dueDate, today);
			const overdueLevel = daysLate > 45 ? 2 : daysLate > 15 ? 1 : 0;
			const level = paidCents < rent && faker.datatype.boolean({ probability: 0.7 }) ? overdueLevel : 0;
			invoiceRows.push({
				id: invoiceId,
				debtorIndex,
				organisationId,
				debtorId,
				number: '',
				issueDate,
				dueDate,
				amountCents: rent,
				paidCents,
				reminderLevel: level,
				lastReminderAt: level ? new Date(`${addDays(dueDate, level === 2 ? 45 : 15)}T08:00:00Z`) : null
			});
			if (paidCents === 0) continue;
			const delay = faker.number.int(byDebit ? { min: -8, max: 2 } : { min: -2, max: 40 });
			const paidOn = minDay(addDays(dueDate, delay), today);
			// Some settled rents came in two instalments, as the payment history of a real ledger shows.
			const split = settled && !byDebit && faker.datatype.boolean({ probability: 0.25 });
			const first = split ? instalment(rent) : paidCents;
			paymentRows.push(payment(debtorId, invoiceId, first, minDay(dueDate, paidOn), byDebit));
			if (split) paymentRows.push(payment(debtorId, invoiceId, paidCents - first, paidOn, byDebit));
		}
	}

	function unpaidCount(profile: 'upToDate' | 'late' | 'heavy', count: number, current: boolean): number {
		// A good payer owes at most this month's rent, which may not even be due yet.
		if (profile === 'upToDate') return current ? faker.number.int({ min: 0, max: 1 }) : 0;
		if (profile === 'late') return faker.number.int({ min: 1, max: Math.min(2, count) });
		return faker.number.int({ min: Math.ceil(count / 2), max: count });
	}

	function payment(debtorId: string, invoiceId: string, amountCents: number, paidOn: string, byDebit: boolean) {
		const method = byDebit ? 'PRLV SEPA' : faker.helpers.arrayElement(['VIR', 'VIR', 'CHQ', 'CB']);
		return {
			organisationId,
			debtorId,
			invoiceId,
			amountCents,
			paidOn,
			reference: `${method} ${faker.string.alphanumeric({ length: 10, casing: 'upper' })}`
		};
	}

	// Numbered per year in issue order, as an accounting ledger would.
	invoiceRows.sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.debtorIndex - b.debtorIndex);
	const perYear = new Map<string, number>();
	for (const invoice of invoiceRows) {
		const year = invoice.issueDate.slice(0, 4);
		const next = (perYear.get(year) ?? 0) + 1;
		perYear.set(year, next);
		invoice.number = `F-${year}-${String(next).padStart(5, '0')}`;
	}

	return {
		organisation,
		users: userRows,
		memberships: membershipRows,
		groups: groupRows,
		debtors: debtorRows,
		debtorGroups: debtorGroupRows,
		contacts: contactRows,
		invoices: invoiceRows.map(({ debtorIndex: _, ...invoice }) => invoice),
		payments: paymentRows
	};
}

function person(): Person {
	const sex = faker.person.sexType();
	return {
		civility: sex === 'female' ? 'Mme' : 'M.',
		firstName: faker.person.firstName(sex),
		lastName: faker.datatype.boolean({ probability: 0.08 })
			? faker.helpers.arrayElement(TRICKY_SURNAMES)
			: faker.person.lastName()
	};
}

function address(places: readonly Place[]) {
	const [postalCode, city] = faker.helpers.arrayElement(places);
	const street = faker.location.street();
	const bis = faker.datatype.boolean({ probability: 0.05 }) ? ' bis' : '';
	const number = `${faker.number.int({ min: 1, max: 140 })}${bis}`;
	const floor = faker.number.int({ min: 1, max: 8 });
	const addressLine2 =
		faker.helpers.maybe(
			() =>
				faker.helpers.arrayElement([
					`Appartement ${faker.number.int({ min: 1, max: 45 })}`,
					`Bâtiment ${faker.string.fromCharacters('ABCD')}, appartement ${faker.number.int({ min: 1, max: 45 })}`,
					`${floor}${floor === 1 ? 'er' : 'e'} étage`
				]),
			{ probability: 0.6 }
		) ?? '';
	// The locale capitalises the street type ("Rue de…"), French addresses write it in lower case.
	const addressLine1 = `${number} ${street.charAt(0).toLowerCase()}${street.slice(1)}`;
	return { addressLine1, addressLine2, postalCode, city };
}

function personalEmail(who: Person): string {
	const suffix = faker.helpers.maybe(() => String(faker.number.int({ min: 1, max: 99 })), { probability: 0.25 }) ?? '';
	return `${slug(who.firstName)}.${slug(who.lastName)}${suffix}@${faker.helpers.arrayElement(MAIL_PROVIDERS)}`;
}

/** A part payment in whole euros, strictly between nothing and the full amount. */
function instalment(amountCents: number): number {
	return faker.number.int({ min: 1, max: Math.floor(amountCents / 100) - 1 }) * 100;
}

function mobile(probability: number): string | null {
	return faker.datatype.boolean({ probability })
		? `+33${faker.helpers.arrayElement(['6', '7'])}${faker.string.numeric(8)}`
		: null;
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

function monthStart(day: string, monthsBack: number): string {
	const [year, month] = day.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1 - monthsBack, 1)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function minDay(a: string, b: string): string {
	return a < b ? a : b;
}
