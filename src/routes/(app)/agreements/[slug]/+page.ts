import { content } from '$lib/content';
import { loadAgreement } from '$lib/content/loaders';
import type { EntryGenerator, PageLoad } from './$types';

// Slugs are the same in every language (`/ru/…` and `/ja/…` pages: svelte.config.js).
export const entries: EntryGenerator = () => content.agreements.map(({ slug }) => ({ slug }));

export const load: PageLoad = async ({ params, parent }) =>
	loadAgreement((await parent()).l10n, params.slug);
