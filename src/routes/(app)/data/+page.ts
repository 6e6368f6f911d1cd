import { asset } from '$app/paths';
import type { PageMeta } from '$lib/page-meta';
import { m } from '$lib/paraglide/messages';
import type { PageLoad } from './$types';

export interface DataFile {
	name: string;
	bytes: number;
}

export const load: PageLoad = async ({
	parent,
	fetch
}): Promise<PageMeta & { files: DataFile[] }> => {
	const { site } = (await parent()).l10n;
	// Fetched while prerendering, and the answer inlined in the page; fetched again only on a
	// client-side visit (the service worker keeps it: src/lib/offline/plan.ts).
	const { files } = (await (await fetch(asset('/data/index.json'))).json()) as {
		files: DataFile[];
	};
	return {
		files,
		meta: { title: `${m.data_title()} · ${site.title}`, description: m.data_description() },
		selection: []
	};
};
