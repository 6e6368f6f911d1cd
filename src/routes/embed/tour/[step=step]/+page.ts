import { loadStep } from '$lib/tour/load';
import { embeddedStep } from '../../caption';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, fetch }) => {
	const { l10n } = await parent();
	return embeddedStep(await loadStep(l10n, params.step, fetch), l10n.locale);
};
