import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import type { DbOrTx } from '../db';
import { organisations } from '../db/schema';
import type { FieldErrors, FormValues } from '$lib/validation/form';
import { letterSettingsSchema } from '$lib/validation/organisation';
import { m } from '$lib/paraglide/messages';

export type LetterSettingsOutcome = { ok: true } | { ok: false; errors: FieldErrors; values: FormValues };

/**
 * Saves the letters' settings from their form. A logo is taken for what its bytes are, not for
 * the type the browser announced, and only once the PDF library has read it: a file that
 * would break the day's PDF is refused here, next to the field.
 */
export async function saveLetterSettings(
	db: DbOrTx,
	organisationId: string,
	form: FormData
): Promise<LetterSettingsOutcome> {
	const posted = {
		letterDuplex: form.get('letterDuplex') ?? undefined,
		removeLogo: form.get('removeLogo') ?? undefined,
		logo: form.get('logo') ?? undefined
	};
	const values: FormValues = { letterDuplex: typeof posted.letterDuplex === 'string' ? posted.letterDuplex : '' };
	const parsed = letterSettingsSchema.safeParse(posted);
	if (!parsed.success) {
		const errors: FieldErrors = {};
		for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_form')] ??= issue.message;
		return { ok: false, errors, values };
	}
	const { letterDuplex, removeLogo, logo } = parsed.data;

	const changes: Partial<typeof organisations.$inferInsert> = { letterDuplex };
	if (removeLogo) Object.assign(changes, { logo: '', logoType: '' });
	else if (logo) {
		const bytes = new Uint8Array(await logo.arrayBuffer());
		const type = imageType(bytes);
		if (!type || !(await readable(bytes, type)))
			return { ok: false, errors: { logo: m.letters_logo_unreadable() }, values };
		Object.assign(changes, { logo: Buffer.from(bytes).toString('base64'), logoType: type });
	}
	await db.update(organisations).set(changes).where(eq(organisations.id, organisationId));
	return { ok: true };
}

function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
	const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
	if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
	if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
	return null;
}

async function readable(bytes: Uint8Array, type: 'image/png' | 'image/jpeg'): Promise<boolean> {
	try {
		const doc = await PDFDocument.create();
		await (type === 'image/png' ? doc.embedPng(bytes) : doc.embedJpg(bytes));
		return true;
	} catch {
		return false;
	}
}
