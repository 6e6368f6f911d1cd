import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }): Promise<PageMeta> => ({
	meta: {
		title: `${m.not_found()} · ${(await parent()).l10n.site.title}`,
		description: m.not_found_description(),
		noindex: true
	},
	selection: []
});
