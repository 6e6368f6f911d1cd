import { site } from '$lib/content';
import { tour } from '$lib/content/tour';
import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = () =>
	({
		tour,
		meta: {
			title: `Presenter view · Classroom tour · ${site.title}`,
			description: 'Speaker notes, the next step and a timer for presenting the classroom tour.',
			noindex: true
		},
		selection: []
	}) satisfies PageMeta & Record<string, unknown>;
