import { q, site } from '$lib/content';
import { formatDate } from '$lib/content/format';
import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = (): PageMeta => {
	const timeline = q.timeline();
	const [first, last] = [timeline[0], timeline[timeline.length - 1]];
	return {
		meta: {
			title: `Events · ${site.title}`,
			description: `Every event of the article in date order, from ${first.title} (${formatDate(first.date)}) to ${last.title} (${formatDate(last.date)}).`
		},
		// Every place any event was held: the map shows them all.
		selection: q.eventPlaces()
	};
};
