/** Calendar-day arithmetic on ISO dates ("2026-11-23"), in UTC so no time zone shifts a day. */
const DAY = 86_400_000;

export function addDays(isoDay: string, days: number): string {
	return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export const laterOf = (a: string, b: string) => (a > b ? a : b);
