import { tour } from '$lib/content/tour';
import { loadStep } from '$lib/tour/load';
import { embeddedStep } from '../../caption';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => tour.map((_, i) => ({ step: String(i + 1) }));

export const load: PageLoad = async ({ params, parent }) => {
	const { l10n } = await parent();
	return embeddedStep(loadStep(l10n, params.step), l10n.locale);
};
