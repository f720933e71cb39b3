import { N as get_request_store, m as merge_tracing, w as with_request_store, C as error } from '../chunks/utils.js-BmkJLse3.js';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { o as organisations, u as users, t as templates, s as sessions, r as roleEnum, a as reminders, b as reminderStatusEnum, c as reminderRecipients, d as reminderInvoices, e as reminderEvents, p as payments, m as memberships, l as loginThrottle, i as invoices, g as groups, f as debtors, h as debtorGroups, j as contacts, k as contactRoleEnum, C as CHANNELS } from '../chunks/reminders.js-1QsuNvTf.js';
import { sql, ilike, eq } from 'drizzle-orm';
import { fakerFR } from '@faker-js/faker';
import { h as hashPassword } from '../chunks/passwords.js-CIRqH2Uv.js';
import { g as getLocale, a as getServerAsyncLocalStorage, i as isExcludedByRouteStrategy, s as serverAsyncLocalStorage, b as baseLocale, c as getStrategyForUrl, d as shouldRedirect, e as deLocalizeUrl, o as overwriteServerAsyncLocalStorage } from '../chunks/runtime.js-CK3d4wQN.js';
import { S as SESSION_COOKIE, v as validateSessionToken } from '../chunks/sessions.js-66C3_QJz.js';
import { s as setSessionCookie, d as deleteSessionCookie } from '../chunks/cookies.js-BGHUYb7P.js';
import { r as resolveActiveOrganisation } from '../chunks/memberships.js-TUsGSZYS.js';
import { d as decide } from '../chunks/permissions.js-B377RYEP.js';
import { e as error_not_found } from '../chunks/error_not_found.js-CUBvdG1a.js';
import { e as error_generic } from '../chunks/error_generic.js-Upp-Gm8K.js';
import '../chunks/utils2.js-ejsMtG81.js';
import 'drizzle-orm/pg-core';
import '@node-rs/argon2';
import '@oslojs/crypto/sha2';
import '@oslojs/encoding';

/** @import { Handle, RequestEvent, ResolveOptions } from '@sveltejs/kit' */
/** @import { MaybePromise } from 'types' */

/**
 * A helper function for sequencing multiple `handle` calls in a middleware-like manner.
 * The behavior for the `handle` options is as follows:
 * - `transformPageChunk` is applied in reverse order and merged
 * - `preload` is applied in forward order, the first option "wins" and no `preload` options after it are called
 * - `filterSerializedResponseHeaders` behaves the same as `preload`
 *
 * ```js
 * /// file: src/hooks.server.js
 * import { sequence } from '@sveltejs/kit/hooks';
 *
 * /// type: import('@sveltejs/kit').Handle
 * async function first({ event, resolve }) {
 * 	console.log('first pre-processing');
 * 	const result = await resolve(event, {
 * 		transformPageChunk: ({ html }) => {
 * 			// transforms are applied in reverse order
 * 			console.log('first transform');
 * 			return html;
 * 		},
 * 		preload: () => {
 * 			// this one wins as it's the first defined in the chain
 * 			console.log('first preload');
 * 			return true;
 * 		}
 * 	});
 * 	console.log('first post-processing');
 * 	return result;
 * }
 *
 * /// type: import('@sveltejs/kit').Handle
 * async function second({ event, resolve }) {
 * 	console.log('second pre-processing');
 * 	const result = await resolve(event, {
 * 		transformPageChunk: ({ html }) => {
 * 			console.log('second transform');
 * 			return html;
 * 		},
 * 		preload: () => {
 * 			console.log('second preload');
 * 			return true;
 * 		},
 * 		filterSerializedResponseHeaders: () => {
 * 			// this one wins as it's the first defined in the chain
 * 			console.log('second filterSerializedResponseHeaders');
 * 			return true;
 * 		}
 * 	});
 * 	console.log('second post-processing');
 * 	return result;
 * }
 *
 * export const handle = sequence(first, second);
 * ```
 *
 * The example above would print:
 *
 * ```
 * first pre-processing
 * first preload
 * second pre-processing
 * second filterSerializedResponseHeaders
 * second transform
 * first transform
 * second post-processing
 * first post-processing
 * ```
 *
 * @param {...Handle} handlers The chain of `handle` functions
 * @returns {Handle}
 */
