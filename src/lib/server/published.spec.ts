// Issue #19: a length or area measured on the map is "as drawn"; the figure published elsewhere
// stands beside it, with its source, in every language.
import { describe, expect, it } from 'vitest';
import placesGeoJson from '$lib/content/generated/places-geo.json';
import { ContentError, validatePlaceGeo } from '$lib/content/validate';
import { bundleIn, content, placeGeo, site, tour } from './content';
import {
	publishedSources,
	translationFile,
	translationOf,
	translationProblems
} from './translations';

const english = { ...content, tour, site };
const figure = (slug: string, label: RegExp) =>
	placeGeo[slug].measurements.find((m) => label.test(m.label))?.published;

describe('published figures', () => {
	it.each([
		['trans-siberian-railway', /as drawn/, 9289, 'km', false],
		['baikal-amur-railway', /as drawn/, 4300, 'km', true],
		['sakhalin-2', /Pipeline/, 800, 'km', true],
		['mainland-sakhalin-bridge', /coast to coast/, 7.3, 'km', false],
		['south-kurils', /^Iturup/, 3166.6, 'km²', false],
		['south-kurils', /^Kunashir/, 1489.3, 'km²', false],
		['south-kurils', /^Shikotan/, 247.7, 'km²', false],
		['south-kurils', /^Habomai/, 95, 'km²', true],
		['south-kurils', /^Total/, 5003.1, 'km²', false]
	])('%s %s: %d %s beside the value as drawn, with a source', (slug, label, value, unit, about) => {
		const published = figure(slug, label);
		expect(published).toMatchObject({ value, unit });
		expect(published?.approximate ?? false).toBe(about);
		expect(published?.source.length).toBeGreaterThan(20);
	});

	it('give every measured length of a line and every island area a published figure', () => {
		for (const slug of [
			'trans-siberian-railway',
			'baikal-amur-railway',
			'mainland-sakhalin-bridge'
		])
			expect(
				placeGeo[slug].measurements.every((m) => m.published),
				slug
			).toBe(true);
		expect(placeGeo['south-kurils'].measurements.every((m) => m.published)).toBe(true);
	});

	it('cite the GSI for the islands and say that Natural Earth lacks Anuchin Island', () => {
		expect(figure('south-kurils', /^Iturup/)?.source).toMatch(/Geospatial Information Authority/);
		expect(figure('south-kurils', /^Habomai/)?.source).toMatch(/Anuchin Island/);
	});

	it('are validated by the schema, naming the file, the record and the field', () => {
		expect(() => validatePlaceGeo(placesGeoJson)).not.toThrow();
		const broken = structuredClone(placesGeoJson) as Record<string, unknown>;
		const kurils = broken['south-kurils'] as {
			measurements: { published?: { source?: string } }[];
		};
		delete kurils.measurements[0].published!.source;
		expect(() => validatePlaceGeo(broken)).toThrow(ContentError);
		expect(() => validatePlaceGeo(broken)).toThrow(
			'src/lib/content/generated/places-geo.json: record "south-kurils": field "measurements.0.published.source"'
		);
	});

	it.each(['ru', 'ja'] as const)('have their sources translated into %s', (locale) => {
		const published = Object.fromEntries(
			Object.entries(placeGeo).map(([slug, g]) => [slug, publishedSources(g)])
		);
		const measurements = Object.fromEntries(
			Object.entries(placeGeo).map(([slug, g]) => [slug, g.measurements.map((m) => m.label)])
		);
		const file = translationFile(locale);
		expect(
			translationProblems(file, translationOf(locale), { ...english, measurements, published })
		).toEqual([]);
		const local = bundleIn(locale).placeGeo;
		for (const [slug, g] of Object.entries(placeGeo))
			g.measurements.forEach((m, i) => {
				const shown = local[slug].measurements[i].published;
				if (!m.published) return expect(shown).toBeUndefined();
				expect(shown?.value).toBe(m.published.value);
				expect(shown?.source).not.toBe(m.published.source);
				expect(shown?.source.trim()).not.toBe('');
			});
	});

	it('fail a translation that lacks them', () => {
		const tr = structuredClone(translationOf('ru'));
		delete (tr.places['trans-siberian-railway'] as Record<string, unknown>).published;
		const published = { 'trans-siberian-railway': ['x'] };
		expect(translationProblems('ru.json', tr, { ...english, published })).toContain(
			'ru.json: record "trans-siberian-railway" (places): field "published": needs 1 translated text(s)'
		);
	});
});
