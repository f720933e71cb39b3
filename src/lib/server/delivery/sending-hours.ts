import { dateFormat } from '$lib/intl-formats';
export interface SendingHours {
	timezone: string;
	sendingDays: number[];
	sendingStart: string;
	sendingEnd: string;
}

export interface LocalTime {
	isoDay: string;
	/** ISO weekday: 1 = Monday … 7 = Sunday. */
	weekday: number;
	hhmm: string;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** An instant as the organisation's wall clock shows it. */
export function localTime(instant: Date, timeZone: string): LocalTime {
	const parts = Object.fromEntries(
		dateFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(instant)
			.map((p) => [p.type, p.value])
	);
	return { isoDay: `${parts.year}-${parts.month}-${parts.day}`, weekday: WEEKDAYS[parts.weekday], hhmm: `${parts.hour}:${parts.minute}` };
}

/** Whether scheduled reminders may leave at this instant: a sending day, within the hours. */
export function insideSendingHours(instant: Date, hours: SendingHours): boolean {
	const local = localTime(instant, hours.timezone);
	return hours.sendingDays.includes(local.weekday) && local.hhmm >= hours.sendingStart && local.hhmm < hours.sendingEnd;
}

/** The calendar day `days` before `isoDay`. */
export function daysBefore(isoDay: string, days: number): string {
	const date = new Date(`${isoDay}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - days);
	return date.toISOString().slice(0, 10);
}
