/**
 * A static map as an SVG string: the same Natural Earth land and place geometry as the interactive
 * map, drawn in Web Mercator with d3-geo. No tiles, no browser: it runs while the site is
 * prerendered, for the tour's printed handout and for browsers without WebGL2.
 */
import { geoMercator, geoStream, type GeoStream } from 'd3-geo';
import type { BBox } from '$lib/map/camera';
import { GEOGRAPHY, LABEL_SIZE as MAP_LABEL_SIZE, PAPER, type GeographyKind } from './symbology';
import {
	areaSvg,
	bordersSvg,
	geographyDot,
	geographyStyle,
	labelPaint,
	lineSvg,
	pointSvg,
	reach,
	round,
	SMALL_PLACE_PX,
	smallPlaceRing
} from './static-symbols';
import type { PlaceKind } from '$lib/content/schema';

type Position = number[];
type Geometry =
	| { type: 'Point'; coordinates: Position }
	| { type: 'LineString' | 'MultiPoint'; coordinates: Position[] }
	| { type: 'Polygon' | 'MultiLineString'; coordinates: Position[][] }
	| { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface GeoFeature {
	geometry: Geometry | null;
	properties?: Record<string, unknown> | null;
}
export interface GeoCollection {
	features: GeoFeature[];
}

export interface StaticMapInput {
	bounds: BBox;
	width: number;
	height: number;
	/** Blank space kept around the bounds, in pixels. */
	margin?: number;
	/** Land polygons, drawn in order (coarse world first, then the detailed north-east Asia). */
	land: GeoCollection[];
	borders?: GeoCollection;
	/** places.geojson: features with `slug` and `kind` properties. */
	places: GeoCollection;
	highlight: readonly string[];
	/** Labels for the highlighted places, at their label points; `bbox` marks places too small to see. */
	labels: { name: string; center: [number, number]; bbox?: BBox }[];
	/** Accessible name of the image. */
	title: string;
	/**
	 * Pixels drawn beyond each edge of the viewBox. An <img> wider or taller than the picture shows
	 * them (the viewBox stays centred), so the map fills any box without blank bands.
	 */
	bleed?: number;
	/** A dark outline around the picture, for paper. */
	frame?: boolean;
	/** Coastline and border points closer than this many pixels are merged (default 0.8). */
	minStep?: number;
	/** Label font size in pixels (default 18, for paper). */
	labelSize?: number;
	/**
	 * Larger labels when the image is shown narrower than `maxWidth` CSS pixels (a phone): the
	 * picture shrinks with its box, so a second set of labels, placed for this size, replaces the
	 * first there.
	 */
	narrow?: { maxWidth: number; labelSize: number };
	/** Leave out a label that has no spot clear of the others (the crowded overview), as MapLibre does. */
	dropCrowdedLabels?: boolean;
	/** The language of the labels and title (the handout's language); English when absent. */
	lang?: string;
	/**
	 * static/geo/geography.geojson: seas, straits, islands and towns, named in `lang` where they
	 * fit around the places' labels, each from the zoom the interactive map shows it at.
	 */
	geography?: GeoCollection;
	/**
	 * static/geo/island-axes.geojson: an island is named at the point of its centre line nearest
	 * the picture's middle, so a picture of part of it (south Sakhalin) still names it.
	 */
	islandAxes?: GeoCollection;
}

/** The interactive map's zoom (512 px tiles) that shows as many pixels per degree as this picture. */
export function equivalentZoom(projection: Projection, at: Position): number {
	const [x0] = projection.project(at);
	const [x1] = projection.project([at[0] + 1, at[1]]);
	return Math.log2(((x1 - x0) * 360) / 512);
}

const R = 180 / Math.PI;
/** Web Mercator's limit, as MapLibre's: the world is a square. */
const MAX_LAT = 85.051129 / R;

/**
 * d3's Mercator cuts polygons at the antimeridian on the sphere, which needs d3's own winding
 * (clockwise outer rings; the GeoJSON here winds the other way) and would turn an island inside
 * out. The build already split the land at ±180°, so nothing needs cutting: this preclip only
 * keeps the poles (Antarctica reaches −90°, infinitely far) at Mercator's limit, as MapLibre does.
 */
function clampPoles(stream: GeoStream): GeoStream {
	return {
		point: (x, y) => stream.point(x, Math.max(-MAX_LAT, Math.min(MAX_LAT, y))),
		lineStart: () => stream.lineStart(),
		lineEnd: () => stream.lineEnd(),
		polygonStart: () => stream.polygonStart(),
		polygonEnd: () => stream.polygonEnd(),
		sphere: () => stream.sphere?.()
	};
}

export interface Projection {
	project(p: Position): [number, number];
	/** The geographic box the whole picture shows (wider than the bounds on one axis). */
	view: BBox;
	/** Streams geometry into picture pixels, cut a little beyond the picture's edges. */
	stream(sink: GeoStream): GeoStream;
}

/**
 * Fits `bounds` into width × height minus the margin, centred, keeping the aspect ratio (d3's
 * fitExtent, on the bounds' corners: a polygon's edges would be great circles, bulging north).
 * No resampling (precision 0): straight lines in Mercator, as MapLibre draws them. The view
 * reaches `bleed` pixels beyond the picture's edges.
 */
export function fitProjection(
	bounds: BBox,
	width: number,
	height: number,
	margin = 0,
	bleed = 0
): Projection {
	const [w, s, e, n] = bounds;
	const mercator = geoMercator()
		.preclip(clampPoles)
		.precision(0)
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin]
			],
			{
				type: 'MultiPoint',
				coordinates: [
					[w, s],
					[e, n]
				]
			}
		);
	// Cut a little beyond the picture (2%), so clipped outlines never show along its edges.
	const padX = bleed + (width + 2 * bleed) * 0.02;
	const padY = bleed + (height + 2 * bleed) * 0.02;
	// Only streamed geometry is cut: project() of a single point ignores the clip extent.
	mercator.clipExtent([
		[-padX, -padY],
		[width + padX, height + padY]
	]);
	const [west, north] = mercator.invert!([-bleed, -bleed])!;
	const [east, south] = mercator.invert!([width + bleed, height + bleed])!;
	return {
		project: (p) => mercator(p as [number, number])!,
		view: [west, south, east, north],
		stream: (sink) => mercator.stream(sink)
	};
}

