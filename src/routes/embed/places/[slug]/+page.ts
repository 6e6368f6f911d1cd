import { content } from '$lib/content';
import { loadPlace } from '$lib/content/loaders';
import { embedded } from '../../caption';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.places.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const data = loadPlace(params.slug);
	const { name: title, summary: text, slug } = data.place;
	return embedded(data, { title, text, href: `/places/${slug}` });
};