function sequence(...handlers) {
	const length = handlers.length;
	if (!length) return ({ event, resolve }) => resolve(event);

	return ({ event, resolve }) => {
		const { state } = get_request_store();
		return apply_handle(0, event, {});

		/**
		 * @param {number} i
		 * @param {RequestEvent} event
		 * @param {ResolveOptions | undefined} parent_options
		 * @returns {MaybePromise<Response>}
		 */
		function apply_handle(i, event, parent_options) {
			const handle = handlers[i];

			return state.tracing.record_span({
				name: `sveltekit.handle.sequenced.${handle.name ? handle.name : i}`,
				attributes: {},
				fn: async (current) => {
					const traced_event = merge_tracing(event, current);
					return await with_request_store({ event: traced_event, state }, () =>
						handle({
							event: traced_event,
							resolve: (event, options) => {
								/** @type {ResolveOptions['transformPageChunk']} */
								const transformPageChunk = async ({ html, done }) => {
									if (options?.transformPageChunk) {
										html = (await options.transformPageChunk({ html, done })) ?? '';
									}

									if (parent_options?.transformPageChunk) {
										html = (await parent_options.transformPageChunk({ html, done })) ?? '';
									}

									return html;
								};

								/** @type {ResolveOptions['filterSerializedResponseHeaders']} */
								const filterSerializedResponseHeaders =
									parent_options?.filterSerializedResponseHeaders ??
									options?.filterSerializedResponseHeaders;

								/** @type {ResolveOptions['preload']} */
								const preload = parent_options?.preload ?? options?.preload;

								return i < length - 1
									? apply_handle(i + 1, event, {
											transformPageChunk,
											filterSerializedResponseHeaders,
											preload
										})
									: resolve(event, {
											transformPageChunk,
											filterSerializedResponseHeaders,
											preload
										});
							}
						})
					);
				}
			});
		}
	};
}

