import { tourFor } from '$lib/content/tour';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { l10n } = await parent();
	const tour = tourFor(l10n);
	return {
		tour,
		meta: {
			title: `${m.tour_handout()} · ${m.tour_name()} · ${l10n.site.title}`,
			description: m.handout_description({ count: tour.length })
		},
		selection: []
	} satisfies PageMeta & Record<string, unknown>;
};
