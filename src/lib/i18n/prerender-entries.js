// The pages of every language besides English, for svelte.config.js's `prerender.entries`.
//
// English pages come from '*' (every route, and the `entries()` of each dynamic route). The other
// languages' pages share those routes through `reroute` (src/hooks.ts), which the prerenderer
// only reaches by following links; embeds, the presenter view and the 404 page are linked from
// no page, so every path is listed here. Plain Node (the config imports it before Vite runs).
import { readFileSync } from 'node:fs';

/** @type {(file: string) => { slug: string }[]} */
const read = (file) =>
	JSON.parse(readFileSync(new URL(`../content/data/${file}`, import.meta.url), 'utf8'));
/** @type {{ locales: string[]; baseLocale: string }} */
const settings = JSON.parse(
	readFileSync(new URL('../../../project.inlang/settings.json', import.meta.url), 'utf8')
);

/** Every page of the site, unprefixed (as English has it). */
export function sitePaths() {
	/** @param {string} file */
	const slugs = (file) => read(file).map((r) => r.slug);
	const steps = read('tour.json').map((_, i) => String(i + 1));
	const pages = [
		'/',
		'/places',
		'/agreements',
		'/events',
		'/404',
		'/tour',
		'/tour/presenter',
		'/tour/print',
		...slugs('places.json').map((s) => `/places/${s}`),
		...slugs('agreements.json').map((s) => `/agreements/${s}`),
		...slugs('events.json').map((s) => `/events/${s}`),
		...steps.map((n) => `/tour/${n}`)
	];
	const embeds = [
		'/embed',
		'/embed/tour',
		...slugs('places.json').map((s) => `/embed/places/${s}`),
		...slugs('agreements.json').map((s) => `/embed/agreements/${s}`),
		...slugs('events.json').map((s) => `/embed/events/${s}`),
		...steps.map((n) => `/embed/tour/${n}`)
	];
	return [...pages, ...embeds];
}

/** `/ru`, `/ru/places/tokyo`, … for every language but the base one. */
export function localizedEntries() {
	return settings.locales
		.filter((l) => l !== settings.baseLocale)
		.flatMap((l) => sitePaths().map((p) => (p === '/' ? `/${l}` : `/${l}${p}`)));
}
