import { content } from '$lib/content';
import { loadPlace } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.places.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => loadPlace(params.slug);
