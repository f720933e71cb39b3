import { storedText } from '$lib/stored-text';
import { m } from '$lib/paraglide/messages';
import type { Reason, SkipReason } from './engine';

/** Run reports are mailed in French, like the organisations they serve (see push/notify.ts). */
const fr = { locale: 'fr' } as const;

const CHANNELS: Record<string, string> = { email: 'e-mail', sms: 'SMS', letter: 'courrier' };
const STATUSES: Record<string, string> = { failed: 'en échec', cancelled: 'annulée' };

/** A withdrawn reminder's reason, kept as a code for the history to read in each reader's language. */
export function reasonText(reason: Reason): string {
	switch (reason.code) {
		case 'paid':
		case 'scenario_gone':
		case 'promise_kept':
			return storedText(reason.code);
		case 'below_threshold':
			return storedText('below_threshold', { balanceCents: reason.balanceCents, thresholdCents: reason.thresholdCents });
		case 'not_overdue':
			return storedText('not_overdue', { days: reason.days, minDays: reason.minDays });
		case 'group_left':
			return storedText('group_left', { group: reason.groupName });
		case 'scenario_inactive':
			return storedText('scenario_inactive', { scenario: reason.scenarioName });
		case 'scenario_changed':
			return reason.scenarioName ? storedText('scenario_changed', { scenario: reason.scenarioName }) : storedText('scenario_stopped');
		case 'paused':
			return storedText('paused', { until: reason.until });
		case 'step_passed':
			return storedText('step_passed', { level: reason.level });
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
