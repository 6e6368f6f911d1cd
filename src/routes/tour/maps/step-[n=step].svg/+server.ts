import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { error } from '@sveltejs/kit';
import { l10nFor } from '$lib/content/l10n';
import { tour, tourFor } from '$lib/content/tour';
import { localeOf } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { stepBounds } from '$lib/tour/camera';
import { staticMapSvg, type GeoCollection } from '$lib/tour/static-map';
import { stepFromParam } from '$lib/tour/url';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * The handout's map of each step: written to build/tour/maps/step-<n>.svg while prerendering,
 * and to build/<locale>/tour/maps/step-<n>.svg with the labels in that language.
 */
export const prerender = true;
export const entries: EntryGenerator = () => tour.map((_, i) => ({ n: String(i + 1) }));

/** The same GeoJSON the interactive map loads (scripts/build-geo.js writes it before the build). */
const geo = (file: string): GeoCollection =>
	JSON.parse(readFileSync(resolve('static/geo', file), 'utf8')) as GeoCollection;

export const GET: RequestHandler = async ({ params, url }) => {
	const l10n = await l10nFor(localeOf(url.pathname));
	const steps = tourFor(l10n);
	const n = stepFromParam(params.n, steps.length);
	if (n === null) error(404, 'No such step');
	const step = steps[n - 1];
	const bounds = stepBounds(step, l10n.placeGeo);
	if (!bounds) error(500, `Step ${n} has no place with bounds`);
	const names = new Map(l10n.content.places.map((p) => [p.slug, p.name]));
	const places = step.places
		.map((s) => names.get(s) ?? s)
		.join(m.list_separator({}, { locale: l10n.locale }));
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
			center: l10n.placeGeo[slug].center
		})),
		title: m.handout_svg_title({ number: n, title: step.title, places }, { locale: l10n.locale }),
		lang: l10n.locale
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
