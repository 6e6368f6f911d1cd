import { selectionMapSvg, FALLBACK_MAP } from '$lib/map/selection-map.server';
import { staticMapTitle } from '$lib/map/static-map-url';
import type { RequestHandler } from './$types';

/** The static map with nothing selected (the home and index pages), for browsers without WebGL2. */
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(selectionMapSvg({ ...FALLBACK_MAP, slugs: [], title: staticMapTitle([]) }), {
		headers: { 'content-type': 'image/svg+xml' }
	});
