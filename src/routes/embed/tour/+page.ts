import { loadStep } from '$lib/tour/load';
import { embeddedStep } from '../caption';
import type { PageLoad } from './$types';

/** `/embed/tour` is step 1, like `/tour`. */
export const load: PageLoad = async ({ parent, fetch }) => {
	const { l10n } = await parent();
	return embeddedStep(await loadStep(l10n, '1', fetch), l10n.locale);
};
