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
	/**
	 * Labels are placed as if this much larger (default 1). An image cannot load the page's web
	 * font, and the fallback a browser picks (DejaVu Sans on Linux) runs about 15% wider.
	 */
	labelRoom?: number;
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

type Box = [x0: number, y0: number, x1: number, y1: number];
const LABEL_SIZE = 18;

/** A name's estimated width in ems: kana, kanji and full-width signs are about a square each;
 * Latin and Cyrillic letters narrower. */
const ems = (name: string) =>
	[...name].reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.58), 0);

/** Whether a label's box stays 4 px inside the picture, and clear of the labels already placed. */
function boxTests(width: number, height: number, placed: readonly Box[]) {
	return {
		inside: (b: Box) => b[0] >= 4 && b[1] >= 4 && b[2] <= width - 4 && b[3] <= height - 4,
		clear: (b: Box) => placed.every((p) => b[2] < p[0] || b[0] > p[2] || b[3] < p[1] || b[1] > p[3])
	};
}

/**
 * Where a label goes: the first of ten spots around its point that stays inside the picture and
 * clear of the labels already placed (estimated widths: close enough for a handful of names).
 * Without such a spot, `fits` is false and the label goes where it at least stays inside.
 */
export function placeLabel(
	name: string,
	x: number,
	y: number,
	width: number,
	height: number,
	placed: readonly Box[],
	size = LABEL_SIZE
): { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box; fits: boolean } {
	const w = ems(name) * size + 6;
	const h = size * 1.2;
	const gap = 12;
	const spots: [dx: number, dy: number, anchor: 'start' | 'middle' | 'end'][] = [
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
		const left = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
		const box: Box = [left, ly - h * 0.8, left + w, ly + h * 0.2];
		return { x: lx, y: ly, anchor, box };
	});
	const { inside, clear } = boxTests(width, height, placed);
	const best = candidates.find((c) => inside(c.box) && clear(c.box));
	if (best) return { ...best, fits: true };
	return { ...(candidates.find((c) => inside(c.box)) ?? candidates[0]), fits: false };
}

/**
 * A geography label centred on its point (a sea, a strait, an island), or, where that spot is
 * taken, just above or below it; `fits` is false when none of them is clear.
 */
export function centredLabel(
	name: string,
	x: number,
	y: number,
	width: number,
	height: number,
	placed: readonly Box[],
	size: number
): { x: number; y: number; anchor: 'middle'; box: Box; fits: boolean } {
	const w = ems(name) * size + 4;
	const h = size * 1.2;
	const { inside, clear } = boxTests(width, height, placed);
	for (const dy of [0, -h * 1.2, h * 1.2]) {
		const ly = y + dy + size * 0.35;
		const box: Box = [x - w / 2, ly - h * 0.8, x + w / 2, ly + h * 0.2];
		if (inside(box) && clear(box)) return { x, y: ly, anchor: 'middle', box, fits: true };
	}
	const ly = y + size * 0.35;
	return { x, y: ly, anchor: 'middle', box: [x - w / 2, ly - h, x + w / 2, ly], fits: false };
}

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

	for (const layer of input.land) {
		const d = layer.features
			.map((f) => (f.geometry ? pathData(polygons(f.geometry), projection, true, detail) : ''))
			.join('');
		if (d) parts.push(`<path d="${d}" fill="${PAPER.land}" fill-rule="evenodd"/>`);
	}
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
		} else if (g.type === 'LineString' || g.type === 'MultiLineString') {
			const d = pathData(lines(g), projection, false);
			if (d) parts.push(...lineSvg(attrs, d, kind, on));
		} else {
			const d = pathData(polygons(g), projection, true, { minStep: 0.3 });
			if (d) parts.push(areaSvg(attrs, d, kind, on));
		}
	}

	// Places too small to see at this scale (a 7 km bridge) get a ring, as on the interactive map.
	for (const { bbox } of input.labels) {
		if (!bbox || (bbox[0] === bbox[2] && bbox[1] === bbox[3])) continue;
		const [ax, ay] = projection.project([bbox[0], bbox[1]]);
		const [bx, by] = projection.project([bbox[2], bbox[3]]);
		if (Math.max(Math.abs(bx - ax), Math.abs(by - ay)) >= SMALL_PLACE_PX) continue;
		parts.push(smallPlaceRing((ax + bx) / 2, (ay + by) / 2));
	}

	// Labels keep clear of each other and of the highlighted markers. With `narrow`, a second set,
	// placed for the larger size, replaces them on narrow screens.
	const markers: Box[] = input.labels.map(({ center }) => {
		const [x, y] = projection.project(center);
		return [x - 9, y - 9, x + 9, y + 9];
	});
	const labelLayer = (size: number, className: string) => {
		const placed = [...markers];
		for (const { name, center } of input.labels) {
			const [x, y] = projection.project(center);
			const label = placeLabel(name, x, y, width, height, placed, size * (input.labelRoom ?? 1));
			if (!label.fits && input.dropCrowdedLabels) continue;
			placed.push(label.box);
			parts.push(
				`<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}" class="${className}">${escapeXml(name)}</text>`
			);
		}
	};
	const placedPlaces = (size: number) => {
		const placed = [...markers];
		for (const { name, center } of input.labels) {
			const [x, y] = projection.project(center);
			const label = placeLabel(name, x, y, width, height, placed, size * (input.labelRoom ?? 1));
			if (label.fits || !input.dropCrowdedLabels) placed.push(label.box);
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
	// The geography after the places' names, in the room they leave: never over one.
	const geographyLayer = (size: number, className: string, placed: Box[]) => {
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
			const room = px * (input.labelRoom ?? 1);
			const spots =
				kind === 'island'
					? islandSpots(String(p.slug), f.geometry.coordinates)
					: [f.geometry.coordinates];
			let x = 0;
			let y = 0;
			let label: ReturnType<typeof placeLabel> | ReturnType<typeof centredLabel> | undefined;
			for (const spot of spots) {
				[x, y] = projection.project(spot);
				label = town
					? placeLabel(name, x, y, width, height, placed, room)
					: centredLabel(name, x, y, width, height, placed, room);
				if (label.fits) break;
			}
			if (!label?.fits) continue;
			placed.push(label.box);
			const water = p.water === true ? ' geo-water' : '';
			if (town) parts.push(geographyDot(x, y, className));
			parts.push(
				`<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}" class="${className} geo${water}" style="font-size:${px}px" data-geography="${escapeXml(String(p.slug))}">${escapeXml(name)}</text>`
			);
		}
	};
	labelLayer(labelSize, 'label');
	if (narrow) labelLayer(narrow.labelSize, 'label-narrow');
	geographyLayer(labelSize, 'label', placedPlaces(labelSize));
	if (narrow) geographyLayer(narrow.labelSize, 'label-narrow', placedPlaces(narrow.labelSize));

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
