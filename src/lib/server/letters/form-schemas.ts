import { z } from '$lib/validation/zod-messages';
import { isCalendarDate } from '$lib/dates';
import { m } from '$lib/paraglide/messages';

/** The printer question: Oui or Non, for one batch. */
export const printedSchema = z.object({ batchId: z.uuid(), printed: z.enum(['yes', 'no']) });

/** The day whose letters are put back to print, as the date field sends it. */
export const sendingDaySchema = z.object({
	date: z
		.string()
		.min(1)
		.refine(isCalendarDate, { error: () => m.error_date() })
});
