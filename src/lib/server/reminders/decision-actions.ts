import type { RequestEvent } from '@sveltejs/kit';
import { formError, readForm } from '../forms';
import type { FormValues } from '$lib/validation/form';
import {
	bulkApproveSchema,
	bulkRejectSchema,
	cancelSchema,
	decisionSchema,
	rejectSchema
} from '$lib/validation/reminders';
import { m } from '$lib/paraglide/messages';
import { approveReminder, cancelReminder, decideMany, rejectReminder, submitDraft, type Decision } from './decisions';

/** The form actions that decide on reminders, shared by the reminder page and "À valider". */
/** The reminder and the version the page showed: written by the page, never typed. */
const HIDDEN = ['id', 'version', 'selected'];

const actorOf = (event: RequestEvent) => ({
	userId: event.locals.user!.id,
	organisationId: event.locals.organisation!.id
});

function answer(decision: Decision, done: string, values: FormValues) {
	return decision.ok ? { done } : formError(decision.status, decision.message, values);
}

export const decisionActions = {
	approve: async (event: RequestEvent) => {
		const { data, failure, values } = await readForm(event.request, decisionSchema, HIDDEN);
		if (failure) return failure;
		return answer(await approveReminder(event.locals.db, actorOf(event), data), m.reminders_approved(), values);
	},
	reject: async (event: RequestEvent) => {
		const { data, failure, values } = await readForm(event.request, rejectSchema, HIDDEN);
		if (failure) return failure;
		return answer(await rejectReminder(event.locals.db, actorOf(event), data), m.reminders_rejected(), values);
	},
	cancel: async (event: RequestEvent) => {
		const { data, failure, values } = await readForm(event.request, cancelSchema, HIDDEN);
		if (failure) return failure;
		return answer(await cancelReminder(event.locals.db, actorOf(event), data), m.reminders_cancelled(), values);
	},
	submit: async (event: RequestEvent) => {
		const { data, failure, values } = await readForm(event.request, decisionSchema, HIDDEN);
		if (failure) return failure;
		return answer(await submitDraft(event.locals.db, actorOf(event), data), m.reminders_updated(), values);
	},
	bulkApprove: async (event: RequestEvent) => {
		const { data, failure } = await readForm(event.request, bulkApproveSchema, HIDDEN);
		if (failure) return failure;
		const outcome = await decideMany(data.selected, (item) => approveReminder(event.locals.db, actorOf(event), item));
		return {
			done: m.reminders_bulk_result({ done: outcome.done, failed: outcome.refused.length }),
			refused: outcome.refused
		};
	},
	bulkReject: async (event: RequestEvent) => {
		const { data, failure } = await readForm(event.request, bulkRejectSchema, HIDDEN);
		if (failure) return failure;
		const outcome = await decideMany(data.selected, (item) =>
			rejectReminder(event.locals.db, actorOf(event), { ...item, reason: data.reason })
		);
		return {
			done: m.reminders_bulk_result({ done: outcome.done, failed: outcome.refused.length }),
			refused: outcome.refused
		};
	}
};
