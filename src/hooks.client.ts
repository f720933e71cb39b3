import { getLocale, isLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

/**
 * A page's language is fixed for its life (changing it posts /langue and loads a new page) and
 * the server wrote it on the page's <html>. Read from there once, where Paraglide would read
 * `document.cookie` (a round trip to the browser's cookie store) again at each turn of the event
 * loop while a screen hydrates.
 */
export const init = () => {
	const lang = document.documentElement.lang;
	const locale = isLocale(lang) ? lang : getLocale();
	overwriteGetLocale(() => locale);
};
