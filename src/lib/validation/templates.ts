import { z } from './zod-messages';
import { CHANNELS, type Channel } from './reminders';
import { m } from '$lib/paraglide/messages';

const checkbox = z
	.union([z.literal('on'), z.literal('')])
	.optional()
	.transform((v) => v === 'on');
const text = (max: number) => z.string().max(max).optional().default('');

/** The same limits as a reminder's content, which a template prefills. */
const content = {
	emailSubject: text(300),
	emailHeader: text(5000),
	emailBody: text(20000),
	emailFooter: text(5000),
	smsText: text(1600),
	letterSubject: text(300),
	letterBody: text(20000)
};
type ContentField = keyof typeof content;

/** What a channel cannot leave without. */
const NEEDED: Record<Channel, ContentField[]> = {
	email: ['emailSubject', 'emailBody'],
	sms: ['smsText'],
	letter: ['letterBody']
};

/** The template form; merge fields are checked by the server, which knows the Liquid engine. */
export const templateSchema = z
	.object({
		name: z.string().trim().min(1).max(120),
		shortDescription: z.string().trim().min(1).max(120),
		description: text(5000),
		requiresValidation: checkbox,
		keep: checkbox,
		registered: checkbox,
		/** Ticked after the warning that the letter body repeats what the layout prints. */
		letterRepeatsConfirmed: checkbox,
		groupId: z
			.union([z.uuid(), z.literal('')])
			.optional()
			.transform((v) => v || null),
		// An unticked checkbox is not posted, a single ticked one comes as a string.
		channels: z.preprocess(
			(v) => (v === undefined ? [] : [v].flat()),
			z
				.array(z.enum(CHANNELS))
				.min(1, { error: () => m.templates_channels_required() })
				.transform((list) => CHANNELS.filter((c) => list.includes(c)))
		),
		...content
	})
	.superRefine((template, ctx) => {
		for (const channel of template.channels)
			for (const field of NEEDED[channel])
				if (!template[field].trim()) ctx.addIssue({ code: 'custom', path: [field], message: m.error_required() });
	});

export type TemplateInput = z.output<typeof templateSchema>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A preview renders the content as typed, for "debtorId" alone or "debtorId:contactId". */
export const templatePreviewSchema = z.object({
	...content,
	previewFor: z
		.string()
		.regex(new RegExp(`^${UUID}(:${UUID})?$`, 'i'))
		.transform((value) => {
			const [debtorId, contactId] = value.split(':');
			return { debtorId, contactId: contactId ?? null };
		})
});

/** A letter's PDF for the content as typed (the template editor's, a reminder form's) and one recipient. */
export const letterPreviewSchema = z.object({
	...content,
	registered: checkbox,
	letterFor: z
		.string()
		.regex(new RegExp(`^${UUID}(:${UUID})?$`, 'i'))
		.transform((value) => {
			const [debtorId, contactId] = value.split(':');
			return { debtorId, contactId: contactId ?? null };
		})
});
