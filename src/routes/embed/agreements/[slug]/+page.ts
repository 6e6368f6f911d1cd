import { content } from '$lib/content';
import { loadAgreement } from '$lib/content/loaders';
import { embedded } from '../../caption';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.agreements.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => {
	const data = loadAgreement(params.slug);
	const { title, summary: text, slug } = data.agreement;
	return embedded(data, { title, text, href: `/agreements/${slug}` });
};
