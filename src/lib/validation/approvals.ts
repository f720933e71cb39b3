import { z } from 'zod';
import { isCalendarDate } from '$lib/dates';
import { CHANNELS } from '$lib/contact-choices';
import { isUuid } from '$lib/validation/ids';

/** The filters of « À valider », read leniently from the address: a bad value is simply no filter. */
export interface ApprovalFilters {
	from?: string;
	to?: string;
	groupId?: string;
	channel?: string;
	creatorId?: string;
	/** 'manual', 'scenario' or a step's position: see reminderStepLabel. */
	step?: string;
}

export const isStepValue = (v: string) => v === 'manual' || v === 'scenario' || /^[1-9]\d{0,2}$/.test(v);

export function readApprovalFilters(p: URLSearchParams | FormData): ApprovalFilters {
	const get = (k: string) => String(p.get(k) ?? '');
	return {
		from: isCalendarDate(get('du')) ? get('du') : undefined,
		to: isCalendarDate(get('au')) ? get('au') : undefined,
		groupId: isUuid(get('groupe')) ? get('groupe') : undefined,
		channel: (CHANNELS as readonly string[]).includes(get('canal')) ? get('canal') : undefined,
		creatorId: isUuid(get('auteur')) ? get('auteur') : undefined,
		step: isStepValue(get('etape')) ? get('etape') : undefined
	};
}

/** « Valider les N affichées »: the list's moment, so that nothing changed since is approved. */
export const approveShownSchema = z.object({ shownAt: z.iso.datetime() });
