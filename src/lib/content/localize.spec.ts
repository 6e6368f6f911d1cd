import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import ja from './data/i18n/ja.json';
import ru from './data/i18n/ru.json';
import { content, placeGeo, site } from './index';
import { bundleIn, contentIn } from './bundle';
import { contentPath, l10nFor } from './l10n';
import { localizeContent, localizeGeo, localizeSite, localizeTour } from './localize';
import { tour, tourIn } from './tour';
import { LOCALES, type Translation } from './translations';
import { ContentError } from './validate';

const FILE = 'src/lib/content/data/i18n/ru.json';
const tr = () => structuredClone(ru) as unknown as Translation;
const tokyo = content.places.find((p) => p.slug === 'tokyo')!;
const valued = content.agreements.find((a) => a.value)!;

describe('localizeContent', () => {
	const localized = localizeContent(content, tr(), FILE);
	const place = localized.places.find((p) => p.slug === 'tokyo')!;

	it('puts every text of a record in the translation’s words', () => {
		expect(place.name).toBe(ru.places.tokyo.name);
		expect(place.summary).toBe(ru.places.tokyo.summary);
		expect(place.description).toBe(ru.places.tokyo.description);
		const agreement = localized.agreements.find((a) => a.slug === valued.slug)!;
		const entry = (ru.agreements as Record<string, { title: string; valueWording?: string }>)[
			valued.slug
		];
		expect(agreement.title).toBe(entry.title);
		expect(agreement.value?.wording).toBe(entry.valueWording);
		const org = localized.organisations[0];
		expect(org.name).toBe((ru.organisations as Record<string, { name: string }>)[org.slug].name);
	});

	it('keeps the quotes in English, as sourced, with their translation beside them', () => {
		place.source.forEach((s, i) => {
			expect(s.quote).toBe(tokyo.source[i].quote);
			expect(s.paragraph).toBe(tokyo.source[i].paragraph);
			expect((s as { translation?: string }).translation).toBe(ru.places.tokyo.quotes[i]);
		});
	});

	it('keeps everything that is not words: slugs, kinds, dates, places, figures', () => {
		expect(localized.places.map((p) => [p.slug, p.kind])).toEqual(
			content.places.map((p) => [p.slug, p.kind])
		);
		const agreement = localized.agreements.find((a) => a.slug === valued.slug)!;
		expect(agreement.value?.amount).toBe(valued.value?.amount);
		expect(agreement.value?.currency).toBe(valued.value?.currency);
		expect(agreement.places).toEqual(valued.places);
		expect(agreement.date).toBe(valued.date);
	});

	it('leaves the English content untouched', () => {
		expect(content.places.find((p) => p.slug === 'tokyo')!.name).toBe('Tokyo');
		expect((tokyo.source[0] as { translation?: string }).translation).toBeUndefined();
	});

	it('names the file, the record and the field of a missing text', () => {
		const broken = tr();
		delete broken.places.tokyo.summary;
		expect(() => localizeContent(content, broken, FILE)).toThrow(ContentError);
		expect(() => localizeContent(content, broken, FILE)).toThrow(
			`${FILE}: record "tokyo" (places): field "summary": missing translation`
		);
		const short = tr();
		short.places.tokyo.quotes = (short.places.tokyo.quotes as string[]).slice(1);
		expect(() => localizeContent(content, short, FILE)).toThrow(
			`${FILE}: record "tokyo" (places): field "quotes": needs ${tokyo.source.length} translated text(s)`
		);
	});
});

describe('the site, the measurements and the tour', () => {
	it('translate every string of the site’s words', () => {
		const s = localizeSite(site, tr(), FILE);
		expect(s.title).toBe(ru.site.title);
		expect(s.kinds.disputed.label).toBe(ru.site.kinds.disputed.label);
		expect(s.sectors.energy).toBe(ru.site.sectors.energy);
		const broken = tr();
		delete (broken.site as { statuses: Record<string, string> }).statuses.signed;
		expect(() => localizeSite(site, broken, FILE)).toThrow(
			`${FILE}: site: field "site.statuses.signed": missing translation`
		);
	});

	it('label the measurements in the translation’s words and keep their values', () => {
		const geo = localizeGeo(placeGeo, tr(), FILE);
		const kurils = geo['south-kurils'].measurements;
		expect(kurils.map((m) => m.label)).toEqual(ru.places['south-kurils'].measurements);
		expect(kurils.map((m) => m.value)).toEqual(
			placeGeo['south-kurils'].measurements.map((m) => m.value)
		);
	});

	it('tell each tour step in the translation’s words, quotes in English beside them', () => {
		const steps = localizeTour(tour, tr(), FILE);
		expect(steps.map((s) => s.slug)).toEqual(tour.map((s) => s.slug));
		const first = (ru.tour as Record<string, { title: string; quotes: string[] }>)[tour[0].slug];
		expect(steps[0].title).toBe(first.title);
		expect(steps[0].source[0].quote).toBe(tour[0].source[0].quote);
		expect((steps[0].source[0] as { translation?: string }).translation).toBe(first.quotes[0]);
		expect(steps[0].places).toEqual(tour[0].places);
	});
});

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

/** The built site's answer to the content's addresses. */
const contentFetch = (async (input: RequestInfo | URL) =>
	LOCALES.filter((l) => String(input) === contentPath(l))
		.map((l) => Response.json(bundleIn(l)))
		.at(0) ?? new Response('Not found', { status: 404 })) as typeof fetch;

describe('l10nFor, in the browser', () => {
	beforeAll(() => vi.stubEnv('SSR', false));
	afterAll(() => vi.unstubAllEnvs());

	it('rebuilds the lookups from the fetched records, and fetches a language once', async () => {
		const fetch = vi.fn(contentFetch);
		const ru1 = await l10nFor('ru', fetch);
		expect(ru1.q.place('tokyo')!.name).toBe(ru.places.tokyo.name);
		expect(ru1.q.agreementsFor('tokyo').concerning.map((a) => a.slug)).toEqual(
			contentIn('ru')
				.q.agreementsFor('tokyo')
				.concerning.map((a) => a.slug)
		);
		expect(await l10nFor('ru', fetch)).toBe(ru1);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(fetch).toHaveBeenCalledWith(contentPath('ru'));
	});

	it('fails with the address on a failed fetch, and tries again on the next page', async () => {
		const offline = vi.fn(async () => new Response('', { status: 503 }));
		await expect(l10nFor('ja', offline)).rejects.toThrow('/content/ja.json: 503');
		await expect(l10nFor('ja', contentFetch)).resolves.toMatchObject({ locale: 'ja' });
	});
});
