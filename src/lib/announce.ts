import { m } from '$lib/paraglide/messages';
import type { Agreement, Event, Place } from '$lib/content/schema';
import type { L10n } from '$lib/content/load';

/** What a panel page's data may hold: one selected record of any kind. */
export interface SelectionData {
	place?: Place;
	agreement?: Agreement;
	event?: Event;
	selection?: string[];
}

/**
 * The sentence a screen reader hears after a selection, e.g. “Tokyo selected, 5 agreements”, in
 * the page's language: the record's name and what its panel lists. Pages that select nothing
 * announce nothing.
 */
export function selectionAnnouncement(data: SelectionData, { q, locale }: L10n): string {
	const options = { locale };
	if (data.place) {
		const { concerning, madeHere } = q.agreementsFor(data.place.slug);
		const count = m.count_agreements({ count: concerning.length + madeHere.length }, options);
		return m.announce_selected({ name: data.place.name, count }, options);
	}
	const record = data.agreement ?? data.event;
	if (!record) return '';
	const count = m.count_places({ count: data.selection?.length ?? 0 }, options);
	return m.announce_selected({ name: record.title, count }, options);
}
