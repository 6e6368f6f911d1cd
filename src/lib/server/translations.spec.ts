import { describe, expect, it } from 'vitest';
import ru from '$lib/content/data/i18n/ru.json';
import spellings from '$lib/content/data/spellings.json';
import { ContentError } from '$lib/content/validate';
import { content, placeGeo, site, tour } from './content';
import {
	localizeContent,
	localizeGeo,
	localizeSite,
	localizeTour,
	translationProblems,
	validateTranslation,
	type Translation
} from './translations';

const english = { ...content, tour, site };
const FILE = 'src/lib/content/data/i18n/xx.json';

/** A complete "translation" that repeats the English, for breaking one thing at a time. */
function complete(): Translation {
	const texts = (r: Record<string, unknown>, fields: string[]) =>
		Object.fromEntries(
			fields.flatMap((f) => (r[f] === undefined ? [] : [[f, structuredClone(r[f])]]))
		);
	const bySlug = <T extends { slug: string }>(list: T[], entry: (r: T) => object) =>
		Object.fromEntries(list.map((r) => [r.slug, entry(r)]));
	const quotes = (r: { source: { quote: string }[] }) => ({
		quotes: r.source.map((s) => s.quote)
	});
	return {
		site: structuredClone(site),
		places: bySlug(content.places, (r) => ({
			...texts(r, ['name', 'altNames', 'summary', 'description', 'notes']),
			...quotes(r)
		})),
		organisations: bySlug(content.organisations, (r) => texts(r, ['name', 'note'])),
		agreements: bySlug(content.agreements, (r) => ({
			...texts(r, ['title', 'summary', 'notes']),
			...(r.value ? { valueWording: r.value.wording } : {}),
			...quotes(r)
		})),
		events: bySlug(content.events, (r) => ({
			...texts(r, ['title', 'summary', 'notes']),
			...quotes(r)
		})),
		tour: bySlug(tour, (r) => ({ ...texts(r, ['title', 'narrative', 'notes']), ...quotes(r) }))
	} as Translation;
}

describe('translation checks', () => {
	it('accept a complete file', () => {
		expect(translationProblems(FILE, complete(), english)).toEqual([]);
	});

	it('name the file, the record and the field of each missing text', () => {
		const tr = complete();
		delete tr.places.tokyo.summary;
		tr.agreements[content.agreements[0].slug].quotes = [];
		delete tr.events[content.events[0].slug];
		(tr.site as { sectors: Record<string, string> }).sectors.energy = ' ';
		expect(translationProblems(FILE, tr, english)).toEqual(
			expect.arrayContaining([
				`${FILE}: record "tokyo" (places): field "summary": missing translation`,
				`${FILE}: record "${content.agreements[0].slug}" (agreements): field "quotes": needs ${content.agreements[0].source.length} translated text(s)`,
				`${FILE}: record "${content.events[0].slug}" (events): field "(record)": missing translation`,
				`${FILE}: site: field "site.sectors.energy": missing translation`
			])
		);
	});

	it('catch an empty quote, a stale record and a tour step too long to project', () => {
		const tr = complete();
		tr.places.tokyo.quotes = ['', ...(tr.places.tokyo.quotes as string[]).slice(1)];
		tr.places.atlantis = { name: 'Atlantis' };
		tr.tour[tour[0].slug].title = 'x'.repeat(46);
		expect(translationProblems(FILE, tr, english)).toEqual([
			`${FILE}: record "tokyo" (places): field "quotes.0": empty`,
			`${FILE}: record "atlantis" (places): field "(record)": no such record`,
			`${FILE}: record "${tour[0].slug}" (tour): field "title": longer than 45 characters, too long to project`
		]);
	});

	it('throw a ContentError listing every problem', () => {
		const tr = complete();
		delete tr.organisations[content.organisations[0].slug].name;
		expect(() => validateTranslation(FILE, tr, english)).toThrow(ContentError);
		expect(() => validateTranslation(FILE, 42, english)).toThrow(/must hold a JSON object/);
	});
});

/** Each place's measurement labels, which a translation labels too. */
const measurements = Object.fromEntries(
	Object.entries(placeGeo).map(([slug, g]) => [slug, g.measurements.map((m) => m.label)])
);

