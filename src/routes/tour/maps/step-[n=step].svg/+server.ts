import { error } from '@sveltejs/kit';
import { contentIn, tour, tourIn } from '$lib/server/content';
import { localeOf } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { selectionMapSvg } from '$lib/map/selection-map.server';
import { stepFromParam } from '$lib/tour/url';
import type { EntryGenerator, RequestHandler } from './$types';

/** The handout's map of each step, in the handout's language, written while prerendering. */
export const prerender = true;
export const entries: EntryGenerator = () => tour.map((_, i) => ({ n: String(i + 1) }));

export const GET: RequestHandler = async ({ params, url }) => {
	const l10n = contentIn(localeOf(url.pathname));
	const steps = tourIn(l10n.locale);
	const n = stepFromParam(params.n, steps.length);
	if (n === null) error(404, 'No such step');
	const step = steps[n - 1];
	const names = new Map(l10n.content.places.map((p) => [p.slug, p.name]));
	const places = step.places
		.map((s) => names.get(s) ?? s)
		.join(m.list_separator({}, { locale: l10n.locale }));
	const svg = selectionMapSvg({
		slugs: step.places,
		names,
		width: 900,
		height: 600,
		margin: 70,
		title: m.handout_svg_title({ number: n, title: step.title, places }, { locale: l10n.locale }),
		lang: l10n.locale
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
