import { dateFormat } from '$lib/intl-formats';

/** The agency's calendar day ("2026-11-23"), the default date of what a person records now. */
export function today(timeZone = 'Europe/Paris'): string {
	return dateFormat('en-CA', { timeZone }).format(new Date());
}