describe('measurement labels and country names', () => {
	it('are checked when given', () => {
		const tr = { ...complete(), countries: { Japan: 'Japan' } } as Translation;
		expect(
			translationProblems(FILE, tr, { ...english, measurements, countries: ['Japan', 'China'] })
		).toEqual(
			expect.arrayContaining([
				`${FILE}: record "tokyo" (places): field "measurements": needs ${measurements.tokyo.length} translated text(s)`,
				`${FILE}: countries: field "China": missing translation`
			])
		);
	});
});

describe('the shipped translations', () => {
	const files = import.meta.glob('../content/data/i18n/*.json', { eager: true, import: 'default' });
	const byLocale = Object.fromEntries(
		Object.entries(files).map(([path, data]) => [path.match(/(\w+)\.json$/)![1], data])
	);

	it.each(['ru', 'ja'])('%s covers every record and field of the content', (locale) => {
		const file = `src/lib/content/data/i18n/${locale}.json`;
		expect(translationProblems(file, byLocale[locale], { ...english, measurements })).toEqual([]);
	});

	it.each([
		['ru', ['Южные Курилы', 'Северные территории']],
		['ja', ['南クリル', '北方領土']]
	])('%s names the disputed islands with both names', (locale, names) => {
		const tr = byLocale[locale] as Translation;
		for (const name of names) expect(tr.places['south-kurils'].name).toContain(name);
	});

	it.each(['ru', 'ja'])('%s keeps the article’s misspellings out of its own words', (locale) => {
		const tr = byLocale[locale] as Translation;
		const own = JSON.stringify(tr);
		const misspelt = spellings.map((s) => s.article);
		expect(misspelt).toContain('Hamobai');
		// Notes may cite the article's wording inside quotation marks; nothing else may use it.
		const unquoted = own.replace(/[«「][^»」]*[»」]/g, '');
		for (const word of misspelt) expect(unquoted, word).not.toContain(word);
	});
});

// Localizing the content with the Russian file.
const RU_FILE = 'src/lib/content/data/i18n/ru.json';
const russian = () => structuredClone(ru) as unknown as Translation;
const tokyo = content.places.find((p) => p.slug === 'tokyo')!;
const valued = content.agreements.find((a) => a.value)!;

describe('localizeContent', () => {
	const localized = localizeContent(content, russian(), RU_FILE);
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
		const broken = russian();
		delete broken.places.tokyo.summary;
		expect(() => localizeContent(content, broken, RU_FILE)).toThrow(ContentError);
		expect(() => localizeContent(content, broken, RU_FILE)).toThrow(
			`${RU_FILE}: record "tokyo" (places): field "summary": missing translation`
		);
		const short = russian();
		short.places.tokyo.quotes = (short.places.tokyo.quotes as string[]).slice(1);
		expect(() => localizeContent(content, short, RU_FILE)).toThrow(
			`${RU_FILE}: record "tokyo" (places): field "quotes": needs ${tokyo.source.length} translated text(s)`
		);
	});
});

describe('the site, the measurements and the tour', () => {
	it('translate every string of the site’s words', () => {
		const s = localizeSite(site, russian(), RU_FILE);
		expect(s.title).toBe(ru.site.title);
		expect(s.kinds.disputed.label).toBe(ru.site.kinds.disputed.label);
		expect(s.sectors.energy).toBe(ru.site.sectors.energy);
		const broken = russian();
		delete (broken.site as { statuses: Record<string, string> }).statuses.signed;
		expect(() => localizeSite(site, broken, RU_FILE)).toThrow(
			`${RU_FILE}: site: field "site.statuses.signed": missing translation`
		);
	});

	it('label the measurements in the translation’s words and keep their values', () => {
		const geo = localizeGeo(placeGeo, russian(), RU_FILE);
		const kurils = geo['south-kurils'].measurements;
		expect(kurils.map((m) => m.label)).toEqual(ru.places['south-kurils'].measurements);
		expect(kurils.map((m) => m.value)).toEqual(
			placeGeo['south-kurils'].measurements.map((m) => m.value)
		);
	});

	it('tell each tour step in the translation’s words, quotes in English beside them', () => {
		const steps = localizeTour(tour, russian(), RU_FILE);
		expect(steps.map((s) => s.slug)).toEqual(tour.map((s) => s.slug));
		const first = (ru.tour as Record<string, { title: string; quotes: string[] }>)[tour[0].slug];
		expect(steps[0].title).toBe(first.title);
		expect(steps[0].source[0].quote).toBe(tour[0].source[0].quote);
		expect((steps[0].source[0] as { translation?: string }).translation).toBe(first.quotes[0]);
		expect(steps[0].places).toEqual(tour[0].places);
	});
});
