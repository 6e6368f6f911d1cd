/**
 * The site's languages, and which one a page is in. The language of a page is in its URL: English
 * unprefixed (`/places/tokyo`), every other language under its code (`/ru/places/tokyo`,
 * `/ja/places/tokyo`). Paraglide's runtime holds the list (project.inlang/settings.json) and reads
 * and writes that prefix; these helpers name what the pages need of it. Route matchers read this
 * module in the browser too (src/params/): it holds no content.
 */
import {
	baseLocale,
	deLocalizeHref,
	extractLocaleFromUrl,
	localizeHref,
	locales,
	type Locale
} from '$lib/paraglide/runtime';

/** The site's languages, English first. */
export const LOCALES = locales;
export type { Locale };
/** The languages a translation file gives the content in (`src/lib/content/data/i18n/<locale>.json`). */
export type TranslatedLocale = Exclude<Locale, typeof baseLocale>;

/** The language of the page at `pathname`. */
export function localeOf(pathname: string): Locale {
	return (extractLocaleFromUrl(new URL(pathname, 'http://localhost')) ?? baseLocale) as Locale;
}

/** The same address in another language: the path translated, the query and the hash kept. */
export function inLocale(href: string, locale: Locale): string {
	return localizeHref(href, { locale });
}

/** The page at `pathname` in every language, for `hreflang` links and the sitemap. */
export function alternates(pathname: string): { locale: Locale; path: string }[] {
	const base = deLocalizeHref(pathname);
	return LOCALES.map((locale) => ({ locale, path: inLocale(base, locale) }));
}

/** Open Graph's names for the languages (language and region, as `og:locale` wants them). */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU', ja: 'ja_JP' };
