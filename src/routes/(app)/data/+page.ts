import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent, data }): Promise<PageMeta & typeof data> => {
	const { site } = (await parent()).l10n;
	return {
		...data,
		meta: { title: `${m.data_title()} · ${site.title}`, description: m.data_description() },
		selection: []
	};
};
