import { error } from '@sveltejs/kit';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import { LIMITS } from '$lib/tour/custom';
import { stepFromParam } from '$lib/tour/url';
import type { PageLoad } from './$types';

/**
 * Step n of a teacher's own tour. Only the number is known here: the tour itself is in the hash,
 * which the layout reads once the page runs. Prerendered for every number a tour can have.
 */
export const load: PageLoad = async ({ params, parent }) => {
	const { l10n } = await parent();
	const number = stepFromParam(params.step, LIMITS.steps);
	if (number === null) error(404, { message: `A tour has no step “${params.step}”` });
	return {
		number,
		selection: [],
		meta: {
			title: `${number} · ${m.custom_tour_name()} · ${l10n.site.title}`,
			description: m.custom_description(),
			noindex: true
		}
	} satisfies PageMeta & Record<string, unknown>;
};
