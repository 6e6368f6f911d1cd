import { describe, expect, it } from 'vitest';
import { content, q } from '$lib/content';
import { loadAgreement, loadEvent, loadPlace } from '$lib/content/loaders';
import { selectionAnnouncement } from './announce';

describe('selectionAnnouncement', () => {
	it('names a place and counts every agreement its panel lists', () => {
		const { concerning, madeHere } = q.agreementsFor('tokyo');
		const n = concerning.length + madeHere.length;
		expect(n).toBeGreaterThan(1);
		expect(selectionAnnouncement(loadPlace('tokyo'))).toBe(`Tokyo selected, ${n} agreements`);
	});

	it('names an agreement or an event and counts the places on the map', () => {
		const agreement = content.agreements[0];
		const places = q.involvedPlaces(agreement).length;
		expect(selectionAnnouncement(loadAgreement(agreement.slug))).toBe(
			`${agreement.title} selected, ${places} place${places === 1 ? '' : 's'}`
		);
		const event = content.events.find((e) => e.places.length === 1)!;
		expect(selectionAnnouncement(loadEvent(event.slug))).toBe(`${event.title} selected, 1 place`);
	});

	it('says nothing for pages that select nothing', () => {
		expect(selectionAnnouncement({})).toBe('');
	});
});
