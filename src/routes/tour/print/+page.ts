import { tourFor } from '$lib/content/load';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent, fetch }) => {
	const { l10n } = await parent();
	const tour = await tourFor(l10n.locale, fetch);
	return {
		tour,
		meta: {
			title: `${m.tour_handout()} · ${m.tour_name()} · ${l10n.site.title}`,
			description: m.handout_description({ count: tour.length })
		},
		selection: []
	} satisfies PageMeta & Record<string, unknown>;
};
