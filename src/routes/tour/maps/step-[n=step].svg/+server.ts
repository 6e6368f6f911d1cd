import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { error } from '@sveltejs/kit';
import { content, placeGeo } from '$lib/content';
import { tour } from '$lib/content/tour';
import { stepBounds } from '$lib/tour/camera';
import { staticMapSvg, type GeoCollection } from '$lib/tour/static-map';
import { stepFromParam } from '$lib/tour/url';
import type { EntryGenerator, RequestHandler } from './$types';

/** The handout's map of each step: written to build/tour/maps/step-<n>.svg while prerendering. */
export const prerender = true;
export const entries: EntryGenerator = () => tour.map((_, i) => ({ n: String(i + 1) }));

/** The same GeoJSON the interactive map loads (scripts/build-geo.js writes it before the build). */
const geo = (file: string): GeoCollection =>
	JSON.parse(readFileSync(resolve('static/geo', file), 'utf8')) as GeoCollection;

export const GET: RequestHandler = ({ params }) => {
	const n = stepFromParam(params.n, tour.length);
	if (n === null) error(404, 'No such step');
	const step = tour[n - 1];
	const bounds = stepBounds(step, placeGeo);
	if (!bounds) error(500, `Step ${n} has no place with bounds`);
	const names = new Map(content.places.map((p) => [p.slug, p.name]));
	const svg = staticMapSvg({
		bounds,
		width: 900,
		height: 600,
		margin: 70,
		land: [geo('land.geojson'), geo('land-detail.geojson')],
		borders: geo('borders.geojson'),
		places: geo('places.geojson'),
		highlight: step.places,
		labels: step.places.map((slug) => ({
			name: names.get(slug) ?? slug,
			center: placeGeo[slug].center
		})),
		title: `Map of step ${n}, ${step.title}: ${step.places.map((s) => names.get(s) ?? s).join(', ')}`
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
