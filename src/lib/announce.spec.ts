import { describe, expect, it } from 'vitest';
import { content, contentIn, english, q } from '$lib/server/content';
import { loadAgreement, loadEvent, loadPlace } from '$lib/content/record-pages';
import { selectionAnnouncement } from './announce';

describe('selectionAnnouncement', () => {
	it('names a place and counts every agreement its panel lists', () => {
		const { concerning, madeHere } = q.agreementsFor('tokyo');
		const n = concerning.length + madeHere.length;
		expect(n).toBeGreaterThan(1);
		expect(selectionAnnouncement(loadPlace(english, 'tokyo'), english)).toBe(
			`Tokyo selected, ${n} agreements`
		);
	});

	it('names an agreement or an event and counts the places on the map', () => {
		const agreement = content.agreements[0];
		const places = q.involvedPlaces(agreement).length;
		expect(selectionAnnouncement(loadAgreement(english, agreement.slug), english)).toBe(
			`${agreement.title} selected, ${places} place${places === 1 ? '' : 's'}`
		);
		const event = content.events.find((e) => e.places.length === 1)!;
		expect(selectionAnnouncement(loadEvent(english, event.slug), english)).toBe(
			`${event.title} selected, 1 place`
		);
	});

	it("speaks the page's language", async () => {
		const ru = contentIn('ru');
		const text = selectionAnnouncement(loadPlace(ru, 'tokyo'), ru);
		expect(text).toContain(ru.q.place('tokyo')!.name);
		expect(text).toMatch(/^Выбрано: .+, \d+ соглашени/);
	});

	it('says nothing for pages that select nothing', () => {
		expect(selectionAnnouncement({}, english)).toBe('');
	});
});
