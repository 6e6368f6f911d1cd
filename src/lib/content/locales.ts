/** The site's languages. Its own module: route matchers read it in the browser, without the checks. */
export const LOCALES = ['en', 'ru', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export type TranslatedLocale = Exclude<Locale, 'en'>;