export function intersects(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * An SVG path for lines or rings, for paper: d3 projects them and cuts them to the picture, so
 * nothing outside is stored. Points within `minStep` pixels of the last one are skipped (d3 has
 * no such thinning: it is what keeps a coastline at this scale a few kB) and the rest rounded.
 */
export function pathData(
	parts: Position[][],
	projection: Projection,
	closed: boolean,
	{ minStep = 0.8 }: { minStep?: number } = {}
): string {
	// Whole pixels once points are a pixel or more apart: a tenth would only add bytes.
	const r = minStep >= 1 ? Math.round : round;
	const out: string[] = [];
	let pts: [number, number][] = [];
	let last: [number, number] | null = null;
	let count = 0;
	const sink: GeoStream = {
		lineStart() {
			pts = [];
			count = 0;
		},
		point(x, y) {
			const prev = pts[pts.length - 1];
			last = [x, y];
			count++;
			if (!prev || Math.hypot(x - prev[0], y - prev[1]) >= minStep) pts.push(last);
		},
		lineEnd() {
			// A line shorter than a pixel still gets drawn (as a dot, with a round cap or a ring).
			if (!closed && pts.length === 1 && count > 1) pts.push(last!);
			if (pts.length < (closed ? 3 : 2)) return;
			out.push('M' + pts.map(([x, y]) => `${r(x)} ${r(y)}`).join('L') + (closed ? 'Z' : ''));
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {}
	};
	// Each ring as its own polygon: the paths are filled even-odd, so holes stay holes.
	const geometry: GeoJSON.Geometry = closed
		? { type: 'MultiPolygon', coordinates: parts.map((ring) => [ring]) }
		: { type: 'MultiLineString', coordinates: parts };
	geoStream(geometry, projection.stream(sink));
	return out.join('');
}

function polygons(g: Geometry): Position[][] {
	if (g.type === 'Polygon') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat();
	return [];
}
function lines(g: Geometry): Position[][] {
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString') return g.coordinates;
	return [];
}

export function escapeXml(text: string): string {
	return text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

export type Box = [x0: number, y0: number, x1: number, y1: number];
export type Anchor = 'start' | 'middle' | 'end';
/** The places' names are bold, the geography's regular, as on the interactive map. */
export type Weight = 'bold' | 'regular';
const LABEL_SIZE = 18;

/**
 * A name's estimated width in ems, as the widest font a reader's browser is likely to fall back
 * on sets it: a picture shown as an image cannot load the page's web font, and Linux browsers
 * pick DejaVu Sans, wider than Noto Sans or Arial. Kana, kanji and full-width signs are a square
 * each; Latin and Cyrillic letters as wide as in DejaVu Sans Bold (measured in Chromium, 3 Dec
 * 2026): i, l, t, r, brackets and spaces under half an em, m, w, ж, ш, ю about one, capitals
 * about 0.85, other letters about 0.7. The geography's regular weight runs a tenth narrower.
 * No name on the maps measures wider than this; the widest come within 1%.
 */
export function ems(name: string, weight: Weight = 'bold'): number {
	let sum = 0;
	for (const c of name) {
		if (/[\u3000-\u9fff\uff00-\uffef]/.test(c)) {
			sum += 1;
			continue;
		}
		const w = /[\sijlftrIJ.,:;'’()/\-–]/.test(c)
			? 0.48
			: /[mwMWДЖШЩЮЫдмжцшщюыфФ—]/.test(c)
				? 1.1
				: /[A-ZА-ЯЁ«»]/.test(c)
					? 0.84
					: 0.72;
		sum += weight === 'bold' ? w : w * 0.9;
	}
	return sum;
}

/**
 * The box a label's text covers, from its anchor point (`x`, the baseline `y`) and `anchor`: the
 * estimated width (ems), the font's height above and below the baseline, and the white halo
 * around the letters (a tenth of the size each side). The static maps place their labels with
 * it, and the build checks (tests/build/static-maps.spec.ts) read each box back from the SVGs.
 */
export function labelBox(
	name: string,
	x: number,
	y: number,
	anchor: Anchor,
	size: number,
	weight: Weight = 'bold'
): Box {
	const halo = size * 0.1;
	const w = ems(name, weight) * size + 2 * halo;
	const left = anchor === 'start' ? x - halo : anchor === 'end' ? x + halo - w : x - w / 2;
	return [left, y - size * 0.96 - halo, left + w, y + size * 0.24 + halo];
}

/** The room (pixels) a geography name keeps from the places, the edge and other names. */
const GEOGRAPHY_GAP = 3;

/** A box grown by `by` pixels on every side. */
const grow = (b: Box, by: number): Box => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];

/** The square a circle of radius `r` covers around (x, y). */
export const dotBox = (x: number, y: number, r: number): Box => [x - r, y - r, x + r, y + r];

/**
 * Whether a label's box stays 4 px inside the picture, and clear of the boxes already taken (by
 * more than `gap` pixels).
 */
export function boxTests(width: number, height: number, placed: readonly Box[], gap = 0) {
	return {
		inside: (b: Box) => b[0] >= 4 && b[1] >= 4 && b[2] <= width - 4 && b[3] <= height - 4,
		clear: (b: Box) => !placed.some((p) => boxesMeet(b, p, gap))
	};
}
/** Whether boxes `a` and `b` come closer than `gap` pixels (touching, with no gap, counts). */
export const boxesMeet = (a: Box, b: Box, gap = 0) =>
	a[0] <= b[2] + gap && a[2] + gap >= b[0] && a[1] <= b[3] + gap && a[3] + gap >= b[1];

/** An SVG path's rings or lines as points (the `M x yLx y…Z` that pathData writes). */
export function pathParts(d: string): [number, number][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((part) =>
			part
				.replace(/Z$/, '')
				.split('L')
				.map((xy) => xy.trim().split(/\s+/).map(Number) as [number, number])
		);
}

/** Whether the segment from p to q crosses or lies in the box (Liang–Barsky clipping). */
function segmentInBox([px, py]: number[], [qx, qy]: number[], b: Box): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = qx - px;
	const dy = qy - py;
	for (const [p, q] of [
		[-dx, px - b[0]],
		[dx, b[2] - px],
		[-dy, py - b[1]],
		[dy, b[3] - py]
	]) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return false;
		}
	}
	return true;
}

