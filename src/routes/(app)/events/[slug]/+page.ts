import { loadEvent } from '$lib/content/record-pages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) =>
	loadEvent((await parent()).l10n, params.slug);
