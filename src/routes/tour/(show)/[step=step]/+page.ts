import { tour } from '$lib/content/tour';
import { loadStep } from '$lib/tour/load';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => tour.map((_, i) => ({ step: String(i + 1) }));

export const load: PageLoad = async ({ params, parent }) =>
	loadStep((await parent()).l10n, params.step);
