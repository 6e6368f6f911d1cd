import { content } from '$lib/content';
import { loadPlace } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.places.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const data = loadPlace(params.slug);
	return {
		...data,
		meta: { ...data.meta, noindex: true },
		caption: {
			title: data.place.name,
			text: data.place.summary,
			href: `/places/${data.place.slug}`
		}
	};
};
