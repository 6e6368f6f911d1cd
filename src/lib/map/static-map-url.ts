/**
 * Where the build writes the static map of a selection (src/routes/maps/), the map shown where
 * WebGL2 is missing, and its accessible name. One file per distinct set of places, whatever page
 * selects it.
 */
import type { Queries } from '$lib/content/queries';
import type { Site } from '$lib/content/schema';
import type { Locale } from '$lib/i18n/locale';

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:_[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** Slugs in a stable order, joined by "_" (which no slug contains). */
export function selectionKey(slugs: readonly string[]): string {
	return [...new Set(slugs)].sort().join('_');
}

/** The slugs a key names, or null when it is not a well-formed key. */
export function slugsOfKey(key: string): string[] | null {
	return key.length <= 400 && KEY.test(key) ? key.split('_') : null;
}

/** English maps sit at `/maps/…`, the others in their language's folder: `/maps/ru/…`. */
export function staticMapPath(slugs: readonly string[], locale: Locale = 'en'): string {
	const folder = locale === 'en' ? '/maps' : `/maps/${locale}`;
	return slugs.length ? `${folder}/places/${selectionKey(slugs)}.svg` : `${folder}/overview.svg`;
}

/** The words a title is made of, in the page's language. */
export type Words = { site: Pick<Site, 'map'>; q: Pick<Queries, 'place'> };

export const placeNames = (slugs: readonly string[], words: Words): string =>
	[...new Set(slugs)].map((s) => words.q.place(s)?.name ?? s).join(', ');

/** The image's alt text (and the SVG's title): which places it highlights, by name. */
export function staticMapTitle(slugs: readonly string[], words: Words): string {
	return slugs.length
		? `${words.site.map.selection} ${placeNames(slugs, words)}`
		: words.site.map.overview;
}
