import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { contacts } from '../db/schema';
import { isUuid } from '$lib/validation/ids';
import { recordBulkAction } from './record';
import type { Actor } from '../auth/actor';

/** The « boutons magiques »: the email, papier and SMS boxes of many contacts at once. */
export const CONSENT_FLAGS = ['email', 'letter', 'sms'] as const;
export type ConsentFlag = (typeof CONSENT_FLAGS)[number];

const COLUMN = { email: contacts.consentEmail, letter: contacts.consentLetter, sms: contacts.consentSms } as const;
const FIELD = { email: 'consentEmail', letter: 'consentLetter', sms: 'consentSms' } as const;

/** The button pressed says which flag and which way: "email:1" sets the email box, "sms:0" clears SMS. */
export function readConsentChange(form: FormData): { flag: ConsentFlag; value: boolean } | null {
	const [flag, value] = String(form.get('change') ?? '').split(':');
	if (!(CONSENT_FLAGS as readonly string[]).includes(flag) || !['0', '1'].includes(value)) return null;
	return { flag: flag as ConsentFlag, value: value === '1' };
}

export interface ConsentSelection {
	contactIds?: string[];
	/** Every contact of these debtors (of one role, when given). */
	debtorIds?: string[];
	role?: 'relance' | 'facturation' | 'garant' | 'autre';
}

/**
 * Sets or clears one flag on the selection, in the organisation only, and says how many
 * contacts it changed (those already so are selected but not changed). Recorded in one line.
 */
export async function setConsent(db: Db, actor: Actor, selection: ConsentSelection, flag: ConsentFlag, value: boolean) {
	const contactIds = (selection.contactIds ?? []).filter(isUuid);
	const debtorIds = (selection.debtorIds ?? []).filter(isUuid);
	const parts: SQL[] = [];
	if (contactIds.length) parts.push(inArray(contacts.id, contactIds));
	if (debtorIds.length)
		parts.push(
			and(inArray(contacts.debtorId, debtorIds), selection.role ? eq(contacts.role, selection.role) : undefined)!
		);
	if (!parts.length) return { selected: 0, changed: 0 };
	const chosen = and(eq(contacts.organisationId, actor.organisationId), or(...parts));
	return db.transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(contacts)
			.where(chosen);
		const changed = await tx
			.update(contacts)
			.set({ [FIELD[flag]]: value, updatedAt: sql`now()` })
			.where(and(chosen, ne(COLUMN[flag], value)))
			.returning({ id: contacts.id });
		const result = { selected: Number(n), changed: changed.length };
		await recordBulkAction(tx, actor, 'consent', { flag, value }, result.selected, result.changed);
		return result;
	});
}
