import { asset } from '$app/paths';
import { DATA_LISTING, type DataFile } from '$lib/data-listing';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({
	parent,
	fetch
}): Promise<PageMeta & { files: DataFile[] }> => {
	const { site } = (await parent()).l10n;
	// Fetched while prerendering, and the answer inlined in the page; fetched again only on a
	// client-side visit (the service worker keeps it: src/lib/offline/plan.ts).
	const { files } = (await (await fetch(asset(DATA_LISTING))).json()) as {
		files: DataFile[];
	};
	return {
		files,
		meta: { title: `${m.data_title()} · ${site.title}`, description: m.data_description() },
		selection: []
	};
};
