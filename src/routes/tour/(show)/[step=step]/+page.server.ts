import { tour } from '$lib/server/content';
import type { EntryGenerator } from './$types';

// Here, not in +page.ts: only the build needs the count, so browsers never download the tour whole.
export const entries: EntryGenerator = () => tour.map((_, i) => ({ step: String(i + 1) }));
