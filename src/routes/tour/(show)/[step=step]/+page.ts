import { loadStep } from '$lib/tour/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, fetch }) =>
	loadStep((await parent()).l10n, params.step, fetch);
