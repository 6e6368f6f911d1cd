import { content } from '$lib/content';
import { loadEvent } from '$lib/content/loaders';
import { embedded } from '../../caption';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.events.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const data = loadEvent(params.slug);
	const { title, summary: text, slug } = data.event;
	return embedded(data, { title, text, href: `/events/${slug}` });
};
