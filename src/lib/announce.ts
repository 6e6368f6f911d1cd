import { q } from '$lib/content';
import { plural } from '$lib/content/format';
import type { Agreement, Event, Place } from '$lib/content';

/** What a panel page's data may hold: one selected record of any kind. */
interface SelectionData {
	place?: Place;
	agreement?: Agreement;
	event?: Event;
	selection?: string[];
}

/**
 * The sentence a screen reader hears after a selection, e.g. “Tokyo selected, 5 agreements”: the
 * record's name and what its panel lists. Pages that select nothing announce nothing.
 */
export function selectionAnnouncement(data: SelectionData): string {
	if (data.place) {
		const { concerning, madeHere } = q.agreementsFor(data.place.slug);
		return `${data.place.name} selected, ${plural(concerning.length + madeHere.length, 'agreement')}`;
	}
	const record = data.agreement ?? data.event;
	if (record) return `${record.title} selected, ${plural(data.selection?.length ?? 0, 'place')}`;
	return '';
}
