import { content } from '$lib/content';
import { loadEvent } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => content.events.map(({ slug }) => ({ slug }));

export const load: PageLoad = ({ params }) => loadEvent(params.slug);
