import { error } from '@sveltejs/kit';
import { content, q, site } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.agreements.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const agreement = q.agreement(params.slug);
	if (!agreement) error(404, { message: `No agreement “${params.slug}”` });
	return {
		agreement,
		selection: q.involvedPlaces(agreement).map((p) => p.slug),
		meta: { title: `${agreement.title} · ${site.title}`, description: agreement.summary },
		share: { title: agreement.title }
	};
};
