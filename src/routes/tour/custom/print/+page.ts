import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { l10n } = await parent();
	return {
		meta: {
			title: `${m.tour_handout()} · ${m.custom_tour_name()} · ${l10n.site.title}`,
			description: m.custom_description(),
			noindex: true
		},
		selection: []
	} satisfies PageMeta & Record<string, unknown>;
};
