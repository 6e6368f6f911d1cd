/**
 * Build-time static maps of a selection of places, for the tour's handout and for browsers without
 * WebGL2: the same GeoJSON and the same bounds as the interactive map.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { content, contentIn, placeGeo, q, tour } from '$lib/server/content';
import { DEFAULT_VIEW, selectionBounds } from './camera';
import { intersects, staticMapSvg, type GeoCollection, type StaticMapInput } from './static-map';
import type { Locale } from '$lib/i18n/locale';
import { selectionKey, staticMapTitle } from './static-map-url';

/** scripts/build-geo.js writes these before the build; read once per prerender. */
const read = (file: string): GeoCollection =>
	JSON.parse(readFileSync(resolve('static/geo', file), 'utf8')) as GeoCollection;
let layers:
	| {
			land: GeoCollection[];
			borders: GeoCollection;
			places: GeoCollection;
			geography: GeoCollection;
			islandAxes: GeoCollection;
	  }
	| undefined;
const geo = () =>
	(layers ??= {
		land: [read('land.geojson'), read('land-detail.geojson')],
		borders: read('borders.geojson'),
		places: read('places.geojson'),
		geography: read('geography.geojson'),
		islandAxes: read('island-axes.geojson')
	});

const englishNames: ReadonlyMap<string, string> = new Map(
	content.places.map((p) => [p.slug, p.name])
);

/** The picture's own options are staticMapSvg's; the geography comes from the selection. */
export type SelectionMap = Pick<
	StaticMapInput,
	| 'width'
	| 'height'
	| 'margin'
	| 'title'
	| 'bleed'
	| 'frame'
	| 'minStep'
	| 'labelSize'
	| 'narrow'
	| 'lang'
> & {
	/** The places highlighted, labelled and fitted; none draws every place in the default view. */
	slugs: readonly string[];
	/** Each place's name in the picture's language; English when absent. */
	names?: ReadonlyMap<string, string>;
};

export function selectionMapSvg({ slugs, names = englishNames, ...picture }: SelectionMap): string {
	const bounds = selectionBounds(slugs, placeGeo) ?? DEFAULT_VIEW;
	const shown = slugs.length
		? slugs
		: content.places.map((p) => p.slug).filter((s) => intersects(placeGeo[s].bbox, bounds));
	return staticMapSvg({
		...picture,
		...geo(),
		// With nothing selected every place is labelled: where they crowd, some names give way.
		dropCrowdedLabels: !slugs.length,
		bounds,
		highlight: shown,
		labels: shown.map((slug) => ({
			name: names.get(slug) ?? slug,
			center: placeGeo[slug].center,
			bbox: placeGeo[slug].bbox
		}))
	});
}

/**
 * The no-WebGL map: 4:3, drawn 160 px beyond each edge so that boxes from 0.87:1 to 1.87:1 show
 * no band; coastlines to the whole pixel (28 files, not one page's worth each); labels that stay
 * readable from a phone (about 12 px there) to a desktop (about 19 px). The labels' room is the
 * fallback font's (static-map.ts, ems), as on the handout.
 */
export const FALLBACK_MAP = {
	width: 800,
	height: 600,
	margin: 40,
	bleed: 160,
	frame: false,
	minStep: 1.5,
	labelSize: 15,
	narrow: { maxWidth: 560, labelSize: 24 }
};

/**
 * Every selection a page can make, by key: a place, an agreement's places, an event's, every
 * event's (the timeline), a tour step's. src/routes/maps/ prerenders one map for each.
 */
export function mapSelections(): Map<string, string[]> {
	const lists = [
		...content.places.map((p) => [p.slug]),
		...content.agreements.map((a) => q.involvedPlaces(a).map((p) => p.slug)),
		...content.events.map((e) => e.places),
		q.eventPlaces(),
		...tour.map((t) => t.places)
	].filter((slugs) => slugs.length);
	return new Map(lists.map((slugs) => [selectionKey(slugs), [...slugs]]));
}

/** The no-WebGL map of `slugs` in `locale`: its labels and title in the page's language. */
export async function fallbackMapResponse(slugs: string[], locale: Locale): Promise<Response> {
	const l10n = contentIn(locale);
	const svg = selectionMapSvg({
		...FALLBACK_MAP,
		slugs,
		names: new Map(l10n.content.places.map((p) => [p.slug, p.name])),
		title: staticMapTitle(slugs, l10n),
		lang: locale
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
