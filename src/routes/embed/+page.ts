import { site } from '$lib/content';
import type { PageMeta } from '$lib/page-meta';
import { embedded } from './caption';
import type { PageLoad } from './$types';

/** `/embed` frames the whole map, for a page that wants every place. */
export const load: PageLoad = () => {
	const data: PageMeta = {
		meta: { title: `${site.title}: ${site.tagline}`, description: site.intro },
		selection: []
	};
	return embedded(data, { title: site.title, text: site.tagline, href: '/' });
};
