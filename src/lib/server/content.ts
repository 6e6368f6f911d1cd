/**
 * The content as the build reads it, in every language. Importing this module validates the
 * article's data, so invalid content fails `vite build` (and every test) with a message naming the
 * file, the record and the field. Only the server (prerendering) and the tests import it:
 * SvelteKit keeps `$lib/server` out of the browser, which gets each language's content as
 * `/content/<locale>.json` and its tour as `/content/tour/<locale>.json` (src/routes/content/),
 * read through src/lib/content/load.ts.
 */
import agreements from '$lib/content/data/agreements.json';
import events from '$lib/content/data/events.json';
import organisations from '$lib/content/data/organisations.json';
import places from '$lib/content/data/places.json';
import siteJson from '$lib/content/data/site.json';
import spellings from '$lib/content/data/spellings.json';
import tourJson from '$lib/content/data/tour.json';
import placesGeo from '$lib/content/generated/places-geo.json';
import geographyJson from '$lib/content/data/geography.json';
import { withQueries, type ContentBundle, type L10n } from '$lib/content/load';
import { createQueries } from '$lib/content/queries';
import type { PlaceGeo, TourStep } from '$lib/content/schema';
import {
	validateContent,
	validatePlaceGeo,
	validateSite,
	validateTour,
	type Content
} from '$lib/content/validate';
import type { Locale, TranslatedLocale } from '$lib/i18n/locale';
import {
	localizeContent,
	localizeGeo,
	localizeSite,
	localizeTour,
	translationFile,
	translationOf
} from './translations';

/** The article as validated data, in English. */
export const content = validateContent({ places, organisations, agreements, events, spellings });
export const site = validateSite(siteJson);
export const q = createQueries(content);

/** Bounds, label point and Turf measurements per place, written by scripts/build-geo.js. */
export const placeGeo: Record<string, PlaceGeo> = validatePlaceGeo(placesGeo);

/** The classroom tour's steps, validated against the content. */
export const tour = validateTour(tourJson, content);

const mapPlacesOf = (c: Content) => c.places.map(({ slug, name, kind }) => ({ slug, name, kind }));

/** What `/content/<locale>.json` holds: the records, not their lookups (functions). */
export function bundleIn(locale: Locale): ContentBundle {
	if (locale === 'en')
		return {
			locale,
			content,
			site,
			mapPlaces: mapPlacesOf(content),
			placeGeo,
			countries: [],
			geography: []
		};
	const tr = translationOf(locale);
	const file = translationFile(locale);
	const localized = localizeContent(content, tr, file);
	return {
		locale,
		content: localized,
		site: localizeSite(site, tr, file),
		mapPlaces: mapPlacesOf(localized),
		placeGeo: localizeGeo(placeGeo, tr, file),
		countries: Object.values(tr.countries ?? {}),
		geography: geographyJson.labels.map((l) => l.names[locale])
	};
}

const bundles = new Map<Locale, L10n>();

/** The content in `locale`, with its lookups (built once per language). */
export function contentIn(locale: Locale): L10n {
	let l10n = bundles.get(locale);
	if (!l10n) {
		l10n = withQueries(bundleIn(locale));
		bundles.set(locale, l10n);
	}
	return l10n;
}

/** English, as every test and server module reads it. */
export const english = contentIn('en');

const tours = new Map<Locale, TourStep[]>([['en', tour]]);

/** The tour in `locale`, localized once (what `/content/tour/<locale>.json` holds). */
export function tourIn(locale: Locale): TourStep[] {
	let steps = tours.get(locale);
	if (!steps) {
		const loc = locale as TranslatedLocale;
		steps = localizeTour(tour, translationOf(loc), translationFile(loc));
		tours.set(locale, steps);
	}
	return steps;
}
