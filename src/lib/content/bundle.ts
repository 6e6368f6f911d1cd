import { content, placeGeo, site } from './index';
import { withQueries, type ContentBundle, type L10n } from './l10n';
import { localizeContent, localizeGeo, localizeSite } from './localize';
import type { Locale, TranslatedLocale, Translation } from './translations';
import type { Content } from './validate';
import ru from './data/i18n/ru.json';
import ja from './data/i18n/ja.json';

/**
 * The build's side of src/lib/content/l10n.ts: each language's content, localized from its
 * translation file. Only prerendering and tests import this module; browsers get its output as
 * `/content/<locale>.json`.
 */
const FILES: Record<TranslatedLocale, unknown> = { ru, ja };

export const translationFile = (locale: TranslatedLocale) =>
	`src/lib/content/data/i18n/${locale}.json`;

export const translationOf = (locale: TranslatedLocale) => FILES[locale] as Translation;

const mapPlacesOf = (c: Content) => c.places.map(({ slug, name, kind }) => ({ slug, name, kind }));

/** What `/content/<locale>.json` holds: the records, not their lookups (functions). */
export function bundleIn(locale: Locale): ContentBundle {
	if (locale === 'en')
		return { locale, content, site, mapPlaces: mapPlacesOf(content), placeGeo, countries: [] };
	const tr = translationOf(locale);
	const file = translationFile(locale);
	const localized = localizeContent(content, tr, file);
	return {
		locale,
		content: localized,
		site: localizeSite(site, tr, file),
		mapPlaces: mapPlacesOf(localized),
		placeGeo: localizeGeo(placeGeo, tr, file),
		countries: Object.values(tr.countries ?? {})
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
