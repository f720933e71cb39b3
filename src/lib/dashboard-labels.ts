import { m } from '$lib/paraglide/messages';
import type { AgeBucket, DebtorFilter, PauseState, RecoveryStep } from '$lib/dashboard';

const AGES: Record<AgeBucket, () => string> = {
	'not-due': m.dashboard_age_not_due,
	'1-30': m.dashboard_age_1_30,
	'31-60': m.dashboard_age_31_60,
	'61-90': m.dashboard_age_61_90,
	'90+': m.dashboard_age_90
};
const SHORT_AGES: Record<AgeBucket, () => string> = {
	'not-due': m.dashboard_age_short_not_due,
	'1-30': m.dashboard_age_short_1_30,
	'31-60': m.dashboard_age_short_31_60,
	'61-90': m.dashboard_age_short_61_90,
	'90+': m.dashboard_age_short_90
};
const PAUSES: Record<PauseState, () => string> = {
	pause: m.dashboard_paused,
	promesse: m.dashboard_promises,
	'promesse-echue': m.dashboard_broken
};

export const ageLabel = (bucket: AgeBucket) => AGES[bucket]();
/** Under a chart's column, where a phone has a fifth of its width. */
export const shortAgeLabel = (bucket: AgeBucket) => SHORT_AGES[bucket]();
export const shortStepLabel = (step: RecoveryStep) =>
	step === 'manual' ? m.dashboard_step_short_manual() : m.dashboard_step_short({ n: step });
export const pauseLabel = (state: PauseState) => PAUSES[state]();
export const stepLabel = (step: RecoveryStep) =>
	step === 'manual' ? m.dashboard_step_manual() : m.dashboard_step({ n: step });

/** What a debtor list opened from the dashboard holds, in words. */
export function debtorFilterLabel(filter: DebtorFilter): string {
	switch (filter.kind) {
		case 'age':
			return m.dashboard_filter_age({ bucket: ageLabel(filter.bucket) });
		case 'pause':
			return pauseLabel(filter.state);
		case 'recovered':
			return m.dashboard_filter_recovered({ days: filter.within, step: stepLabel(filter.step) });
	}
}
