import { error } from '@sveltejs/kit';
import { tour } from '$lib/content/tour';
import { selectionMapSvg } from '$lib/map/selection-map.server';
import { placeNames } from '$lib/map/static-map-url';
import { stepFromParam } from '$lib/tour/url';
import type { EntryGenerator, RequestHandler } from './$types';

/** The handout's map of each step: written to build/tour/maps/step-<n>.svg while prerendering. */
export const prerender = true;
export const entries: EntryGenerator = () => tour.map((_, i) => ({ n: String(i + 1) }));

export const GET: RequestHandler = ({ params }) => {
	const n = stepFromParam(params.n, tour.length);
	if (n === null) error(404, 'No such step');
	const step = tour[n - 1];
	const svg = selectionMapSvg({
		slugs: step.places,
		width: 900,
		height: 600,
		margin: 70,
		title: `Map of step ${n}, ${step.title}: ${placeNames(step.places)}`
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
