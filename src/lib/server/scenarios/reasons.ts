import { numberFormat } from '$lib/intl-formats';
import { m } from '$lib/paraglide/messages';
import type { Reason, SkipReason } from './engine';

/**
 * History and run reports are stored as text, in French like the organisations they serve
 * (see push/notify.ts): written once, read by every later visitor whatever his language.
 */
const fr = { locale: 'fr' } as const;

const money = (cents: number) => numberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const day = (iso: string) => iso.split('-').reverse().join('/');
const CHANNELS: Record<string, string> = { email: 'e-mail', sms: 'SMS', letter: 'courrier' };
const STATUSES: Record<string, string> = { failed: 'en échec', cancelled: 'annulée' };

export function reasonText(reason: Reason): string {
	switch (reason.code) {
		case 'paid':
			return m.scenarios_reason_paid({}, fr);
		case 'below_threshold':
			return m.scenarios_reason_below_threshold({ balance: money(reason.balanceCents), threshold: money(reason.thresholdCents) }, fr);
		case 'not_overdue':
			return m.scenarios_reason_not_overdue({ days: reason.days, minDays: reason.minDays }, fr);
		case 'group_left':
			return m.scenarios_reason_group_left({ group: reason.groupName }, fr);
		case 'scenario_inactive':
			return m.scenarios_reason_scenario_inactive({ scenario: reason.scenarioName }, fr);
		case 'scenario_gone':
			return m.scenarios_reason_scenario_gone({}, fr);
		case 'scenario_changed':
			return reason.scenarioName
				? m.scenarios_reason_scenario_changed({ scenario: reason.scenarioName }, fr)
				: m.scenarios_reason_scenario_stopped({}, fr);
		case 'paused':
			return m.scenarios_reason_paused({ until: day(reason.until) }, fr);
		case 'promise_kept':
			return m.scenarios_reason_promise_kept({}, fr);
		case 'step_passed':
			return m.scenarios_reason_step_passed({ level: reason.level }, fr);
	}
}

export function skipText(reason: SkipReason): string {
	switch (reason.code) {
		case 'no_contact':
			return m.scenarios_skip_no_contact({}, fr);
		case 'no_consent':
			return m.scenarios_skip_no_consent({ channels: reason.channels.map((c) => CHANNELS[c] ?? c).join(' + ') }, fr);
		case 'no_template':
			return m.scenarios_skip_no_template({ position: reason.position }, fr);
		case 'step_blocked':
			return m.scenarios_skip_step_blocked({ position: reason.position, status: STATUSES[reason.status] ?? reason.status }, fr);
	}
}
