import { loadStep } from '$lib/tour/load';
import type { PageLoad } from './$types';

/** `/tour` is step 1; moving on goes to the numbered URLs. */
export const load: PageLoad = async ({ parent, fetch }) =>
	loadStep((await parent()).l10n, '1', fetch);