/** Whether a point lies in an area drawn from these rings (filled even-odd, as the SVG fills them). */
export function pointInArea(
	x: number,
	y: number,
	rings: readonly (readonly number[][])[]
): boolean {
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	return inside;
}

/** Whether a box overlaps an area drawn from these rings (filled even-odd, as the SVG fills them). */
export function boxMeetsArea(b: Box, rings: readonly (readonly number[][])[]): boolean {
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
			if (segmentInBox(ring[j], ring[i], b)) return true;
	return pointInArea((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, rings);
}

/**
 * Where a label goes: the first of ten spots around its point that stays inside the picture and
 * clear of the labels already placed (estimated widths: close enough for a handful of names), or,
 * given `free`, that `free` accepts. Without such a spot, `fits` is false and the label goes
 * where it at least stays inside.
 */
export function placeLabel(
	name: string,
	x: number,
	y: number,
	width: number,
	height: number,
	placed: readonly Box[],
	size = LABEL_SIZE,
	{ weight = 'bold', free }: { weight?: Weight; free?: (b: Box) => boolean } = {}
): { x: number; y: number; anchor: Anchor; box: Box; fits: boolean } {
	const h = size * 1.2;
	const gap = 12;
	const spots: [dx: number, dy: number, anchor: Anchor][] = [
		[gap, -gap, 'start'],
		[gap, gap + h * 0.8, 'start'],
		[-gap, -gap, 'end'],
		[-gap, gap + h * 0.8, 'end'],
		[0, -gap - 6, 'middle'],
		[0, gap + h, 'middle'],
		[gap, 2 * h + gap, 'start'],
		[-gap, 2 * h + gap, 'end'],
		[gap, -gap - h, 'start'],
		[-gap, -gap - h, 'end']
	];
	const candidates = spots.map(([dx, dy, anchor]) => {
		const lx = x + dx;
		const ly = y + dy;
		return { x: lx, y: ly, anchor, box: labelBox(name, lx, ly, anchor, size, weight) };
	});
	const { inside, clear } = boxTests(width, height, placed);
	const best = candidates.find((c) => inside(c.box) && (free ?? clear)(c.box));
	if (best) return { ...best, fits: true };
	return { ...(candidates.find((c) => inside(c.box)) ?? candidates[0]), fits: false };
}

/**
 * A geography label centred on its point (a sea, a strait, an island), or, where `free` refuses
 * that spot, the nearest free one around it: up to `lines` lines above or below and `aside`
 * quarters of the name's width to either side, no further than `reach` pixels. `fits` is false
 * when `free` refuses them all.
 */
export function centredLabel(
	name: string,
	x: number,
	y: number,
	size: number,
	free: (b: Box) => boolean,
	{
		lines = 0,
		aside = 0,
		reach = Infinity
	}: { lines?: number; aside?: number; reach?: number } = {}
): { x: number; y: number; anchor: 'middle'; box: Box; fits: boolean } {
	const h = size * 1.2;
	const w = ems(name, 'regular') * size;
	// The point is the middle of the letters: the baseline sits a third of the size below it.
	const y0 = y + size * 0.35;
	const steps = (n: number) => Array.from({ length: 2 * n + 1 }, (_, i) => i - n);
	const spots = steps(lines)
		.flatMap((i) => steps(aside).map((j) => [(j * w) / 4, i * 1.2 * h]))
		.filter(([dx, dy]) => Math.hypot(dx, dy) <= reach)
		.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
	for (const [dx, dy] of spots) {
		const box = labelBox(name, x + dx, y0 + dy, 'middle', size, 'regular');
		if (free(box)) return { x: x + dx, y: y0 + dy, anchor: 'middle', box, fits: true };
	}
	return { x, y: y0, anchor: 'middle', box: labelBox(name, x, y0, 'middle', size), fits: false };
}

/**
 * How far a geography name may move from its point to find room: lines up or down, quarters of
 * its width aside, and no further than `km` on the ground or `ems` of its size on the picture. A
 * sea's name goes well into the sea, though on a small-scale map not so far that it reaches
 * another; a strait's or a peninsula's still spans its point and stays close enough to be read as
 * its name (where the strait is too narrow for it, the name lies across the water just off it); an
 * island's (once every point of its centre line was tried as it is) a line up or down, staying on
 * the island. Water names keep their middle off land wherever they go.
 */
const MOVES: Record<
	Exclude<GeographyKind, 'town'>,
	{ lines: number; aside: number; km?: number; ems?: number }
> = {
	sea: { lines: 3, aside: 2, km: 300 },
	strait: { lines: 3, aside: 1, ems: 5 },
	peninsula: { lines: 2, aside: 1, ems: 5 },
	island: { lines: 1, aside: 0 }
};

const labelStyle = (selector: string, size: number) =>
	`${selector}{font:700 ${size}px 'Noto Sans','Noto Sans JP','Noto Sans CJK JP','Hiragino Sans','Yu Gothic','DejaVu Sans',Arial,sans-serif;${labelPaint(size)};paint-order:stroke;stroke-linejoin:round}`;
/** An SVG shown as an image answers media queries about the image's own size. */
const narrowStyle = ({ maxWidth, labelSize }: { maxWidth: number; labelSize: number }) =>
	`${labelStyle('.label-narrow', labelSize)}.label-narrow{display:none}@media (max-width:${maxWidth}px){.label{display:none}.label-narrow{display:inline}}`;

/** The whole picture: sea, land, borders, every place (the step's in colour), labels. */
export function staticMapSvg(input: StaticMapInput): string {
	const { width, height, places, highlight, bleed = 0, labelSize = LABEL_SIZE, narrow } = input;
	const projection = fitProjection(input.bounds, width, height, input.margin ?? 24, bleed);
	const lit = new Set(highlight);
	const detail = { minStep: input.minStep ?? 0.8 };
	const parts: string[] = [];
	// What the geography's names keep clear of: the places' symbols (dots, rings, line ends) and
	// areas, as drawn.
	const symbols: Box[] = [];
	const areas: [number, number][][][] = [];
	const land: [number, number][][][] = [];

	for (const layer of input.land) {
		const d = layer.features
			.map((f) => (f.geometry ? pathData(polygons(f.geometry), projection, true, detail) : ''))
			.join('');
		if (d) parts.push(`<path d="${d}" fill="${PAPER.land}" fill-rule="evenodd"/>`);
		if (d) land.push(pathParts(d));
	}
	const onLand = (x: number, y: number) => land.some((rings) => pointInArea(x, y, rings));
	if (input.borders) {
		const d = input.borders.features
			.map((f) => (f.geometry ? pathData(lines(f.geometry), projection, false, detail) : ''))
			.join('');
		if (d) parts.push(bordersSvg(d));
	}

	// Other places faintly, then the step's own places on top, bold and in their kind's colour.
	const ordered = [...places.features].sort(
		(a, b) =>
			Number(lit.has(String(a.properties?.slug))) - Number(lit.has(String(b.properties?.slug)))
	);
	for (const f of ordered) {
		if (!f.geometry) continue;
		const slug = String(f.properties?.slug ?? '');
		const kind = f.properties?.kind as PlaceKind;
		const on = lit.has(slug);
		const attrs = `data-slug="${escapeXml(slug)}"${on ? ' class="step-place"' : ''}`;
		const g = f.geometry;
		if (g.type === 'Point') {
			const [x, y] = projection.project(g.coordinates);
			if (x < -bleed || y < -bleed || x > width + bleed || y > height + bleed) continue;
			parts.push(pointSvg(attrs, x, y, kind, on));
			symbols.push(dotBox(x, y, reach.point(kind, on)));
		} else if (g.type === 'LineString' || g.type === 'MultiLineString') {
			const d = pathData(lines(g), projection, false);
			if (d) parts.push(...lineSvg(attrs, d, kind, on));
			for (const line of pathParts(d))
				for (const [x, y] of [line[0], line[line.length - 1]])
					symbols.push(dotBox(x, y, reach.line(on)));
		} else {
			const d = pathData(polygons(g), projection, true, { minStep: 0.3 });
			if (d) parts.push(areaSvg(attrs, d, kind, on));
			if (d) areas.push(pathParts(d));
		}
	}

	// Places too small to see at this scale (a 7 km bridge) get a ring, as on the interactive map.
	for (const { bbox } of input.labels) {
		if (!bbox || (bbox[0] === bbox[2] && bbox[1] === bbox[3])) continue;
		const [ax, ay] = projection.project([bbox[0], bbox[1]]);
		const [bx, by] = projection.project([bbox[2], bbox[3]]);
		if (Math.max(Math.abs(bx - ax), Math.abs(by - ay)) >= SMALL_PLACE_PX) continue;
		parts.push(smallPlaceRing((ax + bx) / 2, (ay + by) / 2));
		symbols.push(dotBox((ax + bx) / 2, (ay + by) / 2, reach.smallPlace));
	}

	// Labels keep clear of each other and of the highlighted markers. With `narrow`, a second set,
	// placed for the larger size, replaces them on narrow screens.
	const markers: Box[] = input.labels.map(({ center }) => {
		const [x, y] = projection.project(center);
		return [x - 9, y - 9, x + 9, y + 9];
	});
	/** The places' names, placed; the boxes they and the markers take. */
	const labelLayer = (size: number, className: string): Box[] => {
		const placed = [...markers];
		for (const { name, center } of input.labels) {
			const [x, y] = projection.project(center);
			const label = placeLabel(name, x, y, width, height, placed, size);
			if (!label.fits && input.dropCrowdedLabels) continue;
			placed.push(label.box);
			parts.push(
				`<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}" class="${className}">${escapeXml(name)}</text>`
			);
		}
		return placed;
	};
	/** Where an island's name may go: its centre line's points, nearest the picture's middle first. */
	const islandSpots = (slug: string, fallback: Position): Position[] => {
		const axis = input.islandAxes?.features.find((f) => f.properties?.slug === slug)?.geometry;
		if (axis?.type !== 'LineString') return [fallback];
		const middle = (q: Position) => {
			const [x, y] = projection.project(q);
			return Math.hypot(x - width / 2, y - height / 2);
		};
		return [...axis.coordinates].sort((a, b) => middle(a) - middle(b));
	};
	// The geography after the places' names, in the room they leave: a name gives way (moves, or
	// is left out) rather than touch a place's name, symbol or area, another geography name or the
	// picture's edge, keeping GEOGRAPHY_GAP pixels from them.
	const geographyLayer = (size: number, className: string, placedPlaces: Box[]) => {
		const taken = [...placedPlaces, ...symbols];
		const { inside, clear } = boxTests(width, height, taken, GEOGRAPHY_GAP);
		const free = (b: Box) =>
			inside(b) && clear(b) && !areas.some((rings) => boxMeetsArea(grow(b, GEOGRAPHY_GAP), rings));
		const zoom = equivalentZoom(projection, input.bounds.slice(0, 2));
		const scale = (size * MAP_LABEL_SIZE.other) / MAP_LABEL_SIZE.selected;
		const features = [...(input.geography?.features ?? [])].sort(
			(a, b) => Number(a.properties?.rank) - Number(b.properties?.rank)
		);
		for (const f of features) {
			const p = f.properties ?? {};
			const rank = Number(p.rank) as keyof typeof GEOGRAPHY.minZoom;
			if (f.geometry?.type !== 'Point' || zoom < GEOGRAPHY.minZoom[rank]) continue;
			const kind = p.kind as GeographyKind;
			const name = String(
				p[input.lang && input.lang !== 'en' ? `name_${input.lang}` : 'name'] ?? p.name
			);
			const px = Math.round(scale * GEOGRAPHY.scale[kind]);
			const town = kind === 'town';
			const spots = (
				kind === 'island'
					? islandSpots(String(p.slug), f.geometry.coordinates)
					: [f.geometry.coordinates]
			).map((q) => projection.project(q));
			let at: [number, number] = spots[0];
			let label: ReturnType<typeof placeLabel> | ReturnType<typeof centredLabel> | undefined;
			if (town) {
				// A town's dot is a symbol too: where it would touch a place, the town is left out.
				const dot = dotBox(...at, reach.town);
				if (!free(dot)) continue;
				label = placeLabel(name, ...at, width, height, taken, px, { weight: 'regular', free });
				if (label.fits) taken.push(dot);
			} else {
				// An island's name at the first point of its centre line where it fits as it is, or
				// else moved a little: on the island rather than off it.
				// Pixels per kilometre here: a degree of latitude is 111.2 km.
				const [lng, lat] = f.geometry.coordinates;
				const pxPerKm =
					Math.abs(projection.project([lng, lat + 1])[1] - projection.project([lng, lat])[1]) /
					111.2;
				const freeHere = (b: Box) =>
					free(b) && (p.water !== true || !onLand((b[0] + b[2]) / 2, (b[1] + b[3]) / 2));
				const { km = Infinity, ems: sizes = Infinity, ...moves } = MOVES[kind];
				const reach = Math.min(km * pxPerKm, sizes * px);
				for (const around of [{}, { ...moves, reach }]) {
					for (const spot of spots) {
						label = centredLabel(name, ...spot, px, freeHere, around);
						at = spot;
						if (label.fits) break;
					}
					if (label?.fits) break;
				}
			}
			if (!label?.fits) continue;
			taken.push(label.box);
			const water = p.water === true ? ' geo-water' : '';
			if (town) parts.push(geographyDot(...at, className));
			parts.push(
				`<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}" class="${className} geo${water}" style="font-size:${px}px" data-geography="${escapeXml(String(p.slug))}">${escapeXml(name)}</text>`
			);
		}
	};
	const placed = labelLayer(labelSize, 'label');
	const placedNarrow = narrow && labelLayer(narrow.labelSize, 'label-narrow');
	geographyLayer(labelSize, 'label', placed);
	if (narrow && placedNarrow) geographyLayer(narrow.labelSize, 'label-narrow', placedNarrow);

	const title = escapeXml(input.title);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" lang="${escapeXml(input.lang ?? 'en')}">`,
		`<title>${title}</title>`,
		`<style>${labelStyle('.label', labelSize)}${narrow ? narrowStyle(narrow) : ''}${geographyStyle()}</style>`,
		`<rect x="${-bleed}" y="${-bleed}" width="${width + 2 * bleed}" height="${height + 2 * bleed}" fill="${PAPER.sea}"/>`,
		...parts,
		...(input.frame === false
			? []
			: [`<rect width="${width}" height="${height}" fill="none" stroke="#333" stroke-width="2"/>`]),
		'</svg>',
		''
	].join('\n');
}
