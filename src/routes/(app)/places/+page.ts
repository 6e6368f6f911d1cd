import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }): Promise<PageMeta> => {
	const { content, site } = (await parent()).l10n;
	return {
		meta: {
			title: `${m.nav_places()} · ${site.title}`,
			description: m.places_intro({ count: content.places.length })
		},
		selection: []
	};
};
