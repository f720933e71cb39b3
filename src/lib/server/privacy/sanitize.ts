import { storedText, type StoredCode, type StoredParams } from '$lib/stored-text';

/** Values of a stored text that name a person, his address or his post (a registered letter's number). */
const PERSONAL = new Set(['to', 'contact', 'message', 'number', 'before']);
/** Values that are stored texts of their own, cleaned the same way. */
const NESTED = new Set(['reason', 'error', 'detail']);
const BLANKED = '—';

/**
 * A stored text (a reason, an error, a report's line) without what could name the erased
 * person: a code keeps its words and loses those values; anything written as is (a person's
 * words, a provider's message, a sentence stored before codes) may name him and goes whole.
 */
export function withoutPersonalData(stored: string): string {
	if (!stored) return stored;
	let parsed: { code: string; params?: StoredParams };
	try {
		parsed = JSON.parse(stored);
	} catch {
		return '';
	}
	if (!parsed || typeof parsed.code !== 'string' || !stored.startsWith('{"code":')) return '';
	if (!parsed.params) return stored;
	const params: StoredParams = {};
	for (const [key, value] of Object.entries(parsed.params)) {
		if (PERSONAL.has(key)) params[key] = BLANKED;
		else if (NESTED.has(key) && typeof value === 'string') params[key] = withoutPersonalData(value);
		else params[key] = value;
	}
	return storedText(parsed.code as StoredCode, params);
}
