import { inLocale } from '$lib/i18n/locale';
import type { PageMeta } from '$lib/page-meta';
import { embedded } from './caption';
import type { PageLoad } from './$types';

/** `/embed` frames the whole map, for a page that wants every place. */
export const load: PageLoad = async ({ parent }) => {
	const { locale, site } = (await parent()).l10n;
	const data: PageMeta = {
		meta: { title: `${site.title}: ${site.tagline}`, description: site.intro },
		selection: []
	};
	return embedded(data, { title: site.title, text: site.tagline, href: inLocale('/', locale) });
};
