// What the prerendered pages hold before any script runs, and which addresses a plain static host
// answers: read from build/ in Node. What needs a browser stays in tests/*.e2e.ts.
import { describe, expect, it } from 'vitest';
import organisations from '../../src/lib/content/data/organisations.json' with { type: 'json' };
import site from '../../src/lib/content/data/site.json' with { type: 'json' };
import tour from '../../src/lib/content/data/tour.json' with { type: 'json' };
import { agreements, agreementsFor, events, involvedPlaces, places } from '../content';
import { builtPages, page, read, served, text } from './build';

const LOCALES = ['ru', 'ja'] as const;
const tokyo = places.find((p) => p.slug === 'tokyo')!;
const pathOf = (url: string) => new URL(url).pathname;

describe('link previews', () => {
	it('a place page carries its title, description, canonical URL and card tags', () => {
		const $ = page('/places/tokyo');
		const meta = (sel: string) => $(sel).first().attr('content');
		expect($('title').text()).toMatch(/^Tokyo · /);
		expect(meta('meta[name="description"]')).toBe(tokyo.summary);
		const canonical = $('link[rel="canonical"]').attr('href');
		expect(canonical).toMatch(/^https?:\/\/[^/]+\/places\/tokyo$/);
		expect(meta('meta[property="og:url"]')).toBe(canonical);
		expect(meta('meta[property="og:title"]')).toMatch(/^Tokyo/);
		expect(meta('meta[property="og:description"]')).toBe(tokyo.summary);
		expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const image = meta('meta[property="og:image"]');
		expect(image).toMatch(/^https?:\/\/.+\/og-image\.png$/);
		const file = served(pathOf(image!));
		expect(file, 'the preview image is in the build').not.toBeNull();
		expect(read(pathOf(image!).slice(1)).slice(1, 4)).toBe('PNG');
	});

	for (const locale of LOCALES)
		it(`/${locale}/places/tokyo names itself in every language for search engines`, () => {
			const $ = page(`/${locale}/places/tokyo`);
			expect($('link[rel="canonical"]').attr('href')).toMatch(
				new RegExp(`^https?://[^/]+/${locale}/places/tokyo$`)
			);
			const alternates = $('link[rel="alternate"][hreflang]')
				.toArray()
				.map((l) => [$(l).attr('hreflang'), pathOf($(l).attr('href')!)]);
			expect(alternates).toEqual([
				['en', '/places/tokyo'],
				['ru', '/ru/places/tokyo'],
				['ja', '/ja/places/tokyo'],
				['x-default', '/places/tokyo']
			]);
			expect($('meta[property="og:locale"]').attr('content')).toBe(
				locale === 'ru' ? 'ru_RU' : 'ja_JP'
			);
		});
});

describe('sitemap and robots', () => {
	const sitemap = read('sitemap.xml');
	const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]));

	it('the sitemap lists every page in every language, and every listed page is served', () => {
		for (const p of places) expect(locs).toContain(`/places/${p.slug}`);
		for (const a of agreements) expect(locs).toContain(`/agreements/${a.slug}`);
		for (const path of ['/places/tokyo', '/ru/places/tokyo', '/ja/places/tokyo', '/ja'])
			expect(locs).toContain(path);
		expect(sitemap).toContain('hreflang="ja"');
		for (const path of locs) expect(served(path), path).not.toBeNull();
	});

	it('robots.txt names the sitemap and keeps embeds out of search, in every language', () => {
		const robots = read('robots.txt');
		expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
		for (const prefix of ['', '/ru', '/ja']) expect(robots).toContain(`Disallow: ${prefix}/embed/`);
	});
});

describe('every language', () => {
	it('is prerendered page for page, embeds included', () => {
		const all = builtPages();
		const english = all.filter((p) => !/^(ru|ja)(\/|\.html$)/.test(p));
		expect(english.length).toBeGreaterThan(100);
		for (const locale of LOCALES) {
			const translated = all
				.filter((p) => p.startsWith(`${locale}/`) || p === `${locale}.html`)
				.map((p) => (p === `${locale}.html` ? 'index.html' : p.slice(locale.length + 1)))
				.sort();
			expect(translated, locale).toEqual(english);
		}
	});
});

describe('addresses', () => {
	it('every tour step is prerendered with its title; other numbers answer 404', () => {
		tour.forEach((step, i) => {
			const $ = page(`/tour/${i + 1}`);
			expect($(`[data-step="${i + 1}"]`).length, `/tour/${i + 1}`).toBeGreaterThan(0);
			expect(text($('body').text())).toContain(text(step.title));
		});
		for (const bad of ['0', String(tour.length + 1), '03', 'x'])
			expect(served(`/tour/${bad}`), bad).toBeNull();
	});

	it('an unknown page answers 404, with or without a trailing slash', () => {
		expect(served('/places/atlantis')).toBeNull();
		expect(served('/places/atlantis/')).toBeNull();
	});
});

describe('text before any script runs', () => {
	it('a place page holds its title, heading and every agreement', () => {
		const $ = page('/places/tokyo');
		expect($('title').text()).toMatch(/Tokyo/);
		expect(text($('h1').text())).toBe('Tokyo');
		expect($('article.agreement')).toHaveLength(agreementsFor('tokyo').length);
	});

	it('an event page holds its title and quote', () => {
		const event = events.find((e) => e.slug === 'nagato-summit-2016')!;
		const agreed = agreements.filter((a) => a.event === event.slug);
		const $ = page(`/events/${event.slug}`);
		expect($('title').text()).toContain(event.title);
		expect(text($('h1').text())).toBe(event.title);
		for (const s of event.source) expect(text($('.event').text())).toContain(text(s.quote));
		expect($('article.agreement')).toHaveLength(agreed.length);
	});

	it('an agreement page carries its whole record', () => {
		const a = agreements.find((x) => x.value && x.places.length > 0)!;
		const $ = page(`/agreements/${a.slug}`);
		expect($('title').text()).toContain(a.title);
		const card = text($(`article.agreement[data-agreement="${a.slug}"]`).text());
		for (const party of a.parties)
			expect(card).toContain(organisations.find((o) => o.slug === party)!.name);
		expect(card).toContain(text(a.value!.wording));
		expect($(`article.agreement[data-agreement="${a.slug}"] time`).attr('datetime')).toBe(a.date);
		expect(card).toContain(site.statuses[a.status as keyof typeof site.statuses]);
		for (const s of a.source) expect(card).toContain(text(s.quote));
		const related = $('.places-heading + ul a')
			.toArray()
			.map((l) => [text($(l).text()), $(l).attr('href')]);
		expect(related).toEqual(
			expect.arrayContaining(
				involvedPlaces(a).map((slug) => [
					places.find((p) => p.slug === slug)!.name,
					`/places/${slug}`
				])
			)
		);
		expect(related).toHaveLength(involvedPlaces(a).length);
	});
});
