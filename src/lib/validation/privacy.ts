import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

/** The erasure of a debtor's personal data is final: its box must be ticked. */
export const eraseSchema = z.object({
	confirm: z.literal('on', { error: () => m.privacy_erase_confirm_required() })
});
