import { storedText } from '$lib/stored-text';
import type { Reason, SkipReason } from './engine';

/** A withdrawn reminder's reason, kept as a code for the history to read in each reader's language. */
export function reasonText(reason: Reason): string {
	switch (reason.code) {
		case 'paid':
		case 'scenario_gone':
		case 'promise_kept':
			return storedText(reason.code);
		case 'below_threshold':
			return storedText('below_threshold', {
				balanceCents: reason.balanceCents,
				thresholdCents: reason.thresholdCents
			});
		case 'not_overdue':
			return storedText('not_overdue', { days: reason.days, minDays: reason.minDays });
		case 'group_left':
			return storedText('group_left', { group: reason.groupName });
		case 'scenario_inactive':
			return storedText('scenario_inactive', { scenario: reason.scenarioName });
		case 'scenario_changed':
			return reason.scenarioName
				? storedText('scenario_changed', { scenario: reason.scenarioName })
				: storedText('scenario_stopped');
		case 'paused':
			return storedText('paused', { until: reason.until });
		case 'step_passed':
			return storedText('step_passed', { level: reason.level });
	}
}

/** Why a debtor was passed over by a run, kept as a code for the run's report. */
export function skipText(reason: SkipReason): string {
	switch (reason.code) {
		case 'no_contact':
			return storedText('no_contact');
		case 'no_consent':
			return storedText('no_consent', { channels: reason.channels.join(',') });
		case 'no_template':
			return storedText('no_template', { position: reason.position });
		case 'step_blocked':
			return storedText('step_blocked', { position: reason.position, status: reason.status });
	}
}
