import { isCalendarDate } from '$lib/dates';
import { isUuid } from '$lib/validation/ids';
import { CHANNELS } from '$lib/contact-choices';
import { DELIVERY_OUTCOMES } from '$lib/file-labels';
import type { HistoryFilters } from './tables';

/** The history's filters from a URL: anything malformed is dropped rather than refused. */
export function readHistoryFilters(params: URLSearchParams): HistoryFilters {
	const pick = (name: string, ok: (v: string) => boolean) => {
		const v = params.get(name) ?? '';
		return v && ok(v) ? v : undefined;
	};
	return {
		debtorId: pick('debiteur', isUuid),
		groupId: pick('groupe', isUuid),
		channel: pick('canal', (v) => (CHANNELS as readonly string[]).includes(v)),
		outcome: pick('resultat', (v) => DELIVERY_OUTCOMES.includes(v)),
		from: pick('du', isCalendarDate),
		to: pick('au', isCalendarDate)
	};
}

export function historyQuery(filters: HistoryFilters): URLSearchParams {
	const query = new URLSearchParams();
	const names: Record<keyof HistoryFilters, string> = {
		debtorId: 'debiteur',
		groupId: 'groupe',
		channel: 'canal',
		outcome: 'resultat',
		from: 'du',
		to: 'au'
	};
	for (const [key, name] of Object.entries(names)) {
		const v = filters[key as keyof HistoryFilters];
		if (v) query.set(name, v);
	}
	return query;
}
