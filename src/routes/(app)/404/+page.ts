import { site } from '$lib/content';
import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = (): PageMeta => ({
	meta: {
		title: `Not found · ${site.title}`,
		description: 'There is no page at this address.',
		noindex: true
	},
	selection: []
});
