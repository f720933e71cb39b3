import type { Role } from '$lib/roles';

/**
 * The one place that says who may use what. Keys are SvelteKit route ids. `view` covers GET
 * (pages, loads, endpoints); `actions` lists each form action (`default` for the unnamed one)
 * or `POST` for an endpoint. A route or action not listed here is refused: a new route must be
 * given its roles before anyone can reach it.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];
export interface RouteRule {
	view: Access;
	actions?: Record<string, Access>;
}

const ALL: readonly Role[] = ['admin', 'manager', 'approver', 'agent'];
const SENDERS: readonly Role[] = ['admin', 'manager', 'agent'];
const APPROVERS: readonly Role[] = ['admin', 'approver'];
const ADMINS: readonly Role[] = ['admin'];
const TEMPLATE_EDITORS: readonly Role[] = ['admin', 'manager'];
const EDITORS: readonly Role[] = ['admin', 'manager'];
const REMINDER_EDITORS: readonly Role[] = ['admin', 'manager'];
/** Who follows the agency's collection as a whole: its figures, not one reminder. */
const MANAGERS: readonly Role[] = ['admin', 'manager'];

export const ROUTE_RULES: Record<string, RouteRule> = {
	'/': { view: 'authenticated' },
	'/(auth)/login': { view: 'public', actions: { default: 'public' } },
	// The second step of a login: the page itself asks for the pending login's cookie.
	'/(auth)/login/code': { view: 'public', actions: { default: 'public' } },
	'/(auth)/logout': { view: 'public', actions: { default: 'public' } },
	// Open only when the installation allows sign-ups: the page answers « not found » otherwise.
	'/(auth)/inscription': { view: 'public', actions: { default: 'public' } },
	// The token in the link is the credential; the service checks it (and the account's password to join).
	'/(auth)/invitation/[token]': { view: 'public', actions: { accept: 'public', join: 'public' } },
	'/(auth)/mot-de-passe-oublie': { view: 'public', actions: { default: 'public' } },
	'/(auth)/mot-de-passe/[token]': { view: 'public', actions: { default: 'public' } },
	'/langue': { view: 'public', actions: { default: 'public' } },
	'/(app)/aujourdhui': { view: SENDERS, actions: { sendAll: SENDERS, resolve: SENDERS } },
	'/(app)/aujourdhui/progression': { view: SENDERS },
	'/(app)/avant-envoi': {
		view: SENDERS,
		actions: {
			exclude: SENDERS,
			include: SENDERS,
			hold: SENDERS,
			release: SENDERS,
			sendDue: SENDERS,
			send: REMINDER_EDITORS,
			useSuggestion: EDITORS,
			keepEmail: EDITORS
		}
	},
	'/(app)/actions-groupees/debiteurs': { view: EDITORS, actions: { apply: EDITORS } },
	'/(app)/actions-groupees/contacts': { view: EDITORS, actions: { apply: EDITORS } },
	'/(app)/actions-groupees/factures': { view: EDITORS, actions: { apply: EDITORS } },
	'/(app)/exporter': { view: SENDERS, actions: { export: SENDERS } },
	'/(app)/exporter/fichier/[id]': { view: SENDERS },
	'/(app)/exporter/liste': { view: SENDERS },
	'/(app)/exporter/classeur': { view: SENDERS },
	'/(app)/exporter/format/[id]': { view: SENDERS },
	'/(app)/reglages/formats': { view: ADMINS, actions: { create: ADMINS, update: ADMINS, delete: ADMINS } },
	'/(app)/historique': { view: ALL },
	'/(app)/historique/export': { view: SENDERS },
	'/(app)/importer': { view: EDITORS, actions: { upload: EDITORS } },
	'/(app)/importer/[id]': { view: EDITORS, actions: { run: EDITORS } },
	'/api/scheduler/run': { view: 'public', actions: { POST: 'public' } },
	'/(app)/a-valider': {
		view: APPROVERS,
		actions: { approve: APPROVERS, reject: APPROVERS, bulkApprove: APPROVERS, bulkReject: APPROVERS }
	},
	'/(app)/a-valider/liste': { view: APPROVERS, actions: { approve: APPROVERS, approveShown: APPROVERS } },
	'/(app)/relances': { view: ALL },
	'/(app)/relances/nouvelle': {
		view: REMINDER_EDITORS,
		actions: { save: REMINDER_EDITORS, preview: REMINDER_EDITORS }
	},
	'/(app)/relances/[id]': {
		view: ALL,
		actions: { approve: APPROVERS, reject: APPROVERS, cancel: REMINDER_EDITORS, submit: REMINDER_EDITORS }
	},
	'/(app)/relances/[id]/donnees': { view: ALL },
	'/(app)/relances/[id]/courrier/[contactId]': { view: ALL },
	// Anyone who may preview a template may see its letter: the content is posted, nothing is saved.
	'/(app)/apercu/courrier': { view: ALL, actions: { POST: ALL } },
	'/(app)/relances/[id]/modifier': {
		view: REMINDER_EDITORS,
		actions: { save: REMINDER_EDITORS, preview: REMINDER_EDITORS }
	},
	'/(app)/debiteurs': { view: ALL },
	'/(app)/debiteurs/nouveau': { view: EDITORS, actions: { default: EDITORS } },
	'/(app)/debiteurs/[id]': {
		view: ALL,
		actions: { useSuggestion: EDITORS, keepEmail: EDITORS, pause: EDITORS, resume: EDITORS }
	},
	'/(app)/debiteurs/[id]/modifier': { view: EDITORS, actions: { default: EDITORS } },
	// A debtor's request about his personal data (GDPR): the export is posted, it writes his history.
	'/(app)/debiteurs/[id]/donnees-personnelles': { view: ADMINS, actions: { POST: ADMINS } },
	'/(app)/debiteurs/[id]/effacer': { view: ADMINS, actions: { default: ADMINS } },
	'/(app)/debiteurs/[id]/contacts/nouveau': { view: EDITORS, actions: { default: EDITORS } },
	'/(app)/debiteurs/[id]/contacts/[contactId]': { view: EDITORS, actions: { save: EDITORS, delete: EDITORS } },
	'/(app)/debiteurs/[id]/factures/nouvelle': { view: EDITORS, actions: { default: EDITORS } },
	'/(app)/debiteurs/[id]/paiements/nouveau': { view: EDITORS, actions: { default: EDITORS } },
	'/(app)/plus': { view: ALL },
	'/(app)/tableau-de-bord': { view: MANAGERS },
	'/(app)/courriers': {
		view: SENDERS,
		actions: { generate: SENDERS, confirm: SENDERS, registeredNumber: SENDERS, checkDate: SENDERS, cancelDate: SENDERS }
	},
	'/(app)/courriers/[batchId]/pdf': { view: SENDERS },
	'/(app)/notifications': { view: ALL, actions: { summary: ALL, test: ALL } },
	'/api/push/subscription': { view: ALL, actions: { POST: ALL, DELETE: ALL } },
	'/api/sync': { view: ALL },
	// Every kind of operation is started by a sender at least; each is checked against the role by its kind (operations.ts).
	'/api/operations/[id]': { view: SENDERS },
	'/api/decisions': { view: APPROVERS, actions: { POST: APPROVERS } },
	'/(app)/modeles': { view: ALL },
	'/(app)/modeles/nouveau': {
		view: TEMPLATE_EDITORS,
		actions: { create: TEMPLATE_EDITORS, preview: TEMPLATE_EDITORS }
	},
	'/(app)/modeles/[id]': { view: ALL, actions: { update: TEMPLATE_EDITORS, delete: TEMPLATE_EDITORS, preview: ALL } },
	'/(app)/compte': { view: 'authenticated', actions: { password: 'authenticated' } },
	'/(app)/compte/double-authentification': {
		view: 'authenticated',
		actions: { confirm: 'authenticated', disable: 'authenticated' }
	},
	'/(app)/organisation': { view: 'authenticated', actions: { switch: 'authenticated' } },
	// The installation's administrator: the page itself checks the flag only the command line sets.
	'/(app)/instance': { view: 'authenticated', actions: { suspend: 'authenticated' } },
	'/(app)/reglages/organisation': {
		view: ADMINS,
		actions: { save: ADMINS, 'sending-days': ADMINS, letters: ADMINS, fallback: ADMINS, twoFactor: ADMINS }
	},
	'/(app)/reglages/utilisateurs': {
		view: ADMINS,
		actions: { invite: ADMINS, resend: ADMINS, revoke: ADMINS, role: ADMINS, remove: ADMINS }
	},
	'/(app)/reglages/groupes': { view: ADMINS, actions: { create: ADMINS, rename: ADMINS, delete: ADMINS } },
	'/(app)/reglages/scenarios': { view: ADMINS, actions: { create: ADMINS, settings: ADMINS, run: ADMINS } },
	'/(app)/reglages/scenarios/[id]': {
		view: ADMINS,
		actions: { criteria: ADMINS, saveStep: ADMINS, deleteStep: ADMINS, delete: ADMINS }
	},
	'/(app)/factures/reprise': { view: EDITORS, actions: { apply: EDITORS } },
	'/(app)/boite-d-envoi': { view: SENDERS },
	// Providers call these without a session: the signature checked inside is their security.
	'/api/webhooks/resend': { view: 'public', actions: { POST: 'public' } },
	'/api/webhooks/vonage': { view: 'public', actions: { POST: 'public' } }
};

export type Decision = 'allow' | 'login' | 'forbidden' | 'not_found';

export function decide(
	routeId: string | null,
	method: string,
	actionName: string | null,
	role: Role | null,
	loggedIn: boolean
): Decision {
	const rule = routeId ? ROUTE_RULES[routeId] : undefined;
	if (!rule) return 'not_found';
	const access =
		method === 'GET' || method === 'HEAD'
			? rule.view
			: (rule.actions?.[actionName ?? 'default'] ?? (actionName ? undefined : rule.actions?.[method]));
	if (!access) return 'forbidden';
	if (access === 'public') return 'allow';
	if (!loggedIn) return 'login';
	if (access === 'authenticated') return 'allow';
	return role && access.includes(role) ? 'allow' : 'forbidden';
}

export function canView(routeId: string, role: Role): boolean {
	return decide(routeId, 'GET', null, role, true) === 'allow';
}

export function canAct(routeId: string, action: string, role: Role): boolean {
	return decide(routeId, 'POST', action, role, true) === 'allow';
}
