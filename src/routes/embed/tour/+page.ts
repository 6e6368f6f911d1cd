import { loadStep } from '$lib/tour/load';
import { embeddedStep } from '../caption';
import type { PageLoad } from './$types';

/** `/embed/tour` is step 1, like `/tour`. */
export const load: PageLoad = async ({ parent }) => {
	const { l10n } = await parent();
	return embeddedStep(loadStep(l10n, '1'), l10n.locale);
};
