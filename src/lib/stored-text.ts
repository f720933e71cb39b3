import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { dateFormat, numberFormat } from '$lib/intl-formats';

/**
 * Texts written once and read later by people of either language (a reminder's history, the
 * reason of its status, a delivery's error) are stored as a code and its parameters, and put
 * into words when read. Text typed by a person, or a provider's own error, is stored as is and
 * shown as is.
 */
export type StoredParams = Record<string, string | number>;

const CODED = '{"code":';

export function storedText(code: StoredCode, params?: StoredParams): string {
	return JSON.stringify(params ? { code, params } : { code });
}

type Value = string | number | undefined;
type Options = { locale: Locale };
const tag = (o: Options) => (o.locale === 'fr' ? 'fr-FR' : 'en-GB');
const text = (value: Value, o: Options) => (value === undefined ? '' : readStoredText(String(value), o.locale));
const cents = (value: Value, o: Options) =>
	numberFormat(tag(o), { style: 'currency', currency: 'EUR' }).format(Number(value ?? 0) / 100);
const day = (value: Value, o: Options) =>
	value
		? dateFormat(tag(o), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
				new Date(`${value}T00:00:00Z`)
			)
		: '';
/** Named one by one, like reminder-labels.ts: a few words, not the whole app's messages. */
const CHANNEL: Record<string, (i: object, o: Options) => string> = {
	email: m.reminders_channel_email,
	sms: m.reminders_channel_sms,
	letter: m.reminders_channel_letter
};
const STATUS: Record<string, (i: object, o: Options) => string> = {
	failed: m.reminders_status_failed,
	cancelled: m.reminders_status_cancelled
};
const channel = (value: Value, o: Options) => CHANNEL[String(value)]?.({}, o) ?? String(value ?? '');
/** The channel inside a sentence: « repli courrier », « par e-mail ». */
const WORD: Record<string, (i: object, o: Options) => string> = {
	email: m.stored_channel_word_email,
	sms: m.stored_channel_word_sms,
	letter: m.stored_channel_word_letter
};
const word = (value: Value, o: Options) => WORD[String(value)]?.({}, o) ?? String(value ?? '');

const WHY: Record<string, (i: object, o: Options) => string> = {
	no_address: m.stored_fallback_why_no_address,
	no_letter_consent: m.stored_fallback_why_no_letter_consent,
	no_mobile: m.stored_fallback_why_no_mobile,
	no_sms_consent: m.stored_fallback_why_no_sms_consent
};

/** Why no channel replaced a rejected email (delivery/fallback.ts): one case, or what each channel lacked. */
function fallbackWhy(why: string, o: Options): string {
	if (why === 'paid') return m.stored_fallback_why_paid({}, o);
	if (why === 'rule') return m.stored_fallback_why_rule({}, o);
	if (why.startsWith('reached:')) return m.stored_fallback_why_reached({ channel: word(why.slice(8), o) }, o);
	const reasons = why
		.split(',')
		.map((w) =>
			w.startsWith('failed:')
				? m.stored_fallback_why_failed({ channel: word(w.slice(7), o) }, o)
				: (WHY[w]?.({}, o) ?? w)
		)
		.join(', ');
	return m.stored_fallback_why_lacks({ reasons }, o);
}

