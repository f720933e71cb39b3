/**
 * The rules every text the app takes in follows, whatever way it comes (a form, a phone's outbox,
 * an imported file).
 */

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they change
 * the order in which the text around them is drawn, so a name can display as something it is not.
 * Refused, with an error next to the field; the right-to-left marks people type are not among them.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

export const hasBidiControl = (value: string) => BIDI_CONTROLS.test(value);

/** No one types a NUL, and PostgreSQL refuses it in text: dropped wherever text comes in. */
export const withoutNul = (value: string) => value.replaceAll('\u0000', '');
