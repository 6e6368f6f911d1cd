import { content } from '$lib/server/content';
import type { EntryGenerator } from './$types';

// Here, not in +page.ts: only the build needs the list, so browsers never download the content.
// Slugs are the same in every language (`/ru/…` and `/ja/…` pages: svelte.config.js).
export const entries: EntryGenerator = () => content.places.map(({ slug }) => ({ slug }));
