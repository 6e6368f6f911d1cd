import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }): Promise<PageMeta> => {
	const { site } = (await parent()).l10n;
	return {
		meta: { title: `${site.title}: ${site.tagline}`, description: site.intro },
		selection: []
	};
};
