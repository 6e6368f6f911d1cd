import { error } from '@sveltejs/kit';
import { q } from '$lib/content';
import { FALLBACK_MAP, mapSelections, selectionMapSvg } from '$lib/map/selection-map.server';
import { slugsOfKey, staticMapTitle } from '$lib/map/static-map-url';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The static map of each selection a page can make, for browsers without WebGL2: written to
 * build/maps/places/<slug>_<slug>….svg while prerendering (nothing links to them, hence entries).
 */
export const prerender = true;
export const entries: EntryGenerator = () => [...mapSelections().keys()].map((key) => ({ key }));

export const GET: RequestHandler = ({ params }) => {
	const slugs = slugsOfKey(params.key);
	if (!slugs || slugs.some((s) => !q.place(s))) error(404, 'No such map');
	return new Response(selectionMapSvg({ ...FALLBACK_MAP, slugs, title: staticMapTitle(slugs) }), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
