import { content } from '$lib/content';
import { loadPlace } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

// Slugs are the same in every language (`/ru/…` and `/ja/…` pages: svelte.config.js).
export const entries: EntryGenerator = () => content.places.map(({ slug }) => ({ slug }));

export const load: PageLoad = async ({ params, parent }) =>
	loadPlace((await parent()).l10n, params.slug);
