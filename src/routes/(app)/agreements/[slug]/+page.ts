import { loadAgreement } from '$lib/content/record-pages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) =>
	loadAgreement((await parent()).l10n, params.slug);
