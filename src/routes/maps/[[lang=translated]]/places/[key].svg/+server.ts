import { error } from '@sveltejs/kit';
import { q } from '$lib/server/content';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import { fallbackMapResponse, mapSelections } from '$lib/map/selection-map.server';
import { slugsOfKey } from '$lib/map/static-map-url';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The static map of each selection a page can make, for browsers without WebGL2, in each
 * language: build/maps/places/<slug>_<slug>….svg in English, build/maps/ru/places/… and so on
 * (nothing links to them, hence entries).
 */
export const prerender = true;
export const entries: EntryGenerator = () =>
	[...mapSelections().keys()].flatMap((key) =>
		LOCALES.map((l) => (l === 'en' ? { key } : { key, lang: l }))
	);

export const GET: RequestHandler = ({ params }) => {
	const slugs = slugsOfKey(params.key);
	if (!slugs || slugs.some((s) => !q.place(s))) error(404, 'No such map');
	return fallbackMapResponse(slugs, (params.lang ?? 'en') as Locale);
};
