import { error } from '@sveltejs/kit';
import { content, q, site } from '$lib/content';
import type { PageMeta } from '$lib/page-meta';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.events.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const event = q.event(params.slug);
	if (!event) error(404, { message: `No event “${params.slug}”` });
	return {
		event,
		// An event the article places nowhere selects nothing, so the map stays where it is.
		selection: event.places,
		meta: { title: `${event.title} · ${site.title}`, description: event.summary },
		share: { title: event.title }
	} satisfies PageMeta & { event: typeof event };
};