const RENDER = {
	paid: (p, o) => m.scenarios_reason_paid({}, o),
	below_threshold: (p, o) =>
		m.scenarios_reason_below_threshold({ balance: cents(p.balanceCents, o), threshold: cents(p.thresholdCents, o) }, o),
	not_overdue: (p, o) => m.scenarios_reason_not_overdue({ days: p.days, minDays: p.minDays }, o),
	group_left: (p, o) => m.scenarios_reason_group_left({ group: p.group }, o),
	scenario_inactive: (p, o) => m.scenarios_reason_scenario_inactive({ scenario: p.scenario }, o),
	scenario_gone: (p, o) => m.scenarios_reason_scenario_gone({}, o),
	scenario_changed: (p, o) => m.scenarios_reason_scenario_changed({ scenario: p.scenario }, o),
	scenario_stopped: (p, o) => m.scenarios_reason_scenario_stopped({}, o),
	paused: (p, o) => m.scenarios_reason_paused({ until: day(p.until, o) }, o),
	promise_kept: (p, o) => m.scenarios_reason_promise_kept({}, o),
	step_passed: (p, o) => m.scenarios_reason_step_passed({ level: p.level }, o),
	scenario_created: (p, o) => m.scenarios_created_reason({ scenario: p.scenario, position: p.position }, o),
	on_channel: (p, o) => m.stored_on_channel({ channel: channel(p.channel, o), reason: text(p.reason, o) }, o),
	delivery: (p, o) =>
		p.error === undefined
			? m.stored_delivery({ channel: channel(p.channel, o), to: p.to }, o)
			: m.stored_delivery_failed({ channel: channel(p.channel, o), to: p.to, error: text(p.error, o) }, o),
	letter_printed: (p, o) => m.stored_letter_printed({}, o),
	letter_reprint: (p, o) => m.stored_letter_reprint({}, o),
	stale: (p, o) => m.stored_stale({}, o),
	checked_left: (p, o) => m.stored_checked_left({}, o),
	checked_resend: (p, o) => m.stored_checked_resend({}, o),
	unknown_outcome: (p, o) => m.stored_unknown_outcome({}, o),
	key_reused: (p, o) => m.stored_key_reused({}, o),
	fallback_bounce: (p, o) => m.stored_fallback_bounce({ channel: word(p.channel, o), contact: p.contact }, o),
	fallback_refused: (p, o) => m.stored_fallback_refused({ channel: word(p.channel, o), contact: p.contact }, o),
	fallback_none: (p, o) => m.stored_fallback_none({ why: fallbackWhy(String(p.why ?? ''), o), contact: p.contact }, o),
	provider_bounced: (p, o) => m.stored_provider_bounced({ type: p.type, message: p.message }, o),
	provider_complained: (p, o) => m.stored_provider_complained({}, o),
	provider_failed: (p, o) => m.stored_provider_failed({ message: p.message }, o),
	provider_suppressed: (p, o) => m.stored_provider_suppressed({ message: p.message }, o),
	registered: (p, o) =>
		p.before
			? m.stored_registered_replaces({ number: p.number, before: p.before }, o)
			: m.stored_registered({ number: p.number }, o),
	run_created: (p, o) => m.stored_run_created({ template: p.template, reason: text(p.reason, o) }, o),
	no_contact: (p, o) => m.scenarios_skip_no_contact({}, o),
	no_consent: (p, o) =>
		m.scenarios_skip_no_consent(
			{
				channels: String(p.channels ?? '')
					.split(',')
					.map((c) => word(c, o))
					.join(' + ')
			},
			o
		),
	no_template: (p, o) => m.scenarios_skip_no_template({ position: p.position }, o),
	step_blocked: (p, o) =>
		m.scenarios_skip_step_blocked(
			{ position: p.position, status: STATUS[String(p.status)]?.({}, o) ?? String(p.status) },
			o
		),
	no_recipient: (p, o) => m.stored_no_recipient({}, o),
	no_email: (p, o) => m.stored_no_email({}, o),
	no_mobile: (p, o) => m.stored_no_mobile({}, o),
	no_answer: (p, o) => m.stored_no_answer({}, o),
	provider_no_id: (p, o) => m.stored_provider_no_id({ provider: p.provider }, o),
	provider_timeout: (p, o) => m.stored_provider_timeout({ provider: p.provider, ms: p.ms }, o),
	provider_unreachable: (p, o) => m.stored_provider_unreachable({ provider: p.provider, message: p.message }, o),
	provider_said: (p, o) => m.stored_provider_said({ provider: p.provider, status: p.status, message: p.message }, o),
	provider_uncertain: (p, o) => m.stored_provider_uncertain({ reason: text(p.reason, o) }, o),
	sms_partial: (p, o) =>
		m.stored_sms_partial({ sent: Number(p.sent), total: Number(p.total), detail: text(p.detail, o) }, o),
	sms_not_delivered: (p, o) => m.stored_sms_not_delivered({ status: p.status, code: p.code }, o),
	personal_data_erased: (p, o) => m.privacy_reason_erased({}, o)
} satisfies Record<string, (p: StoredParams, o: Options) => string>;

