import { content, site } from '$lib/content';
import { plural } from '$lib/content/format';
import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = (): PageMeta => ({
	meta: {
		title: `Places · ${site.title}`,
		description: `The ${plural(content.places.length, 'place')} of the article, by kind, with the agreements tied to each.`
	},
	selection: []
});
