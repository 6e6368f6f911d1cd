import { loadEvent } from '$lib/content/record-pages';
import { inLocale } from '$lib/i18n/locale';
import { embedded } from '../../caption';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { l10n } = await parent();
	const data = loadEvent(l10n, params.slug);
	const { title, summary: text, slug } = data.event;
	return embedded(data, { title, text, href: inLocale(`/events/${slug}`, l10n.locale) });
};
