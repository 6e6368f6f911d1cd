import { content } from '$lib/content';
import { loadAgreement } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.agreements.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => loadAgreement(params.slug);
