import { content } from '$lib/content';
import { loadAgreement } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.agreements.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const data = loadAgreement(params.slug);
	const a = data.agreement;
	return {
		...data,
		meta: { ...data.meta, noindex: true },
		caption: { title: a.title, text: a.summary, href: `/agreements/${a.slug}` }
	};
};