const fr_error_forbidden = (
  /** @type {(inputs: Error_ForbiddenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Votre rôle ne permet pas d'accéder à cette page.`
    );
  }
);
const en_error_forbidden = (
  /** @type {(inputs: Error_ForbiddenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Your role does not give access to this page.`
    );
  }
);
const error_forbidden = (
  /** @type {((inputs?: Error_ForbiddenInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_ForbiddenInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_forbidden();
    return fr_error_forbidden();
  })
);
const config = {
  get databaseUrl() {
    return process.env.DATABASE_URL || void 0;
  },
  get pgliteDataDir() {
    return path.resolve(process.env.PGLITE_DATA_DIR || "data");
  },
  get migrationsDir() {
    return path.resolve(process.env.MIGRATIONS_DIR || "drizzle");
  },
  get demoData() {
    return process.env.DEMO_DATA !== "off";
  },
  get demoPassword() {
    return process.env.DEMO_PASSWORD || "relance-demo";
  }
};
const schema = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  CHANNELS,
  contactRoleEnum,
  contacts,
  debtorGroups,
  debtors,
  groups,
  invoices,
  loginThrottle,
  memberships,
  organisations,
  payments,
  reminderEvents,
  reminderInvoices,
  reminderRecipients,
  reminderStatusEnum,
  reminders,
  roleEnum,
  sessions,
  templates,
  users
}, Symbol.toStringTag, { value: "Module" }));
async function openDatabase(options) {
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
  return openPglite(options);
}
async function openPostgres(url, max) {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, { max, onnotice: () => {
  } });
  const db = drizzle(client, { schema });
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}
async function openPglite(options) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = options.pglite ?? await PGlite.create(options.dataDir ?? "memory://");
  const db = drizzle(client, { schema });
  return { db, kind: "pglite", close: () => client.close() };
}
async function migrateDatabase(database2, migrationsFolder) {
  if (database2.kind === "postgres") {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(database2.db, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database2.db, { migrationsFolder });
  }
}
let current;
const INJECTED_DATABASE = /* @__PURE__ */ Symbol.for("relance.database");
function database() {
  const injected = globalThis[INJECTED_DATABASE];
  if (injected) return Promise.resolve(injected);
  current ??= start().catch((error2) => {
    current = void 0;
    throw error2;
  });
  return current;
}
async function start() {
  const url = config.databaseUrl;
  if (!url) await mkdir(config.pgliteDataDir, { recursive: true });
  const db = await openDatabase({ url, dataDir: url ? void 0 : config.pgliteDataDir });
  await migrateDatabase(db, config.migrationsDir);
  return db;
}
const SENDER = "{{ organisation.nom }}\n{{ organisation.adresse }}";
const RECIPIENT = "{{ nom_complet }}\n{{ adresse }}";
const CLOSING = "Veuillez agréer, {{ civilite_longue }}, l'expression de nos salutations distinguées.";
const SECOND_NOTICE = `Malgré notre précédent rappel, nous constatons que les sommes suivantes restent impayées à ce jour :

{{ tableau_factures }}

Nous vous demandons de régler la somme de {{ solde }} sous huit jours. À défaut, nous serons contraints d'engager la procédure de recouvrement prévue à votre bail.

Si vous rencontrez des difficultés de paiement, contactez-nous sans tarder : un échéancier peut être étudié.`;
async function seedDemoTemplates(tx, organisationId, groupIds = {}) {
  await tx.insert(templates).values([
    {
      organisationId,
      name: "Première relance",
      shortDescription: "Première relance",
      description: "Rappel courtois, envoyé quelques jours après l'échéance.",
      channels: ["email", "sms"],
      emailSubject: "Rappel de paiement – compte {{ compte }}",
      emailHeader: "{{ organisation.nom }}",
      emailBody: `{{ civilite_longue }},

Sauf erreur de notre part, nous n'avons pas encore reçu le règlement des sommes suivantes, dues au titre de votre bail {{ bail }} :

{{ tableau_factures }}

Il s'agit probablement d'un simple oubli : nous vous remercions de bien vouloir régulariser votre situation dans les meilleurs délais.

Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message. Nous restons à votre disposition pour toute question.`,
      emailFooter: `Le service gestion locative
${SENDER}`,
      smsText: "{{ organisation.nom }} : sauf erreur, votre solde de {{ solde }} (compte {{ compte }}) reste impayé. Merci de le régler rapidement ou de nous contacter."
    },
    {
      organisationId,
      name: "Deuxième relance",
      shortDescription: "Deuxième relance",
      description: "Relance ferme, par e-mail et par courrier, validée avant envoi.",
      requiresValidation: true,
      channels: ["email", "letter"],
      emailSubject: "Deuxième relance : {{ solde }} à régler – compte {{ compte }}",
      emailHeader: "{{ organisation.nom }}",
      emailBody: `{{ civilite_longue }},

${SECOND_NOTICE}

${CLOSING}`,
      emailFooter: `Le service gestion locative
${SENDER}`,
      letterBody: `${SENDER}

${RECIPIENT}

Le {{ date_du_jour }}

Objet : deuxième relance – compte {{ compte }}
Bail : {{ bail }}

{{ civilite_longue }},

${SECOND_NOTICE}

${CLOSING}

Le service gestion locative`
    },
    {
      organisationId,
      name: "Mise en demeure",
      shortDescription: "Mise en demeure",
      description: "Courrier recommandé avant transmission au contentieux.",
      requiresValidation: true,
      keep: false,
      groupId: groupIds["Contentieux"] ?? null,
      channels: ["letter"],
      letterBody: `${SENDER}

${RECIPIENT}

Le {{ date_du_jour }}

Lettre recommandée avec accusé de réception

Objet : mise en demeure de payer – compte {{ compte }}
Bail : {{ bail }}

{{ civilite_longue }},

Malgré nos relances restées sans effet, vous restez redevable de la somme de {{ solde }} au titre des loyers et charges détaillés ci-dessous :

{{ tableau_factures }}

Par la présente, nous vous mettons en demeure de régler l'intégralité de cette somme dans un délai de quinze jours à compter de la réception de ce courrier.

À défaut de règlement dans ce délai, nous transmettrons votre dossier à notre service contentieux afin d'engager toute procédure utile au recouvrement de notre créance, y compris la mise en œuvre de la clause résolutoire prévue au bail et, le cas échéant, l'appel à la caution.

${CLOSING}

Le service contentieux`
    }
  ]);
}
const DEMO_ORGANISATION_NAME = "Agence Démo";
const DEMO_EMAIL_DOMAIN = "demo.relance.fr";
const DEMO_USERS = [
  { role: "admin", email: `admin@${DEMO_EMAIL_DOMAIN}`, name: "Isabelle Rousseau" },
  { role: "manager", email: `gestionnaire@${DEMO_EMAIL_DOMAIN}`, name: "Julien Lefèvre" },
  { role: "approver", email: `valideur@${DEMO_EMAIL_DOMAIN}`, name: "Nathalie Girard" },
  { role: "agent", email: `agent@${DEMO_EMAIL_DOMAIN}`, name: "Karim Benali" }
];
const GROUP_NAMES = ["Rejet", "Assurances", "Contentieux"];
const DEBTOR_COUNT = 200;
const CHUNK = 500;
const DEMO_LOCK_KEY = 7262026;
function demoLogins(password) {
  return DEMO_USERS.map(({ role, email }) => ({ role, email, password }));
}
function isDemoUser() {
  return ilike(users.email, `%@${DEMO_EMAIL_DOMAIN}`);
}
async function lockDemo(db) {
  await db.execute(sql.raw(`select pg_advisory_xact_lock(${DEMO_LOCK_KEY})`));
}
async function demoOrganisationExists(db) {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, DEMO_ORGANISATION_NAME)).limit(1);
  return Boolean(row);
}
async function seedDemo(db, password) {
  const demo = buildDemo(await hashPassword(password), parisToday());
  await db.transaction(async (tx) => {
    await lockDemo(tx);
    const [demoUser] = await tx.select({ id: users.id }).from(users).where(isDemoUser()).limit(1);
    if (demoUser || await demoOrganisationExists(tx))
      throw new Error("Les données de démonstration existent déjà : « demo:reset » les recrée.");
    await tx.insert(organisations).values(demo.organisation);
    await insertChunked(tx, users, demo.users);
    await insertChunked(tx, memberships, demo.memberships);
    await insertChunked(tx, groups, demo.groups);
    await insertChunked(tx, debtors, demo.debtors);
    await insertChunked(tx, debtorGroups, demo.debtorGroups);
    await insertChunked(tx, contacts, demo.contacts);
    await insertChunked(tx, invoices, demo.invoices);
    await insertChunked(tx, payments, demo.payments);
    await seedDemoTemplates(tx, demo.organisation.id, Object.fromEntries(demo.groups.map((g) => [g.name, g.id])));
  });
  return demoLogins(password);
}
async function insertChunked(db, table, rows) {
  for (let start2 = 0; start2 < rows.length; start2 += CHUNK) {
    await db.insert(table).values(rows.slice(start2, start2 + CHUNK));
  }
}
const PROPERTY_PLACES = [
  ["69001", "Lyon"],
  ["69002", "Lyon"],
  ["69003", "Lyon"],
  ["69004", "Lyon"],
  ["69005", "Lyon"],
  ["69006", "Lyon"],
  ["69007", "Lyon"],
  ["69008", "Lyon"],
  ["69009", "Lyon"],
  ["69100", "Villeurbanne"],
  ["69120", "Vaulx-en-Velin"],
  ["69130", "Écully"],
  ["69200", "Vénissieux"],
  ["69300", "Caluire-et-Cuire"],
  ["69500", "Bron"],
  ["69600", "Oullins"]
];
const OTHER_PLACES = [
  ["75011", "Paris"],
  ["13008", "Marseille"],
  ["38000", "Grenoble"],
  ["42000", "Saint-Étienne"],
  ["74000", "Annecy"],
  ["01000", "Bourg-en-Bresse"],
  ["63000", "Clermont-Ferrand"],
  ["73000", "Chambéry"],
  ["71000", "Mâcon"],
  ["69400", "Villefranche-sur-Saône"],
  ["26000", "Valence"],
  ["21000", "Dijon"]
];
const MAIL_PROVIDERS = [
  "gmail.com",
  "orange.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "hotmail.fr",
  "yahoo.fr",
  "outlook.fr",
  "wanadoo.fr"
];
const TRICKY_SURNAMES = [
  "O'Neil",
  "N'Diaye",
  "D'Almeida",
  "L'Hermitte",
  "Lefèvre",
  "Le Goff",
  "Da Costa",
  "Dubœuf",
  "Bénard",
  "Ménard"
];
const MALFORMED_EMAILS = [
  ({ local }) => ({ email: `${local}@gmial.com`, check: "typo", suggestion: `${local}@gmail.com` }),
  ({ local }) => ({ email: `${local}@hotmial.fr`, check: "typo", suggestion: `${local}@hotmail.fr` }),
  ({ local }) => ({ email: `${local}@gmail.con`, check: "typo", suggestion: `${local}@gmail.com` }),
  ({ local }) => ({ email: `${local}@oragne.fr`, check: "typo", suggestion: `${local}@orange.fr` }),
  ({ local }) => ({ email: `${local}@yahooo.fr`, check: "typo", suggestion: `${local}@yahoo.fr` }),
  ({ local }) => ({ email: `${local}@wanadoo.fe`, check: "typo", suggestion: `${local}@wanadoo.fr` }),
  ({ first }) => ({ email: `${first}@orange`, check: "syntax", suggestion: `${first}@orange.fr` }),
  ({ first, last }) => ({ email: `${first}..${last}@free.fr`, check: "syntax", suggestion: `${first}.${last}@free.fr` }),
  ({ local }) => ({ email: `${local}laposte.net`, check: "syntax", suggestion: `${local}@laposte.net` }),
  ({ first, last }) => ({ email: `${first} ${last}@sfr.fr`, check: "syntax", suggestion: null })
];
function buildDemo(passwordHash, today) {
  fakerFR.seed(2026);
  const organisationId = crypto.randomUUID();
  const organisation2 = {
    id: organisationId,
    name: DEMO_ORGANISATION_NAME,
    addressLine1: "12 rue de la République",
    postalCode: "69002",
    city: "Lyon",
    timezone: "Europe/Paris"
  };
  const userRows = DEMO_USERS.map((user) => ({
    id: crypto.randomUUID(),
    email: user.email,
    name: user.name,
    passwordHash,
    locale: "fr"
  }));
  const membershipRows = userRows.map((user, i) => ({ userId: user.id, organisationId, role: DEMO_USERS[i].role }));
  const groupRows = GROUP_NAMES.map((name) => ({ id: crypto.randomUUID(), organisationId, name }));
  const anomalies = fakerFR.helpers.shuffle([
    ...Array(MALFORMED_EMAILS.length).fill("malformedEmail"),
    ...Array(10).fill("noRelanceContact"),
    ...Array(12).fill("noEmail"),
    ...Array(DEBTOR_COUNT - MALFORMED_EMAILS.length - 22).fill("none")
  ]);
  const leaseNumbers = fakerFR.helpers.uniqueArray(() => fakerFR.number.int({ min: 1, max: 9999 }), DEBTOR_COUNT);
  let malformedCount = 0;
  let noRelanceCount = 0;
  const debtorRows = [];
  const debtorGroupRows = [];
  const contactRows = [];
  const invoiceRows = [];
  const paymentRows = [];
  for (let i = 0; i < DEBTOR_COUNT; i++) {
    const anomaly = anomalies[i];
    const debtorId = crypto.randomUUID();
    const company = fakerFR.datatype.boolean({ probability: 0.08 }) ? fakerFR.company.name() : null;
    const tenant = person();
    const property = address(PROPERTY_PLACES);
    const lease = `BAIL-${fakerFR.number.int({ min: 2016, max: 2025 })}-${String(leaseNumbers[i]).padStart(4, "0")}`;
    debtorRows.push({
      id: debtorId,
      organisationId,
      accountNumber: `LOC-${String(i + 1).padStart(6, "0")}`,
      name: company ?? `${tenant.lastName} ${tenant.firstName}`,
      leaseReference: `${lease} — ${property.addressLine1}, ${property.postalCode} ${property.city}`
    });
    for (const group of fakerFR.helpers.arrayElements(
      groupRows,
      fakerFR.helpers.weightedArrayElement([
        { weight: 55, value: 0 },
        { weight: 35, value: 1 },
        { weight: 10, value: 2 }
      ])
    )) {
      debtorGroupRows.push({ debtorId, groupId: group.id });
    }
    const contact = (who, fields) => {
      const { email = null, mobilePhone = mobile(0.8), ...rest } = fields;
      contactRows.push({
        organisationId,
        debtorId,
        ...who,
        email,
        mobilePhone,
        consentEmail: email !== null && fakerFR.datatype.boolean({ probability: 0.92 }),
        consentLetter: fakerFR.datatype.boolean({ probability: 0.95 }),
        consentSms: mobilePhone !== null && fakerFR.datatype.boolean({ probability: 0.55 }),
        ...rest
      });
    };
    if (anomaly === "noRelanceContact") {
      const way = noRelanceCount++ % 3;
      if (way === 1) contact(tenant, { role: "facturation", email: personalEmail(tenant), ...property });
      if (way === 2) {
        const guarantor = person();
        contact(guarantor, { role: "garant", email: personalEmail(guarantor), ...address(OTHER_PLACES) });
      }
    } else if (anomaly === "noEmail") {
      contact(tenant, { role: "relance", mobilePhone: mobile(0.5), ...property });
    } else if (anomaly === "malformedEmail") {
      const first = slug(tenant.firstName);
      const last = slug(tenant.lastName);
      const bad = MALFORMED_EMAILS[malformedCount++]({ local: `${first}.${last}`, first, last });
      contact(tenant, {
        role: "relance",
        email: bad.email,
        emailCheck: bad.check,
        emailSuggestion: bad.suggestion,
        ...property
      });
    } else if (company) {
      const domain = `${slug(company).replace(/-/g, "")}.fr`;
      const email = `${slug(tenant.firstName)}.${slug(tenant.lastName)}@${domain}`;
      contact(tenant, { role: "relance", email, ...property });
      contact(person(), { role: "facturation", email: `comptabilite@${domain}`, mobilePhone: null, ...property });
    } else {
      contact(tenant, { role: "relance", email: personalEmail(tenant), ...property });
      if (fakerFR.datatype.boolean({ probability: 0.15 })) {
        const partner = { ...person(), lastName: fakerFR.datatype.boolean() ? tenant.lastName : fakerFR.person.lastName() };
        contact(partner, { role: "relance", email: personalEmail(partner), ...property });
      }
      if (fakerFR.datatype.boolean({ probability: 0.3 })) {
        const guarantor = person();
        const email = fakerFR.datatype.boolean({ probability: 0.8 }) ? personalEmail(guarantor) : null;
        contact(guarantor, { role: "garant", email, ...address(OTHER_PLACES) });
      }
      if (fakerFR.datatype.boolean({ probability: 0.04 })) {
        const curator = person();
        contact(curator, { role: "autre", email: personalEmail(curator), ...address(PROPERTY_PLACES) });
      }
    }
    addInvoices(i, debtorId, company !== null);
  }
  function addInvoices(debtorIndex, debtorId, company) {
    const count = fakerFR.number.int({ min: 1, max: 6 });
    const newest = fakerFR.datatype.boolean({ probability: 0.7 }) ? 0 : fakerFR.number.int({ min: 0, max: 9 - count });
    const rent = fakerFR.number.int(company ? { min: 9e3, max: 12e3 } : { min: 4500, max: 12e3 }) * 10;
    const profile = fakerFR.helpers.weightedArrayElement([
      { weight: 30, value: "upToDate" },
      { weight: 45, value: "late" },
      { weight: 25, value: "heavy" }
    ]);
    const byDebit = profile === "upToDate";
    const unpaid = unpaidCount(profile, count, newest === 0);
    for (let k = 0; k < count; k++) {
      const issueDate = monthStart(today, newest + count - 1 - k);
      const dueDate = addDays(issueDate, 10);
      const invoiceId = crypto.randomUUID();
      const settled = k < count - unpaid;
      const partial = !settled && k === count - unpaid && fakerFR.datatype.boolean({ probability: 0.3 });
      const paidCents = settled ? rent : partial ? instalment(rent) : 0;
      const daysLate = daysBetween(dueDate, today);
      const overdueLevel = daysLate > 45 ? 2 : daysLate > 15 ? 1 : 0;
      const level = paidCents < rent && fakerFR.datatype.boolean({ probability: 0.7 }) ? overdueLevel : 0;
      invoiceRows.push({
        id: invoiceId,
        debtorIndex,
        organisationId,
        debtorId,
        number: "",
        issueDate,
        dueDate,
        amountCents: rent,
        paidCents,
        reminderLevel: level,
        lastReminderAt: level ? /* @__PURE__ */ new Date(`${addDays(dueDate, level === 2 ? 45 : 15)}T08:00:00Z`) : null
      });
      if (paidCents === 0) continue;
      const delay = fakerFR.number.int(byDebit ? { min: -8, max: 2 } : { min: -2, max: 40 });
      const paidOn = minDay(addDays(dueDate, delay), today);
      const split = settled && !byDebit && fakerFR.datatype.boolean({ probability: 0.25 });
      const first = split ? instalment(rent) : paidCents;
      paymentRows.push(payment(debtorId, invoiceId, first, minDay(dueDate, paidOn), byDebit));
      if (split) paymentRows.push(payment(debtorId, invoiceId, paidCents - first, paidOn, byDebit));
    }
  }
  function unpaidCount(profile, count, current2) {
    if (profile === "upToDate") return current2 ? fakerFR.number.int({ min: 0, max: 1 }) : 0;
    if (profile === "late") return fakerFR.number.int({ min: 1, max: Math.min(2, count) });
    return fakerFR.number.int({ min: Math.ceil(count / 2), max: count });
  }
  function payment(debtorId, invoiceId, amountCents, paidOn, byDebit) {
    const method = byDebit ? "PRLV SEPA" : fakerFR.helpers.arrayElement(["VIR", "VIR", "CHQ", "CB"]);
    return {
      organisationId,
      debtorId,
      invoiceId,
      amountCents,
      paidOn,
      reference: `${method} ${fakerFR.string.alphanumeric({ length: 10, casing: "upper" })}`
    };
  }
  invoiceRows.sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.debtorIndex - b.debtorIndex);
  const perYear = /* @__PURE__ */ new Map();
  for (const invoice of invoiceRows) {
    const year = invoice.issueDate.slice(0, 4);
    const next = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, next);
    invoice.number = `F-${year}-${String(next).padStart(5, "0")}`;
  }
  return {
    organisation: organisation2,
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
function person() {
  const sex = fakerFR.person.sexType();
  return {
    civility: sex === "female" ? "Mme" : "M.",
    firstName: fakerFR.person.firstName(sex),
    lastName: fakerFR.datatype.boolean({ probability: 0.08 }) ? fakerFR.helpers.arrayElement(TRICKY_SURNAMES) : fakerFR.person.lastName()
  };
}
function address(places) {
  const [postalCode, city] = fakerFR.helpers.arrayElement(places);
  const street = fakerFR.location.street();
  const bis = fakerFR.datatype.boolean({ probability: 0.05 }) ? " bis" : "";
  const number = `${fakerFR.number.int({ min: 1, max: 140 })}${bis}`;
  const floor = fakerFR.number.int({ min: 1, max: 8 });
  const addressLine2 = fakerFR.helpers.maybe(
    () => fakerFR.helpers.arrayElement([
      `Appartement ${fakerFR.number.int({ min: 1, max: 45 })}`,
      `Bâtiment ${fakerFR.string.fromCharacters("ABCD")}, appartement ${fakerFR.number.int({ min: 1, max: 45 })}`,
      `${floor}${floor === 1 ? "er" : "e"} étage`
    ]),
    { probability: 0.6 }
  ) ?? "";
  const addressLine1 = `${number} ${street.charAt(0).toLowerCase()}${street.slice(1)}`;
  return { addressLine1, addressLine2, postalCode, city };
}
function personalEmail(who) {
  const suffix = fakerFR.helpers.maybe(() => String(fakerFR.number.int({ min: 1, max: 99 })), { probability: 0.25 }) ?? "";
  return `${slug(who.firstName)}.${slug(who.lastName)}${suffix}@${fakerFR.helpers.arrayElement(MAIL_PROVIDERS)}`;
}
function instalment(amountCents) {
  return fakerFR.number.int({ min: 1, max: Math.floor(amountCents / 100) - 1 }) * 100;
}
function mobile(probability) {
  return fakerFR.datatype.boolean({ probability }) ? `+33${fakerFR.helpers.arrayElement(["6", "7"])}${fakerFR.string.numeric(8)}` : null;
}
function slug(text) {
  return text.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function parisToday() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(/* @__PURE__ */ new Date());
}
function addDays(day, days) {
  const date = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
function monthStart(day, monthsBack) {
  const [year, month] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1 - monthsBack, 1)).toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function minDay(a, b) {
  return a < b ? a : b;
}
const ROLE_LABELS = {
  admin: "Administrateur",
  manager: "Gestionnaire",
  approver: "Valideur",
  agent: "Agent"
};
async function prepareDemo(db) {
  if (config.demoData) {
    await db.transaction(async (tx) => {
      await lockDemo(tx);
      const [anyOrganisation] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
      if (anyOrganisation) return;
      await tx.delete(users).where(isDemoUser());
      await seedDemo(tx, config.demoPassword);
    });
  }
  if (await demoOrganisationExists(db)) console.log(formatDemoLogins(demoLogins(config.demoPassword)));
}
function formatDemoLogins(logins) {
  const [{ password }] = logins;
  const width = Math.max(...Object.values(ROLE_LABELS).map((label) => label.length));
  return [
    "",
    `Relance — comptes de démonstration (mot de passe : ${password})`,
    ...logins.map((login) => `  ${ROLE_LABELS[login.role].padEnd(width)}  ${login.email}`),
    ""
  ].join("\n");
}
async function paraglideMiddleware(request, resolve, options) {
  let requestAsyncLocalStorage = serverAsyncLocalStorage;
  requestAsyncLocalStorage = getServerAsyncLocalStorage();
  if (!requestAsyncLocalStorage) {
    const { AsyncLocalStorage } = await import('async_hooks');
    requestAsyncLocalStorage = getServerAsyncLocalStorage();
    if (!requestAsyncLocalStorage) {
      requestAsyncLocalStorage = new AsyncLocalStorage();
      overwriteServerAsyncLocalStorage(requestAsyncLocalStorage);
    }
  }
  if (!requestAsyncLocalStorage) {
    requestAsyncLocalStorage = createMockAsyncLocalStorage();
    overwriteServerAsyncLocalStorage(requestAsyncLocalStorage);
  }
  const url = resolveMiddlewareUrl(request, options?.effectiveRequestUrl);
  const origin = url.origin;
  if (isExcludedByRouteStrategy(url.href)) {
    const locale2 = baseLocale;
    const newRequest2 = cloneRequestWithFallback(request, url);
    const messageCalls2 = /* @__PURE__ */ new Set();
    return (
      /** @type {Response} */
      await requestAsyncLocalStorage?.run({ locale: locale2, origin, messageCalls: messageCalls2 }, () => resolve({ locale: locale2, request: newRequest2 }))
    );
  }
  const strategy = getStrategyForUrl(url.href);
  const decision = await shouldRedirect({
    request,
    effectiveRequestUrl: url
  });
  const locale = decision.locale;
  if (request.headers.get("Sec-Fetch-Dest") === "document" && decision.shouldRedirect && decision.redirectUrl) {
    const headers = {};
    if (strategy.includes("preferredLanguage")) {
      headers["Vary"] = "Accept-Language";
    }
    const response2 = new Response(null, {
      status: 307,
      headers: {
        Location: decision.redirectUrl.href,
        ...headers
      }
    });
    return response2;
  }
  let newRequest;
  if (strategy.includes("url")) {
    newRequest = cloneRequestWithFallback(request, deLocalizeUrl(url));
  } else {
    newRequest = cloneRequestWithFallback(request, url);
  }
  const messageCalls = /* @__PURE__ */ new Set();
  const response = await requestAsyncLocalStorage?.run({ locale, origin, messageCalls }, () => resolve({ locale, request: newRequest }));
  return response;
}
function resolveMiddlewareUrl(request, effectiveRequestUrl) {
  if (effectiveRequestUrl instanceof URL) {
    return new URL(effectiveRequestUrl, request.url);
  }
  return new URL(request.url);
}
function cloneRequestWithFallback(request, url = request.url) {
  const targetUrl = typeof url === "string" ? url : url.href;
  if (targetUrl === request.url) {
    try {
      return new Request(request.clone());
    } catch {
      try {
        return new Request(request);
      } catch {
        return request;
      }
    }
  }
  try {
    return new Request(targetUrl, request.clone());
  } catch {
    try {
      return new Request(targetUrl, request);
    } catch {
      return request;
    }
  }
}
function createMockAsyncLocalStorage() {
  let currentStore = void 0;
  return {
    getStore() {
      return currentStore;
    },
    async run(store, callback) {
      currentStore = store;
      try {
        return await callback();
      } finally {
        currentStore = void 0;
      }
    }
  };
}
const i18n = ({ event, resolve }) => paraglideMiddleware(event.request, ({ request, locale }) => {
  event.request = request;
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace("%paraglide.lang%", locale)
  });
});
const session = async ({ event, resolve }) => {
  event.locals.db = (await database()).db;
  event.locals.user = null;
  event.locals.session = null;
  event.locals.organisation = null;
  const token = event.cookies.get(SESSION_COOKIE);
  if (token) {
    const { session: session2, user } = await validateSessionToken(event.locals.db, token);
    if (session2) {
      setSessionCookie(event.cookies, event.url, token, session2.expiresAt);
      event.locals.session = session2;
      event.locals.user = user;
    } else {
      deleteSessionCookie(event.cookies, event.url);
    }
  }
  return resolve(event);
};
const organisation = async ({ event, resolve }) => {
  const { user, session: session2, db } = event.locals;
  if (user && session2) {
    event.locals.organisation = await resolveActiveOrganisation(db, user.id, session2.activeOrganisationId);
  }
  return resolve(event);
};
function actionName(url) {
  for (const key of url.searchParams.keys()) if (key.startsWith("/")) return key.slice(1);
  return null;
}
const protectRoutes = async ({ event, resolve }) => {
  if (event.route.id === null) return resolve(event);
  const { user, organisation: organisation2 } = event.locals;
  const decision = decide(event.route.id, event.request.method, actionName(event.url), organisation2?.role ?? null, !!user);
  if (decision === "allow") return resolve(event);
  if (decision === "forbidden") error(403, error_forbidden());
  if (decision === "not_found") error(404, error_not_found());
  if (event.request.method !== "GET") error(401, error_forbidden());
  const back = event.url.pathname + event.url.search;
  return new Response(null, { status: 303, headers: { location: `/login?redirectTo=${encodeURIComponent(back)}` } });
};
const init = async () => {
  const { db } = await database();
  await prepareDemo(db);
};
const handle = sequence(i18n, session, organisation, protectRoutes);
const handleError = ({ error: error2, event, status }) => {
  if (status !== 404) console.error(`[${status}] ${event.request.method} ${event.url.pathname}`, error2);
  return { message: error_generic() };
};

export { handle, handleError, init };
//# sourceMappingURL=hooks.server.js-CnI6ZFDC.js.map
