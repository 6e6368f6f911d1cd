import { tourFor } from '$lib/content/load';
import type { LayoutLoad } from './$types';

/** A teacher's tour may use the built-in tour's steps: they load with it, in the page's language. */
export const load: LayoutLoad = async ({ parent, fetch }) => {
	const { l10n } = await parent();
	return { builtIn: await tourFor(l10n.locale, fetch) };
};
