import { loadPlace } from '$lib/content/record-pages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) =>
	loadPlace((await parent()).l10n, params.slug);
