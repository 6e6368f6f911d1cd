import { content, placeGeo, q, site, type PlaceGeo } from './index';
import { localizeContent, localizeGeo, localizeSite } from './localize';
import { createQueries, type Queries } from './queries';
import type { Place, Site } from './schema';
import type { Locale, TranslatedLocale, Translation } from './translations';
import type { Content } from './validate';

/** Everything a page of one language reads: the records in its words and lookups over them. */
export interface L10n {
	locale: Locale;
	content: Content;
	site: Site;
	q: Queries;
	/** What the map needs of each place to draw and label it. */
	mapPlaces: Pick<Place, 'slug' | 'name' | 'kind'>[];
	placeGeo: Record<string, PlaceGeo>;
	/** The basemap's country names in this language (their glyphs load before the map draws). */
	countries: string[];
	/** The translation file, for the tour's steps; null in English. */
	translation: Translation | null;
}

const mapPlacesOf = (c: Content) => c.places.map(({ slug, name, kind }) => ({ slug, name, kind }));

/** English: the content as it is, nothing to load. */
export const english: L10n = {
	locale: 'en',
	content,
	site,
	q,
	mapPlaces: mapPlacesOf(content),
	placeGeo,
	countries: [],
	translation: null
};

/**
 * Each language's translation is its own chunk, loaded only on that language's pages: English
 * readers never download Russian or Japanese, and a Russian page loads only Russian.
 */
const FILES: Record<TranslatedLocale, () => Promise<{ default: unknown }>> = {
	ru: () => import('./data/i18n/ru.json'),
	ja: () => import('./data/i18n/ja.json')
};

export const translationFile = (locale: TranslatedLocale) =>
	`src/lib/content/data/i18n/${locale}.json`;

const cache = new Map<Locale, Promise<L10n>>([['en', Promise.resolve(english)]]);

/** The content in `locale`, loaded and localized once per language. */
export function l10nFor(locale: Locale): Promise<L10n> {
	let bundle = cache.get(locale);
	if (!bundle) {
		const loc = locale as TranslatedLocale;
		bundle = FILES[loc]().then(({ default: raw }) => {
			const tr = raw as Translation;
			const file = translationFile(loc);
			const localized = localizeContent(content, tr, file);
			return {
				locale,
				content: localized,
				site: localizeSite(site, tr, file),
				q: createQueries(localized),
				mapPlaces: mapPlacesOf(localized),
				placeGeo: localizeGeo(placeGeo, tr, file),
				countries: Object.values(tr.countries ?? {}),
				translation: tr
			};
		});
		// A failed load (a broken file, a lost connection) is not kept: the next page tries again.
		bundle.catch(() => cache.delete(locale));
		cache.set(locale, bundle);
	}
	return bundle;
}
