import { describe, expect, it } from 'vitest';
import ja from '$lib/content/data/i18n/ja.json';
import ru from '$lib/content/data/i18n/ru.json';
import { content, contentIn, tour, tourIn } from './content';

describe('contentIn', () => {
	it('gives each language its own words, with lookups over them', () => {
		const [en, rus, jap] = [contentIn('en'), contentIn('ru'), contentIn('ja')];
		expect(en.q.place('tokyo')!.name).toBe('Tokyo');
		expect(rus.q.place('tokyo')!.name).toBe(ru.places.tokyo.name);
		expect(jap.q.place('tokyo')!.name).toBe(ja.places.tokyo.name);
		expect(jap.mapPlaces.find((p) => p.slug === 'tokyo')!.name).toBe(ja.places.tokyo.name);
		expect(jap.countries).toContain(ja.countries.Japan);
		// The same agreements about each place, whatever the language.
		for (const p of content.places)
			expect(jap.q.agreementsFor(p.slug).concerning.map((a) => a.slug)).toEqual(
				en.q.agreementsFor(p.slug).concerning.map((a) => a.slug)
			);
		expect(tourIn('ja')[0].title).toBe(
			(ja.tour as Record<string, { title: string }>)[tour[0].slug].title
		);
		expect(tourIn('en')).toBe(tour);
	});

	it('localizes a language once', () => {
		expect(contentIn('ja')).toBe(contentIn('ja'));
	});
});
