import { describe, expect, it } from 'vitest';
import spellings from './data/spellings.json';
import { content, placeGeo, site } from './index';
import { tour } from './tour';
import { translationProblems, validateTranslation, type Translation } from './translations';
import { ContentError } from './validate';

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
	const files = import.meta.glob('./data/i18n/*.json', { eager: true, import: 'default' });
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
