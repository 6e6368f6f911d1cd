import { base } from '$app/paths';
import type { PlaceGeo } from './index';
import { createQueries, type Queries } from './queries';
import type { Place, Site, TourStep } from './schema';
import type { Locale } from './translations';
import type { Content } from './validate';

/**
 * A language's content as the build writes it (`/content/<locale>.json`, src/routes/content/):
 * validated and localized on the server, so browsers download data, not the code that checks and
 * translates it.
 */
export interface ContentBundle {
	locale: Locale;
	content: Content;
	site: Site;
	/** What the map needs of each place to draw and label it. */
	mapPlaces: Pick<Place, 'slug' | 'name' | 'kind'>[];
	placeGeo: Record<string, PlaceGeo>;
	/** The basemap's country names in this language (their glyphs load before the map draws). */
	countries: string[];
}

/** Everything a page of one language reads: the records in its words and lookups over them. */
export interface L10n extends ContentBundle {
	q: Queries;
}

export const withQueries = (bundle: ContentBundle): L10n => ({
	...bundle,
	q: createQueries(bundle.content)
});

export const contentPath = (locale: Locale) => `/content/${locale}.json`;
export const tourPath = (locale: Locale) => `/content/tour/${locale}.json`;

const cache = new Map<string, Promise<unknown>>();

/**
 * A file the build wrote, fetched once per visit (the page preloads it beside its scripts: see
 * src/routes/+layout.svelte). A failed fetch (a lost connection) is not kept: the next page tries
 * again.
 */
function fetchOnce<R, T>(path: string, fetch: typeof globalThis.fetch, read: (raw: R) => T) {
	let data = cache.get(path) as Promise<T> | undefined;
	if (!data) {
		data = fetch(path).then(async (response) => {
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			return read((await response.json()) as R);
		});
		data.catch(() => cache.delete(path));
		cache.set(path, data);
	}
	return data;
}

// Prerendering reads the content from the modules: through the load's `fetch`, SvelteKit would
// also copy each file whole into every page's HTML. (The branch is gone from the browser's build.)

/** The content in `locale`, with its lookups. */
export async function l10nFor(locale: Locale, fetch: typeof globalThis.fetch): Promise<L10n> {
	if (import.meta.env.SSR) return (await import('./bundle')).contentIn(locale);
	return fetchOnce(`${base}${contentPath(locale)}`, fetch, withQueries);
}

/** The classroom tour's steps in `locale`: only the tour's pages load them. */
export async function tourFor(locale: Locale, fetch: typeof globalThis.fetch): Promise<TourStep[]> {
	if (import.meta.env.SSR) return (await import('./tour')).tourIn(locale);
	return fetchOnce(`${base}${tourPath(locale)}`, fetch, (steps: TourStep[]) => steps);
}
