import { DATA_LISTING } from '$lib/data-listing';
import { storedOffline } from './precache';

/**
 * Which of the build's files the offline copy holds, and when. Shared by the service worker (which
 * has the build's lists) and the page's "Save for offline"; paths here are without the base path.
 *
 * - The first visit (`inCore`): what re-opening the site in the reader's language needs: the app's
 *   code and styles, the fonts that language's text is set in, the GeoJSON, that language's content
 *   data and pages (not embeds).
 * - "Save for offline" (`inSave`): the same for the languages chosen, plus their embeds, the
 *   handout's maps, the pages of a teacher's own tour past step 1, the static maps a teacher's own
 *   tour's handout can print (`step-map`: one per place, agreement, event and built-in step, in
 *   the language's own folder), the open data files (`/data/…`) and, only where the browser shows
 *   them (no WebGL2), the other static maps (the overview, the timeline's).
 * - Everything else of the build is stored when first used.
 */

export const LANGUAGES = ['en', 'ru', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Kind =
	| 'code'
	| 'font'
	| 'geo'
	| 'content'
	| 'page'
	| 'embed'
	| 'map'
	| 'step-map'
	| 'handout-map'
	| 'custom-step'
	| 'app'
	| 'download'
	| 'listing'
	| 'other';

const PREFIXED = /^\/(ru|ja)(?=\/|$)/;

/**
 * The static maps of a selection (`/maps/places/<key>.svg`) that no custom tour's step shows: the
 * timeline's (every event's places), the largest of them. Every other selection is a place's, an
 * agreement's, an event's or a built-in step's, which a custom tour's handout prints
 * (src/routes/tour/custom/print); plan.spec.ts checks both lists against the content.
 */
export const NOT_A_STEP_MAP = ['moscow_nagato_sochi_taormina_tokyo_vladivostok_yekaterinburg'];
const STEP_MAP = /^\/maps\/(?:(?:ru|ja)\/)?places\/([^/]+)\.svg$/;

/** The language a file belongs to; null for what every language shares (code, GeoJSON, icons). */
export function languageOf(path: string): Language | null {
	if (/\/noto-sans-jp-/.test(path)) return 'ja';
	if (path.startsWith('/_app/') || path.startsWith('/geo/')) return null;
	const data = /^\/content\/(?:tour\/)?(en|ru|ja)\.json$/.exec(path);
	if (data) return data[1] as Language;
	const map = /^\/maps\/(ru|ja)\//.exec(path);
	if (map) return map[1] as Language;
	const page = PREFIXED.exec(path);
	if (page) return page[1] as Language;
	return kindOf(path) === 'app' ? null : 'en';
}

/** What a file of the build is. */
export function kindOf(path: string): Kind {
	if (path.startsWith('/_app/immutable/')) return /\.woff2?$/.test(path) ? 'font' : 'code';
	if (path.startsWith('/geo/')) return 'geo';
	if (path.startsWith('/content/')) return 'content';
	if (path.startsWith('/maps/')) {
		const key = STEP_MAP.exec(path)?.[1];
		return key && !NOT_A_STEP_MAP.includes(key) ? 'step-map' : 'map';
	}
	const rest = path.replace(PREFIXED, '') || '/';
	if (rest.startsWith('/tour/maps/')) return 'handout-map';
	if (/^\/[^/]+\.(svg|png|webmanifest)$/.test(rest)) return 'app';
	// A page's data for client-side navigation (`/data/__data.json`): part of the page.
	if (rest.endsWith('/__data.json')) return 'page';
	// What /data lists, in every language (a few hundred bytes): kept like the code.
	if (path === DATA_LISTING) return 'listing';
	// The open data files (`/data/places.geojson`, `agreements.csv`): one set for every language.
	if (/^\/data\/[^/]+\.(geojson|csv|json)$/.test(path)) return 'download';
	if (/\.[a-z0-9]+$/.test(rest)) return 'other';
	// A teacher's tour past its first step: 29 more shells a language, which a first visit need
	// not carry; "Save for offline" stores them (moving between steps needs no download anyway).
	if (/^\/tour\/custom\/([2-9]|\d{2,})$/.test(rest)) return 'custom-step';
	if (/^\/embed(\/|$)/.test(rest)) return 'embed';
	return 'page';
}

/**
 * The pieces of Noto Sans every language's pages set text in: Latin (with the few accented letters
 * of the names, `ō`) and Cyrillic (the language switch names Russian in every language). Its
 * Greek, Vietnamese and Devanagari pieces are stored only if a page ever asks for them.
 */
const CORE_FONT = /\/noto-sans-(latin|latin-ext|cyrillic)-(400|700)-normal\.[^/]+\.woff2$/;

/**
 * The pieces of Noto Sans JP that draw 日本語 in the language switch on every page, in every
 * language (src/lib/i18n/generated/language-names.css; a unit test keeps the two lists in step).
 */
export const LANGUAGE_NAME_PIECES = ['113', '117', '118'];
const LANGUAGE_NAME_FONT = new RegExp(
	`/noto-sans-jp-(${LANGUAGE_NAME_PIECES.join('|')})-400-normal\\.[^/]+\\.woff2$`
);

/** Whether the first visit stores `path` for a reader of these languages. */
export function inCore(path: string, languages: readonly Language[]): boolean {
	if (!storedOffline(path)) return false;
	const language = languageOf(path);
	switch (kindOf(path)) {
		case 'code':
		case 'geo':
		case 'listing':
			return true;
		case 'app':
			// The favicon for everyone, `/ru/manifest.webmanifest` for Russian. The app icons (PNG,
			// 70 KB that gzip cannot shrink) are fetched when the site is installed, and the system
			// keeps its own copy: they wait for a save.
			if (path.endsWith('.png')) return false;
			return language === null || languages.includes(language);
		case 'font':
			if (language === 'ja') return languages.includes('ja') || LANGUAGE_NAME_FONT.test(path);
			return CORE_FONT.test(path);
		case 'content':
		case 'page':
			return language !== null && languages.includes(language);
		default:
			return false;
	}
}

/** Whether "Save for offline" in these languages stores `path`. */
export function inSave(
	path: string,
	languages: readonly Language[],
	{ staticMaps }: { staticMaps: boolean }
): boolean {
	if (inCore(path, languages)) return true;
	if (kindOf(path) === 'download' || (kindOf(path) === 'app' && storedOffline(path))) return true;
	const language = languageOf(path);
	if (language === null || !languages.includes(language)) return false;
	switch (kindOf(path)) {
		case 'embed':
		case 'handout-map':
		case 'step-map':
		case 'custom-step':
			return true;
		case 'map':
			return staticMaps;
		default:
			return false;
	}
}

/** The home page of a language: `/`, `/ru`, `/ja`. */
export const homeOf = (language: Language) => (language === 'en' ? '/' : `/${language}`);

/** The same page in another language: `/ru/places/tokyo` → `/ja/places/tokyo`. */
export function pageIn(path: string, language: Language): string {
	const rest = path.replace(PREFIXED, '') || '/';
	if (language === 'en') return rest;
	return rest === '/' ? `/${language}` : `/${language}${rest}`;
}
