import { tourFor } from '$lib/content/load';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent, fetch }) => {
	const { l10n } = await parent();
	return {
		builtIn: await tourFor(l10n.locale, fetch),
		meta: {
			title: `${m.editor_title()} · ${m.tour_name()} · ${l10n.site.title}`,
			description: m.editor_description()
		},
		selection: []
	} satisfies PageMeta & Record<string, unknown>;
};
