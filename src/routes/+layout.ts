import { l10nFor } from '$lib/content/load';
import { localeOf } from '$lib/i18n/locale';
import type { LayoutLoad } from './$types';

// Every page is prerendered to plain HTML: readable before (and without) JavaScript.
export const prerender = true;
export const trailingSlash = 'never';

/** The page's language, from its URL, and the content in that language (loaded once per language). */
export const load: LayoutLoad = async ({ url, fetch }) => {
	// Only the path: the query string (filters, search) changes often and never the language.
	const locale = localeOf(url.pathname);
	return { locale, l10n: await l10nFor(locale, fetch) };
};
