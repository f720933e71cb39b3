import { dateFormat } from '$lib/intl-formats';
import { publicHoliday, type HolidayCalendar } from './holidays';

export interface SendingHours extends Partial<HolidayCalendar> {
	timezone: string;
	sendingDays: number[];
	sendingStart: string;
	sendingEnd: string;
}

/** Why nothing leaves at an instant: a public holiday (by name), a day without sending, or the hours. */
export type Closed = { kind: 'holiday'; name: string } | { kind: 'day_off' } | { kind: 'hours' };

export interface Opening {
	/** The organisation's calendar day and wall-clock time at which sending resumes. */
	isoDay: string;
	hhmm: string;
	closed: Closed;
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
	return {
		isoDay: `${parts.year}-${parts.month}-${parts.day}`,
		weekday: WEEKDAYS[parts.weekday],
		hhmm: `${parts.hour}:${parts.minute}`
	};
}

/** The day's public holiday by name, when the organisation does not send on them. */
function holidayOf(isoDay: string, hours: SendingHours, language: string): string | null {
	if (!hours.skipHolidays || !hours.country) return null;
	return publicHoliday(
		isoDay,
		{ country: hours.country, holidayRegion: hours.holidayRegion ?? '', skipHolidays: true },
		language
	);
}

/** Why scheduled reminders may not leave at this instant, or null when they may. */
export function closedAt(instant: Date, hours: SendingHours, language = 'fr'): Closed | null {
	const local = localTime(instant, hours.timezone);
	if (!hours.sendingDays.includes(local.weekday)) return { kind: 'day_off' };
	const holiday = holidayOf(local.isoDay, hours, language);
	if (holiday) return { kind: 'holiday', name: holiday };
	return local.hhmm >= hours.sendingStart && local.hhmm < hours.sendingEnd ? null : { kind: 'hours' };
}

/** Whether scheduled reminders may leave at this instant: a sending day that is no public holiday, within the hours. */
export function insideSendingHours(instant: Date, hours: SendingHours): boolean {
	return closedAt(instant, hours) === null;
}

/**
 * When the sending window opens next, seen from an instant outside it: today at the opening hour
 * if that is still ahead, otherwise the next sending day that is no public holiday. Null when the
 * window is open, or when no day of the coming weeks is a sending day.
 */
export function nextOpening(instant: Date, hours: SendingHours, language = 'fr'): Opening | null {
	const closed = closedAt(instant, hours, language);
	if (!closed) return null;
	const local = localTime(instant, hours.timezone);
	const opensOn = (isoDay: string, weekday: number) =>
		hours.sendingDays.includes(weekday) && !holidayOf(isoDay, hours, language);
	if (closed.kind === 'hours' && local.hhmm < hours.sendingStart)
		return { isoDay: local.isoDay, hhmm: hours.sendingStart, closed };
	for (let ahead = 1; ahead <= 31; ahead++) {
		const isoDay = daysBefore(local.isoDay, -ahead);
		if (opensOn(isoDay, ((local.weekday - 1 + ahead) % 7) + 1)) return { isoDay, hhmm: hours.sendingStart, closed };
	}
	return null;
}

/** The calendar day `days` before `isoDay`. */
export function daysBefore(isoDay: string, days: number): string {
	const date = new Date(`${isoDay}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - days);
	return date.toISOString().slice(0, 10);
}