export type StoredCode = keyof typeof RENDER;

/**
 * Rows written before codes: the French sentences the app itself wrote, mapped to their code.
 * Anything else written then (a person's words, a provider's) reads as written.
 */
const LEGACY: Record<string, StoredCode> = {
	"Dette réglée : plus rien n'est dû": 'paid',
	'Scénario supprimé': 'scenario_gone',
	'Plus dans aucun scénario': 'scenario_stopped',
	'Promesse de paiement tenue': 'promise_kept',
	'Impression annulée, à réimprimer': 'letter_reprint',
	'Date d’envoi dépassée depuis trop longtemps : à revoir avant envoi': 'stale',
	'Vérifié auprès du fournisseur : le message est parti': 'checked_left',
	'Vérifié auprès du fournisseur : le message n’est pas parti, il est renvoyé': 'checked_resend',
	'Issue inconnue après une interruption : vérifiez auprès du fournisseur avant de renvoyer': 'unknown_outcome',
	'Renvoi refusé par le fournisseur (contenu changé depuis le premier envoi, interrompu) : vérifiez avant de renvoyer':
		'key_reused',
	'Le destinataire a signalé l’e-mail comme indésirable': 'provider_complained'
};
const LEGACY_CHANNELS: Record<string, string> = {
	email: 'email',
	'e-mail': 'email',
	sms: 'sms',
	letter: 'letter',
	courrier: 'letter'
};

function legacy(stored: string, o: Options): string {
	const code = LEGACY[stored];
	if (code) return RENDER[code]({}, o);
	if (stored === 'letter : impression confirmée') return RENDER.letter_printed({}, o);
	// « email : <reason> », « SMS : <reason> »: a channel before a sentence of the app.
	const split = stored.indexOf(' : ');
	const channel = split > 0 ? LEGACY_CHANNELS[stored.slice(0, split).toLowerCase()] : undefined;
	const rest = split > 0 ? stored.slice(split + 3) : '';
	if (channel && LEGACY[rest]) return RENDER.on_channel({ channel, reason: rest }, o);
	const delivery = /^(E-mail|SMS|Courrier) · (.+?)(?: : (.*))?$/.exec(stored);
	if (delivery) {
		const params: StoredParams = { channel: LEGACY_CHANNELS[delivery[1].toLowerCase()], to: delivery[2] };
		if (delivery[3] !== undefined) params.error = delivery[3];
		return RENDER.delivery(params, o);
	}
	const registered = /^Recommandé n° (.+?)(?: \(remplace n° (.+)\))?$/.exec(stored);
	if (registered)
		return RENDER.registered(
			registered[2] ? { number: registered[1], before: registered[2] } : { number: registered[1] },
			o
		);
	const created = /^Scénario « (.+) », étape (\d+)$/.exec(stored);
	if (created) return RENDER.scenario_created({ scenario: created[1], position: created[2] }, o);
	return stored;
}

/** The stored text in the reader's language (the request's, unless told). */
export function readStoredText(stored: string | null | undefined, locale: Locale = getLocale()): string {
	if (!stored) return '';
	const o = { locale };
	if (!stored.startsWith(CODED)) return legacy(stored, o);
	try {
		const { code, params } = JSON.parse(stored) as { code: string; params?: StoredParams };
		const render = (RENDER as Record<string, (p: StoredParams, o: Options) => string>)[code];
		return render ? render(params ?? {}, o) : stored;
	} catch {
		return stored;
	}
}
