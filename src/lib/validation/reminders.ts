import { z } from './zod-messages';
import { isCalendarDate } from '$lib/dates';
import { m } from '$lib/paraglide/messages';

import { CHANNELS, type Channel } from '$lib/contact-choices';

export { CHANNELS, type Channel } from '$lib/contact-choices';

const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === 'on' || v === 'true');
const optionalUuid = z
	.union([z.uuid(), z.literal('')])
	.optional()
	.transform((v) => v || null);
const text = (max: number) => z.string().max(max).optional().default('');

/**
 * The reminder form, as the browser and the server both read it. Recipients arrive as
 * `channels_<contactId>` fields (one per ticked channel); the rules that need the database
 * (the debtor's contacts and groups, the organisation's today) are checked by the service.
 */
export const reminderFormSchema = z
	.object({
		debtorId: z.uuid(),
		templateId: optionalUuid,
		sendDate: z
			.string()
			.min(1)
			.refine(isCalendarDate, { error: () => m.error_date() }),
		shortDescription: z.string().trim().min(1).max(120),
		description: text(5000),
		requiresValidation: checkbox,
		keep: checkbox,
		owesNothingConfirmed: checkbox,
		groupId: optionalUuid,
		immediate: checkbox,
		emailSubject: text(300),
		emailHeader: text(5000),
		emailBody: text(20000),
		emailFooter: text(5000),
		smsText: text(1600),
		letterSubject: text(300),
		letterBody: text(20000),
		registered: checkbox,
		version: z.coerce.number().int().min(0).optional(),
		intent: z.enum(['save', 'draft']).optional().default('save')
	})
	.passthrough()
	.transform(({ ...all }) => {
		const recipients: { contactId: string; channels: Channel[] }[] = [];
		for (const [key, value] of Object.entries(all)) {
			if (!key.startsWith('channels_')) continue;
			const channels = [value].flat().filter((c): c is Channel => (CHANNELS as readonly string[]).includes(String(c)));
			if (channels.length)
				recipients.push({ contactId: key.slice('channels_'.length), channels: [...new Set(channels)] });
		}
		const {
			debtorId,
			templateId,
			sendDate,
			shortDescription,
			description,
			requiresValidation,
			keep,
			groupId,
			immediate,
			version,
			intent
		} = all;
		const content = {
			emailSubject: all.emailSubject,
			emailHeader: all.emailHeader,
			emailBody: all.emailBody,
			emailFooter: all.emailFooter,
			smsText: all.smsText,
			letterSubject: all.letterSubject,
			letterBody: all.letterBody
		};
		const { registered, owesNothingConfirmed } = all;
		return {
			debtorId,
			templateId,
			sendDate,
			shortDescription,
			description,
			requiresValidation,
			keep,
			owesNothingConfirmed,
			groupId,
			immediate,
			registered,
			version,
			intent,
			content,
			recipients
		};
	})
	.superRefine((value, ctx) => {
		if (value.recipients.length === 0)
			ctx.addIssue({ code: 'custom', path: ['recipients'], message: m.reminders_error_no_recipient() });
	});

export type ReminderInput = z.output<typeof reminderFormSchema>;

export const decisionSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });
export const rejectSchema = decisionSchema.extend({ reason: z.string().trim().min(1).max(500) });
export const cancelSchema = decisionSchema.extend({ reason: z.string().trim().max(500).optional().default('') });

/** Bulk decisions name each reminder with the version the person saw: "id:version". */
const selected = z
	.union([z.string(), z.array(z.string())])
	.transform((v) => [v].flat())
	.pipe(
		z
			.array(z.string().regex(/^[0-9a-f-]{36}:\d+$/i))
			.min(1)
			.max(500)
	)
	.transform((items) => items.map((i) => ({ id: i.slice(0, 36), version: Number(i.slice(37)) })));
export const bulkApproveSchema = z.object({ selected });
export const bulkRejectSchema = z.object({ selected, reason: z.string().trim().min(1).max(500) });
