import { loadPlace } from '$lib/content/record-pages';
import { inLocale } from '$lib/i18n/locale';
import { embedded } from '../../caption';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { l10n } = await parent();
	const data = loadPlace(l10n, params.slug);
	const { name: title, summary: text, slug } = data.place;
	return embedded(data, { title, text, href: inLocale(`/places/${slug}`, l10n.locale) });
};
