import { site } from '$lib/content';
import { tour } from '$lib/content/tour';
import type { PageMeta } from '$lib/page-meta';
import type { PageLoad } from './$types';

export const load: PageLoad = () =>
	({
		tour,
		meta: {
			title: `Handout · Classroom tour · ${site.title}`,
			description: `Every step of the classroom tour on one printed page each: ${tour.length} steps with the article's words and a map.`
		},
		selection: []
	}) satisfies PageMeta & Record<string, unknown>;
