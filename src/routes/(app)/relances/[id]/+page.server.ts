import type { Actions } from './$types';
import { decisionActions } from '$lib/server/reminders/decision-actions';

/** The page's data comes from ./donnees, through the universal load (+page.ts). */
export const actions: Actions = {
	approve: decisionActions.approve,
	reject: decisionActions.reject,
	cancel: decisionActions.cancel,
	submit: decisionActions.submit
};
