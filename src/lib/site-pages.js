// The site's pages: the one list the prerenderer (svelte.config.js's `prerender.entries`) and the
// sitemap read. Plain Node, no Vite: svelte.config.js imports it before Vite runs.
//
// Every page is listed in every language. The Russian and Japanese pages share the English routes
// through `reroute` (src/hooks.ts), which the prerenderer only reaches through a list like this,
// and embeds, the presenter view and the 404 page are linked from no page.
//
// JSON imports, not file reads: the sitemap's server code, which Vite bundles, reads this too.
import settings from '../../project.inlang/settings.json' with { type: 'json' };
import places from './content/data/places.json' with { type: 'json' };
import agreements from './content/data/agreements.json' with { type: 'json' };
import events from './content/data/events.json' with { type: 'json' };
import tour from './content/data/tour.json' with { type: 'json' };
import { CUSTOM_TOUR_STEPS } from './tour/custom-steps.js';

/**
 * Every page of the site, unprefixed (as English has it); `indexed` for those the sitemap lists
 * (not embeds, the presenter view, single tour steps, custom tours' pages or the 404 page).
 * @returns {{ path: string; indexed: boolean }[]}
 */
export function sitePages() {
	const steps = tour.map((_, i) => String(i + 1));
	// A teacher's own tour: `/tour/custom/<n>`, the tour itself riding in the address's hash.
	const custom = Array.from({ length: CUSTOM_TOUR_STEPS }, (_, i) => `/tour/custom/${i + 1}`);
	const records = [
		...places.map((p) => `/places/${p.slug}`),
		...agreements.map((a) => `/agreements/${a.slug}`),
		...events.map((e) => `/events/${e.slug}`)
	];
	const embeds = [
		'/embed',
		'/embed/tour',
		...records.map((p) => `/embed${p}`),
		...steps.map((n) => `/embed/tour/${n}`)
	];
	/** @param {boolean} indexed */
	const as = (indexed) => (/** @type {string} */ path) => ({ path, indexed });
	return [
		...[
			'/',
			'/places',
			'/agreements',
			'/events',
			...records,
			'/tour',
			'/tour/print',
			'/tour/new',
			'/data'
		].map(as(true)),
		...[
			'/404',
			'/tour/presenter',
			...steps.map((n) => `/tour/${n}`),
			// A teacher's tour: shells that read the tour from the hash, so never indexed.
			...custom,
			'/tour/custom/presenter',
			'/tour/custom/print',
			...embeds
		].map(as(false))
	];
}

/** A path in a language: `/ru/places/tokyo`, `/ru` for the home page; English unprefixed. */
export const inLocale = (/** @type {string} */ path, /** @type {string} */ locale) =>
	locale === settings.baseLocale ? path : path === '/' ? `/${locale}` : `/${locale}${path}`;

/** Every page in every language, for the prerenderer. */
export function prerenderEntries() {
	return settings.locales.flatMap((l) => sitePages().map((p) => inLocale(p.path, l)));
}
