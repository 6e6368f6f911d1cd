import { error } from '@sveltejs/kit';
import { tourFor, type L10n } from '$lib/content/load';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import { stepFromParam } from './url';

/** A projected step's data, in the page's language: the map highlights and fits its places. */
export async function loadStep(l10n: L10n, param: string, fetch: typeof globalThis.fetch) {
	const tour = await tourFor(l10n.locale, fetch);
	const number = stepFromParam(param, tour.length);
	if (number === null) error(404, { message: `The tour has no step “${param}”` });
	const step = tour[number - 1];
	return {
		step,
		number,
		count: tour.length,
		selection: step.places,
		meta: {
			title: `${number}/${tour.length} ${step.title} · ${m.tour_name()} · ${l10n.site.title}`,
			description: step.narrative
		}
	} satisfies PageMeta & Record<string, unknown>;
}

export type StepData = Awaited<ReturnType<typeof loadStep>>;
