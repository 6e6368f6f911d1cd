import { error } from '@sveltejs/kit';
import { site } from '$lib/content';
import { tour } from '$lib/content/tour';
import type { PageMeta } from '$lib/page-meta';
import { stepFromParam } from './url';

/** A projected step's data: the map highlights and fits its places. */
export function loadStep(param: string) {
	const number = stepFromParam(param, tour.length);
	if (number === null) error(404, { message: `The tour has no step “${param}”` });
	const step = tour[number - 1];
	return {
		step,
		number,
		count: tour.length,
		selection: step.places,
		meta: {
			title: `${number}/${tour.length} ${step.title} · Classroom tour · ${site.title}`,
			description: step.narrative
		}
	} satisfies PageMeta & Record<string, unknown>;
}

export type StepData = ReturnType<typeof loadStep>;
