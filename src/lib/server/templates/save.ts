import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { groups, templates } from '../db/schema';
import type { TemplateInput } from '$lib/validation/templates';
import type { FieldErrors } from '$lib/validation/form';
import { checkMergeFields } from './render';
import { letterRepeatsLayout } from './layout-repeats';
import { m } from '$lib/paraglide/messages';

export type SaveOutcome =
	{ kind: 'saved'; id: string } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'not_found' };

/**
 * What the schema cannot know: the merge fields, and whether the group is the organisation's.
 * A letter body repeating what the layout prints is refused once, with the reason next to the
 * body: saved when the person confirms (letterRepeatsConfirmed), since he may mean it.
 */
async function refusal(db: DbOrTx, organisationId: string, input: TemplateInput): Promise<FieldErrors | null> {
	const errors: FieldErrors = checkMergeFields(input);
	const repeats = input.letterRepeatsConfirmed ? [] : letterRepeatsLayout(input.letterBody);
	if (repeats.length && !errors.letterBody)
		errors.letterRepeats = m.letters_repeats_warning({ parts: repeats.join(', ') });
	if (input.groupId) {
		const [group] = await db
			.select({ id: groups.id })
			.from(groups)
			.where(and(eq(groups.id, input.groupId), eq(groups.organisationId, organisationId)));
		if (!group) errors.groupId = m.error_choice();
	}
	return Object.keys(errors).length ? errors : null;
}

const columns = ({ letterRepeatsConfirmed: _, ...input }: TemplateInput) => input;

export async function createTemplate(
	db: DbOrTx,
	organisationId: string,
	input: TemplateInput
): Promise<Exclude<SaveOutcome, { kind: 'not_found' }>> {
	const errors = await refusal(db, organisationId, input);
	if (errors) return { kind: 'invalid', errors };
	const [row] = await db
		.insert(templates)
		.values({ ...columns(input), organisationId })
		.returning({ id: templates.id });
	return { kind: 'saved', id: row.id };
}

export async function updateTemplate(
	db: DbOrTx,
	organisationId: string,
	id: string,
	input: TemplateInput
): Promise<SaveOutcome> {
	const errors = await refusal(db, organisationId, input);
	if (errors) return { kind: 'invalid', errors };
	const [row] = await db
		.update(templates)
		.set({ ...columns(input), updatedAt: sql`now()` })
		.where(and(eq(templates.id, id), eq(templates.organisationId, organisationId)))
		.returning({ id: templates.id });
	return row ? { kind: 'saved', id: row.id } : { kind: 'not_found' };
}

/** Reminders made from the template keep their content: their link to it is simply cleared. */
export async function deleteTemplate(db: DbOrTx, organisationId: string, id: string): Promise<boolean> {
	const deleted = await db
		.delete(templates)
		.where(and(eq(templates.id, id), eq(templates.organisationId, organisationId)))
		.returning({ id: templates.id });
	return deleted.length > 0;
}
