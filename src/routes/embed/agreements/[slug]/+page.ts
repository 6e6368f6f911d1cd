import { loadAgreement } from '$lib/content/record-pages';
import { inLocale } from '$lib/i18n/locale';
import { embedded } from '../../caption';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { l10n } = await parent();
	const data = loadAgreement(l10n, params.slug);
	const { title, summary: text, slug } = data.agreement;
	return embedded(data, { title, text, href: inLocale(`/agreements/${slug}`, l10n.locale) });
};
