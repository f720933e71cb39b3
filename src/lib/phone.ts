import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/mobile';

/**
 * Overseas departments share France's national format ("0692…" is a Réunion mobile), so a
 * number written without its country code is tried as French first, then as each of them.
 */
const NATIONAL_REGIONS: readonly CountryCode[] = ['FR', 'RE', 'GP', 'MQ', 'GF', 'YT'];

export type MobileParse = { ok: true; e164: string } | { ok: false; reason: 'invalid' | 'not_mobile' };

/**
 * "06 12 34 56 78" → "+33612345678". The mobile-only metadata keeps the browser bundle small:
 * a number that is well formed but not a valid mobile (a landline, an unallocated range) is
 * told apart from one that cannot be a phone number at all.
 */
export function parseMobile(input: string): MobileParse {
	const text = input.trim();
	const international = text.startsWith('+') || text.startsWith('00');
	for (const region of international ? ['FR' as const] : NATIONAL_REGIONS) {
		const phone = parsePhoneNumberFromString(text, region);
		if (phone?.isValid() && phone.getType() === 'MOBILE') return { ok: true, e164: phone.number };
	}
	return { ok: false, reason: parsePhoneNumberFromString(text, 'FR')?.isPossible() ? 'not_mobile' : 'invalid' };
}

/** "+33612345678" → "06 12 34 56 78"; a foreign number keeps its country code. */
export function formatMobile(e164: string): string {
	const phone = parsePhoneNumberFromString(e164);
	if (!phone) return e164;
	return phone.countryCallingCode === '33' ? phone.formatNational() : phone.formatInternational();
}
