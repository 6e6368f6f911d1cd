import { LOCALES, type Locale } from '$lib/i18n/locale';
import { fallbackMapResponse } from '$lib/map/selection-map.server';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The static map with nothing selected (the home and index pages), for browsers without WebGL2:
 * `/maps/overview.svg` in English, `/maps/ru/overview.svg` and so on in the others.
 */
export const prerender = true;
export const entries: EntryGenerator = () => LOCALES.map((l) => (l === 'en' ? {} : { lang: l }));

export const GET: RequestHandler = ({ params }) =>
	fallbackMapResponse([], (params.lang ?? 'en') as Locale);
