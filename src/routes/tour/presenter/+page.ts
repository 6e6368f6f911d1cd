import { tourFor } from '$lib/content/tour';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { l10n } = await parent();
	return {
		tour: tourFor(l10n),
		meta: {
			title: `${m.tour_presenter()} · ${m.tour_name()} · ${l10n.site.title}`,
			description: m.presenter_description(),
			noindex: true
		},
		selection: []
	} satisfies PageMeta & Record<string, unknown>;
};
