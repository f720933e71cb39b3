import { z } from 'zod';
import { decisionSchema } from './reminders';
import { m } from '$lib/paraglide/messages';
import { hasBidiControl } from './text';

/** A decision replayed from a phone's outbox (src/lib/offline/types.ts, DecisionRequest). */
export const decisionRequestSchema = z.discriminatedUnion('action', [
	decisionSchema.extend({ key: z.uuid(), action: z.literal('approve') }),
	decisionSchema.extend({
		key: z.uuid(),
		action: z.literal('reject'),
		reason: z
			.string()
			.trim()
			.min(1)
			.max(500)
			.refine((v) => !hasBidiControl(v), { error: () => m.error_bidi_control() })
	})
]);
