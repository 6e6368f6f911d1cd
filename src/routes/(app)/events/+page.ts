import { formatDate } from '$lib/content/format';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }): Promise<PageMeta> => {
	const { locale, q, site } = (await parent()).l10n;
	const timeline = q.timeline();
	const [first, last] = [timeline[0], timeline[timeline.length - 1]];
	return {
		meta: {
			title: `${m.nav_events()} · ${site.title}`,
			description: m.events_description({
				first: first.title,
				firstDate: formatDate(first.date, locale),
				last: last.title,
				lastDate: formatDate(last.date, locale)
			})
		},
		// Every place any event was held: the map shows them all.
		selection: q.eventPlaces()
	};
};
