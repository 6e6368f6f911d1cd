import { error } from '@sveltejs/kit';
import { content, q, site } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.places.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const place = q.place(params.slug);
	if (!place) error(404, { message: `No place “${params.slug}”` });
	return {
		place,
		selection: [place.slug],
		meta: { title: `${place.name} · ${site.title}`, description: place.summary },
		share: { title: place.name }
	};
};
