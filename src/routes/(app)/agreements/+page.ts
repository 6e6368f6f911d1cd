import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }): Promise<PageMeta> => {
	const { content, site } = (await parent()).l10n;
	return {
		meta: {
			title: `${m.nav_agreements()} · ${site.title}`,
			description: m.agreements_description({ count: content.agreements.length })
		},
		selection: []
	};
};
