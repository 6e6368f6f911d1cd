import { site } from '$lib/content';
import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = (): PageMeta => ({
	meta: { title: `${site.title}: ${site.tagline}`, description: site.intro },
	selection: []
});
