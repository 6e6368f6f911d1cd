import { describe, expect, it } from 'vitest';
import places from './content/data/places.json';
import tour from './content/data/tour.json';
import { inLocale, prerenderEntries, sitePages } from './site-pages';

describe('the list of pages', () => {
	const pages = sitePages();
	const paths = pages.map((p) => p.path);

	it('has each page once: every record, tour step and embed', () => {
		expect(new Set(paths).size).toBe(paths.length);
		for (const p of places) {
			expect(paths).toContain(`/places/${p.slug}`);
			expect(paths).toContain(`/embed/places/${p.slug}`);
		}
		expect(paths).toContain(`/tour/${tour.length}`);
		expect(paths).toContain(`/embed/tour/${tour.length}`);
	});

	it('leaves embeds, single steps, the presenter view and the 404 page out of the sitemap', () => {
		const indexed = pages.filter((p) => p.indexed).map((p) => p.path);
		expect(indexed).toContain('/places/tokyo');
		expect(indexed).toContain('/tour');
		expect(indexed.filter((p) => /^\/embed|^\/tour\/(\d+|presenter)$|^\/404$/.test(p))).toEqual([]);
	});

	it('gives the prerenderer every page in every language', () => {
		const entries = prerenderEntries();
		expect(entries).toHaveLength(paths.length * 3);
		expect(entries).toEqual(expect.arrayContaining(['/', '/ru', '/ja', '/ru/places/tokyo']));
		expect(inLocale('/', 'en')).toBe('/');
		expect(inLocale('/tour/3', 'ja')).toBe('/ja/tour/3');
	});
});
