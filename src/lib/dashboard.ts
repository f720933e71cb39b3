/**
 * The dashboard's buckets and the debtor list's filters that open the list behind each figure:
 * one spelling for the page, its links and the server's queries.
 */
export const AGE_BUCKETS = ['not-due', '1-30', '31-60', '61-90', '90+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** A pause's state as the debtor list filters it (`?etat=`). */
export const PAUSE_STATES = ['pause', 'promesse', 'promesse-echue'] as const;
export type PauseState = (typeof PAUSE_STATES)[number];

/** Days after a reminder within which a payment is credited to it. */
export const RECOVERY_WINDOWS = [15, 30] as const;
export type RecoveryWindow = (typeof RECOVERY_WINDOWS)[number];

/** A scenario step's position, or `manual` for reminders written by hand. */
export type RecoveryStep = number | 'manual';

/** How many weeks of deliveries the dashboard shows, the current one last. */
export const DASHBOARD_WEEKS = 12;
/** How far back reminders are credited with the payments that followed them. */
export const RECOVERY_PERIOD_DAYS = 90;

export type DebtorFilter =
	| { kind: 'age'; bucket: AgeBucket }
	| { kind: 'pause'; state: PauseState }
	| { kind: 'recovered'; step: RecoveryStep; within: RecoveryWindow };

/** The filter a debtor list URL asks for; anything malformed is no filter, as the history does. */
export function readDebtorFilter(params: URLSearchParams): DebtorFilter | null {
	const age = params.get('age');
	if (age && (AGE_BUCKETS as readonly string[]).includes(age)) return { kind: 'age', bucket: age as AgeBucket };
	const state = params.get('etat');
	if (state && (PAUSE_STATES as readonly string[]).includes(state))
		return { kind: 'pause', state: state as PauseState };
	const recovered = /^(\d{1,3}|autres)-(15|30)$/.exec(params.get('recouvre') ?? '');
	if (recovered) {
		const step = recovered[1] === 'autres' ? 'manual' : Number(recovered[1]);
		if (step === 'manual' || step >= 1)
			return { kind: 'recovered', step, within: Number(recovered[2]) as RecoveryWindow };
	}
	return null;
}

/** The query string that asks the debtor list for this filter. */
export function debtorFilterQuery(filter: DebtorFilter): string {
	switch (filter.kind) {
		case 'age':
			return `age=${encodeURIComponent(filter.bucket)}`;
		case 'pause':
			return `etat=${filter.state}`;
		case 'recovered':
			return `recouvre=${filter.step === 'manual' ? 'autres' : filter.step}-${filter.within}`;
	}
}
