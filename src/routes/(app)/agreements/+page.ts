import { content, site } from '$lib/content';
import { plural } from '$lib/content/format';
import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = (): PageMeta => ({
	meta: {
		title: `Agreements · ${site.title}`,
		description: `All ${plural(content.agreements.length, 'agreement')} of the article in one table: parties, sector, value, date and status, to sort and filter.`
	},
	selection: []
});
