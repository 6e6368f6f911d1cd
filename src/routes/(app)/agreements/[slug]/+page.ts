import { loadAgreement } from '$lib/content/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) =>
	loadAgreement((await parent()).l10n, params.slug);
