import { error } from '@sveltejs/kit';
import type { PageMeta } from '$lib/page-meta';
import type { L10n } from './load';

// Its own module, apart from ./load.ts, which every page loads: only record pages need these.

/** A place page's data, shared by the full page and its embed, in the page's language. */
export function loadPlace({ q, site }: L10n, slug: string) {
	const place = q.place(slug);
	if (!place) error(404, { message: `No place “${slug}”` });
	return {
		place,
		selection: [place.slug],
		meta: { title: `${place.name} · ${site.title}`, description: place.summary },
		share: { title: place.name }
	} satisfies PageMeta & Record<string, unknown>;
}

/** An agreement page's data: the map highlights every place it involves. */
export function loadAgreement({ q, site }: L10n, slug: string) {
	const agreement = q.agreement(slug);
	if (!agreement) error(404, { message: `No agreement “${slug}”` });
	return {
		agreement,
		selection: q.involvedPlaces(agreement).map((p) => p.slug),
		meta: { title: `${agreement.title} · ${site.title}`, description: agreement.summary },
		share: { title: agreement.title }
	} satisfies PageMeta & Record<string, unknown>;
}

/** An event page's data: an event the article places nowhere selects nothing. */
export function loadEvent({ q, site }: L10n, slug: string) {
	const event = q.event(slug);
	if (!event) error(404, { message: `No event “${slug}”` });
	return {
		event,
		selection: event.places,
		meta: { title: `${event.title} · ${site.title}`, description: event.summary },
		share: { title: event.title }
	} satisfies PageMeta & Record<string, unknown>;
}
