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

/**
 * A registered letter's number as printed on its slip (« 1A 123 456 7890 1 »): letters, digits,
 * spaces and dashes, kept in capitals with single spaces.
 */
export const registeredNumberSchema = z.object({
	deliveryId: z.uuid(),
	registeredNumber: z
		.string()
		.trim()
		.min(1)
		.max(30)
		.regex(/^[A-Za-z0-9][A-Za-z0-9 -]*[A-Za-z0-9]$/, { error: () => m.letters_registered_number_invalid() })
		.transform((v) => v.toUpperCase().replace(/\s+/g, ' '))
});
