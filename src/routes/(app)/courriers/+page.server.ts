import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { cancelLettersOfDate, confirmBatch } from '$lib/server/letters/batches';
import { generateLetters } from '$lib/server/letters/pdf-operation';
import { operationLocation, pageOperations } from '$lib/server/operations/operations';
import { printedSchema, registeredNumberSchema, sendingDaySchema } from '$lib/server/letters/form-schemas';
import { listRegisteredLetters, recordRegisteredNumber } from '$lib/server/letters/registered';
import {
	countLettersSentOn,
	listPrintingBatches,
	listRecentSendingDays,
	listWaitingLetters,
	organisationTimezone
} from '$lib/server/letters/queries';
import { settleReminders } from '$lib/server/delivery/settle';
import { organisationToday } from '$lib/server/clock';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { id: organisationId, role } = locals.organisation!;
	const timezone = await organisationTimezone(locals.db, organisationId);
	// The operation first: it marks a lost one failed, before the batches say whether theirs runs.
	const operations = await pageOperations(locals.db, organisationId, role, ['letters_pdf'], url);
	const [waiting, batches, recentDays, registered, today] = await Promise.all([
		listWaitingLetters(locals.db, organisationId),
		listPrintingBatches(locals.db, organisationId),
		listRecentSendingDays(locals.db, organisationId, timezone),
		listRegisteredLetters(locals.db, organisationId),
		organisationToday(locals.db, organisationId)
	]);
	return {
		waiting,
		batches,
		recentDays,
		registered,
		timezone,
		today,
		operation: operations.operation,
		joined: operations.joined
	};
};

export const actions: Actions = {
	/** A small batch answers with its PDF to download; a large one, with the operation drawing it. */
	generate: async ({ locals, url }) => {
		const generated = await generateLetters(locals.db, {
			organisationId: locals.organisation!.id,
			userId: locals.user!.id
		});
		if (generated.kind === 'nothing') return formError(400, m.letters_nothing_to_print());
		if (generated.kind === 'operation') redirect(303, operationLocation(url, generated));
		return { done: m.letters_generated({ count: generated.batch.letterCount }) };
	},
	confirm: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, printedSchema, ['batchId', 'printed']);
		if (failure) return failure;
		const userId = locals.user!.id;
		const answer = await locals.db.transaction(async (tx) => {
			const answer = await confirmBatch(tx, locals.organisation!.id, input.batchId, userId, input.printed === 'yes');
			// A reminder whose last delivery was a letter is sent only now: its invoices' levels rise once.
			if (answer.kind === 'sent') await settleReminders(tx, answer.reminderIds, { actorId: userId });
			return answer;
		});
		if (answer.kind === 'not_found') return formError(404, m.error_not_found());
		if (answer.kind === 'already_answered') return formError(409, m.letters_batch_decided());
		if (answer.kind === 'sent') return { done: m.letters_confirmed({ count: answer.deliveryIds.length }) };
		return { done: m.letters_back_to_print({ count: answer.deliveryIds.length }) };
	},
	registeredNumber: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, registeredNumberSchema);
		if (failure) return failure;
		const outcome = await recordRegisteredNumber(
			locals.db,
			locals.organisation!.id,
			locals.user!.id,
			input.deliveryId,
			input.registeredNumber
		);
		if (outcome === 'not_found') return formError(404, m.error_not_found());
		return { done: outcome === 'recorded' ? m.letters_registered_recorded() : m.letters_registered_unchanged() };
	},
	checkDate: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, sendingDaySchema);
		if (failure) return failure;
		const organisationId = locals.organisation!.id;
		const letters = await countLettersSentOn(
			locals.db,
			organisationId,
			input.date,
			await organisationTimezone(locals.db, organisationId)
		);
		if (!letters) return invalid(400, { date: m.letters_cancel_none({ date: formatDate(input.date) }) }, values);
		return { confirmCancel: { date: input.date, letters } };
	},
	cancelDate: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, sendingDaySchema);
		if (failure) return failure;
		const { deliveryIds } = await cancelLettersOfDate(locals.db, locals.organisation!.id, input.date, locals.user!.id);
		if (!deliveryIds.length)
			return invalid(400, { date: m.letters_cancel_none({ date: formatDate(input.date) }) }, values);
		return { done: m.letters_cancelled({ count: deliveryIds.length }) };
	}
};
