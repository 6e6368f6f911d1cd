import { content } from '$lib/content';
import { loadEvent } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

// Slugs are the same in every language (`/ru/…` and `/ja/…` pages: svelte.config.js).
export const entries: EntryGenerator = () => content.events.map(({ slug }) => ({ slug }));

export const load: PageLoad = async ({ params, parent }) =>
	loadEvent((await parent()).l10n, params.slug);
