import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { PlaceKind } from '$lib/content/schema';
import type { Locale } from '$lib/i18n/locale';
import {
	AREA,
	BORDER,
	COLOURS,
	GEOGRAPHY,
	geographySize,
	KIND_COLOURS,
	LABEL_COLOUR,
	LABEL_SIZE,
	LINE,
	MARKER,
	POINT,
	SELECTION,
	SYMBOLS,
	UNKNOWN_COLOUR,
	type GeographyKind,
	type LabelSize,
	PLACE_LABEL_LAYOUT
} from './symbology';
import { ringSizes } from './label-barriers';

// The symbols live in ./symbology.ts, shared with the static SVG maps; these names stay importable
// from here (MapView, the legend and tests/map-pixels.e2e.ts read them from this module).
export { COLOURS, KIND_COLOURS, type LabelSize } from './symbology';

/**
 * The fonts MapLibre draws labels with, per language. With no `glyphs` in the style, MapLibre
 * draws every glyph itself on a canvas (TinySDF) in the CSS font family named by the layer's
 * `text-font`, so the page's bundled @fontsource fonts draw the map too: no glyph server.
 * Japanese adds Noto Sans JP, which the Japanese pages load; a glyph drawn before its font file
 * arrived would be drawn in a fallback font (or as a box) and kept, hence `labelFontsReady`.
 */
export const LABEL_FONTS: Record<Locale, string[]> = {
	en: ['Noto Sans'],
	ru: ['Noto Sans'],
	ja: ['Noto Sans', 'Noto Sans JP']
};
/**
 * The language of the map's labels: the places' names come already translated (MapView's
 * `places`); the basemap's country names are picked from labels.geojson (`name_<locale>`, written
 * by scripts/build-geo.js from the translations). `countries` lists those names, so their glyphs
 * can be loaded before the map draws them.
 */
export interface LabelLanguage {
	locale: Locale;
	countries: readonly string[];
}

/**
 * Water names in italic, as atlases set them. MapLibre draws each glyph on a canvas in the CSS
 * font its fontstack names, and takes the style (italic) from the first name: "Noto Sans Italic"
 * is no family, so the browser falls through to the bundled Noto Sans and slants it. Nothing is
 * fetched. Japanese stays upright: italics are a convention of Latin and Cyrillic type, and a
 * slanted kanji is only harder to read (the blue tells water apart).
 */
export const WATER_FONTS: Record<Locale, string[]> = {
	en: ['Noto Sans Italic', 'Noto Sans'],
	ru: ['Noto Sans Italic', 'Noto Sans'],
	ja: LABEL_FONTS.ja
};

/** The country label's text: its name in the page's language, English where there is none. */
export function countryName(locale: Locale): ExpressionSpecification {
	return locale === 'en'
		? ['get', 'name']
		: ['coalesce', ['get', `name_${locale}`], ['get', 'name']];
}

export const SOURCES = {
	land: 'land',
	landDetail: 'land-detail',
	borders: 'borders',
	countries: 'country-labels',
	places: 'places',
	placeLabels: 'place-labels',
	/** The railways with rounded corners, for their names to run along (build-geo.js). */
	railwayLabels: 'railway-labels',
	geography: 'geography',
	islands: 'island-axes',
	/** Flat island names where a view leaves their lines no room: set by MapView (./island-names.ts). */
	islandNames: 'island-names',
	barriers: 'label-barriers'
} as const;

/** Layers a pointer can hover and click; each feature carries the place's slug. */
export const INTERACTIVE_LAYERS = [
	'places-fill',
	'places-line-hit',
	'places-point',
	'places-marker'
] as const;

/** Below this zoom a short line (a 7 km bridge) is under a pixel long, so it gets a marker too. */
export const MARKER_MAX_ZOOM = 7;

const kindColour: ExpressionSpecification = [
	'match',
	['get', 'kind'],
	...Object.entries(KIND_COLOURS).flat(),
	UNKNOWN_COLOUR
] as unknown as ExpressionSpecification;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * A value the same for every feature, written as one that could differ (it reads feature state).
 * MapLibre compiles a shader program per layer type and per set of paint values that vary by
 * feature; where WebGL runs in software each program costs 25–40 ms before the map can draw,
 * and a layer first drawn on a click (a selection) makes the click wait for it. Layers of a type
 * written alike share one program.
 */
function perFeature<T extends string | number>(value: T): ExpressionSpecification {
	return ['case', hovered, value, value];
}

/** Features of one geometry type whose kind is not hidden. */
export function placeFilter(
	geometry: 'Point' | 'LineString' | 'Polygon',
	hiddenKinds: readonly PlaceKind[] = []
): ExpressionSpecification {
	const type: ExpressionSpecification =
		geometry === 'Point'
			? ['==', ['geometry-type'], 'Point']
			: geometry === 'LineString'
				? ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]]
				: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
	if (!hiddenKinds.length) return type;
	return ['all', type, ['!', ['in', ['get', 'kind'], ['literal', [...hiddenKinds]]]]];
}

/** Markers for places too small to see when zoomed out; with `onlySelected`, just the selection. */
export function markerFilter(
	slugs: readonly string[],
	hiddenKinds: readonly PlaceKind[] = [],
	onlySelected = false
): ExpressionSpecification {
	const parts: ExpressionSpecification[] = [['==', ['get', 'marker'], true]];
	if (hiddenKinds.length) parts.push(['!', ['in', ['get', 'kind'], ['literal', [...hiddenKinds]]]]);
	if (onlySelected) parts.push(['in', ['get', 'slug'], ['literal', [...slugs]]]);
	return ['all', ...parts] as ExpressionSpecification;
}

/** Features of the selected places, drawn on top with a dark outline. */
export function selectedFilter(
	geometry: 'Point' | 'LineString' | 'Polygon',
	slugs: readonly string[],
	hiddenKinds: readonly PlaceKind[] = []
): ExpressionSpecification {
	return [
		'all',
		placeFilter(geometry, hiddenKinds),
		['in', ['get', 'slug'], ['literal', [...slugs]]]
	];
}

export interface StyleUrls {
	land: string;
	landDetail: string;
	borders: string;
	countries: string;
	places: string;
	railwayLabels: string;
	geography: string;
	islands: string;
	/** Not a source: the points MapView picks flat island names from (./island-names.ts). */
	islandPoints: string;
}

/**
 * The whole offline style: background sea, Natural Earth land and borders, then the places.
 * With `landDetail: false` the style leaves out the detailed land (drawn from DETAIL_MIN_ZOOM
 * only), for a first view further out to add later (see ./land-detail.ts).
 */
export function buildStyle(
	urls: StyleUrls,
	placeLabels: GeoJSON.FeatureCollection,
	{
		locale = 'en',
		landDetail = true,
		selected = [],
		hiddenKinds = [],
		labelSize
	}: {
		locale?: Locale;
		landDetail?: boolean;
		/** Drawn highlighted from the first frame, as `placeFilters` would set them. */
		selected?: readonly string[];
		hiddenKinds?: readonly PlaceKind[];
		/** Set from the first frame: set later, every label would be laid out again. */
		labelSize?: LabelSize;
	} = {}
): StyleSpecification {
	const layers = [
		...basemapLayers(locale),
		...placeLayers(hiddenKinds),
		...selectedLayers(selected, hiddenKinds),
		// Symbol layers higher up are placed first: the barriers at the canvas's edges and over its
		// controls (./label-barriers.ts), the selected places' names (never hidden: they only avoid
		// the barriers when they can), the barriers over the dots, rings and selected lines, the
		// selected railways' names along their lines, the other places' names, the other
		// railways', then the geography where room is left.
		...geographyLayers(locale, labelSize),
		railwayLabelLayer(placeLabels, locale, selected, hiddenKinds, labelSize),
		placeLabelLayer(locale, labelSize),
		railwayLabelLayer(placeLabels, locale, selected, hiddenKinds, labelSize, true),
		...ringBarrierLayers(selected, hiddenKinds),
		placeLabelLayer(locale, labelSize, true),
		screenBarrierLayer()
	];
	return {
		version: 8,
		// No `glyphs`: MapLibre draws text itself with the page's own (bundled) font.
		sources: {
			[SOURCES.land]: { type: 'geojson', data: urls.land },
			...(landDetail ? { [SOURCES.landDetail]: landDetailSource(urls) } : {}),
			[SOURCES.borders]: { type: 'geojson', data: urls.borders },
			[SOURCES.countries]: { type: 'geojson', data: urls.countries },
			[SOURCES.places]: { type: 'geojson', data: urls.places },
			[SOURCES.placeLabels]: { type: 'geojson', data: placeLabels },
			[SOURCES.railwayLabels]: { type: 'geojson', data: urls.railwayLabels },
			[SOURCES.geography]: { type: 'geojson', data: urls.geography },
			[SOURCES.islands]: { type: 'geojson', data: urls.islands },
			[SOURCES.islandNames]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			// Filled by MapView once the map knows its camera and what lies over it.
			[SOURCES.barriers]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: landDetail ? layers : layers.filter((l) => l.id !== LAND_DETAIL_LAYER)
	};
}

/** The zoom from which Natural Earth 10 m land is drawn over the world layer. */
export const DETAIL_MIN_ZOOM = 3.5;
export const LAND_DETAIL_LAYER = 'land-detail';

export function landDetailSource(urls: StyleUrls): GeoJSONSourceSpecification {
	return { type: 'geojson', data: urls.landDetail };
}

// Written like places-fill's paint, so land and places share a shader program.
const landPaint = { 'fill-color': perFeature(COLOURS.land), 'fill-opacity': perFeature(1) };

export function basemapLayers(locale: Locale = 'en'): LayerSpecification[] {
	return [
		{ id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
		{ id: 'land', type: 'fill', source: SOURCES.land, paint: landPaint },
		{
			id: LAND_DETAIL_LAYER,
			type: 'fill',
			source: SOURCES.landDetail,
			minzoom: DETAIL_MIN_ZOOM,
			paint: landPaint
		},
		{
			id: 'borders',
			type: 'line',
			source: SOURCES.borders,
			paint: {
				'line-color': COLOURS.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 2, BORDER.minWidth, 6, BORDER.maxWidth],
				'line-dasharray': BORDER.dash
			}
		},
		{
			id: 'country-labels',
			type: 'symbol',
			source: SOURCES.countries,
			layout: {
				'text-field': countryName(locale),
				'text-font': LABEL_FONTS[locale],
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.15,
				'text-max-width': 8
			},
			paint: {
				'text-color': '#6f685e',
				'text-halo-color': COLOURS.land,
				'text-halo-width': 1.5
			}
		}
	];
}

export function placeLayers(hiddenKinds: readonly PlaceKind[] = []): LayerSpecification[] {
	return [
		{
			id: 'places-fill',
			type: 'fill',
			source: SOURCES.places,
			filter: placeFilter('Polygon', hiddenKinds),
			paint: {
				'fill-color': kindColour,
				'fill-opacity': ['case', hovered, AREA.hoverOpacity, AREA.opacity],
				// places-outline draws the edge; an antialiased outline here would only cost one
				// more shader to compile before the first view shows.
				'fill-antialias': false
			}
		},
		{
			id: 'places-outline',
			type: 'line',
			source: SOURCES.places,
			filter: placeFilter('Polygon', hiddenKinds),
			paint: {
				'line-color': AREA.edge.colour,
				'line-width': AREA.edge.width,
				'line-dasharray': AREA.edge.dash
			}
		},
		{
			id: 'places-line-casing',
			type: 'line',
			source: SOURCES.places,
			filter: placeFilter('LineString', hiddenKinds),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': LINE.casing.colour,
				'line-width': ['case', hovered, LINE.casing.hoverWidth, LINE.casing.width],
				'line-opacity': LINE.casing.opacity
			}
		},
		// Railways dotted, proposed bridges dashed, pipelines solid: shape as well as colour.
		lineLayer('railway', hiddenKinds),
		lineLayer('infrastructure', hiddenKinds),
		lineLayer('energy', hiddenKinds),
		{
			// An invisible wide line so thin lines are easy to hit with a finger or a mouse.
			id: 'places-line-hit',
			type: 'line',
			source: SOURCES.places,
			filter: placeFilter('LineString', hiddenKinds),
			paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 18 }
		},
		{
			id: 'places-marker',
			type: 'circle',
			source: SOURCES.placeLabels,
			maxzoom: MARKER_MAX_ZOOM,
			filter: markerFilter([], hiddenKinds),
			paint: {
				'circle-color': kindColour,
				// Written like places-point's paint: both layers share one shader program.
				'circle-radius': perFeature(MARKER.radius),
				'circle-stroke-color': perFeature('#ffffff'),
				'circle-stroke-width': perFeature(MARKER.edge)
			}
		},
		{
			// Venues are filled dots, energy sites rings: told apart by shape, not colour alone.
			id: 'places-point',
			type: 'circle',
			source: SOURCES.places,
			filter: placeFilter('Point', hiddenKinds),
			paint: {
				'circle-color': byPointShape(() => '#ffffff', kindColour),
				'circle-radius': ['case', hovered, POINT.hoverRadius, POINT.radius],
				'circle-stroke-color': byPointShape((kind) => SYMBOLS[kind].colour, '#ffffff'),
				'circle-stroke-width': byPointShape(() => POINT.ringEdge, POINT.dotEdge)
			}
		}
	];
}

/** A point's paint value: `ring` for the kinds drawn as rings, `dot` for the others. */
function byPointShape(
	ring: (kind: PlaceKind) => string | number,
	dot: string | number | ExpressionSpecification
): ExpressionSpecification {
	const rings = (Object.keys(SYMBOLS) as PlaceKind[]).filter((k) => SYMBOLS[k].point === 'ring');
	return ['match', ['get', 'kind'], ...rings.flatMap((k) => [k, ring(k)]), dot] as never;
}

function lineLayer(kind: PlaceKind, hiddenKinds: readonly PlaceKind[]): LayerSpecification {
	const { colour, dash } = SYMBOLS[kind];
	return {
		id: `places-line-${kind}`,
		type: 'line',
		source: SOURCES.places,
		filter: ['all', placeFilter('LineString', hiddenKinds), ['==', ['get', 'kind'], kind]],
		layout: { 'line-join': 'round' },
		paint: {
			'line-color': colour,
			'line-width': ['case', hovered, LINE.hoverWidth, LINE.width],
			...(dash ? { 'line-dasharray': [...dash] } : {})
		}
	};
}

export function selectedLayers(
	slugs: readonly string[],
	hiddenKinds: readonly PlaceKind[] = []
): LayerSpecification[] {
	return [
		{
			id: 'selected-outline',
			type: 'line',
			source: SOURCES.places,
			filter: selectedFilter('Polygon', slugs, hiddenKinds),
			// Width written per feature, like the place lines': one shader program for them all.
			paint: { 'line-color': SELECTION.colour, 'line-width': perFeature(SELECTION.width) }
		},
		{
			id: 'selected-line',
			type: 'line',
			source: SOURCES.places,
			filter: selectedFilter('LineString', slugs, hiddenKinds),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': COLOURS.highlight,
				'line-width': perFeature(SELECTION.lineEdge),
				'line-gap-width': SELECTION.lineGap
			}
		},
		{
			id: 'selected-marker',
			type: 'circle',
			source: SOURCES.placeLabels,
			maxzoom: MARKER_MAX_ZOOM,
			filter: markerFilter(slugs, hiddenKinds, true),
			paint: {
				'circle-color': perFeature('rgba(0,0,0,0)'),
				'circle-radius': perFeature(SELECTION.markerRadius),
				'circle-stroke-color': perFeature(SELECTION.colour),
				'circle-stroke-width': perFeature(SELECTION.width)
			}
		},
		{
			id: 'selected-point',
			type: 'circle',
			source: SOURCES.places,
			filter: selectedFilter('Point', slugs, hiddenKinds),
			paint: {
				'circle-color': perFeature('rgba(0,0,0,0)'),
				'circle-radius': perFeature(SELECTION.pointRadius),
				'circle-stroke-color': perFeature(SELECTION.colour),
				'circle-stroke-width': perFeature(SELECTION.width)
			}
		}
	];
}

/**
 * The filters every place layer should have for this selection and these hidden kinds: the map
 * applies them with setFilter, so the specs above stay the one description of each layer.
 */
export function placeFilters(
	selected: readonly string[],
	hiddenKinds: readonly PlaceKind[]
): [id: string, filter: FilterSpecification][] {
	return [
		...[
			...placeLayers(hiddenKinds),
			...selectedLayers(selected, hiddenKinds),
			...ringBarrierLayers(selected, hiddenKinds)
		].map((l): [string, FilterSpecification] => [
			l.id,
			(l as { filter: FilterSpecification }).filter
		]),
		[RAILWAY_LABELS, railwayLabelFilter(hiddenKinds, selected)],
		[RAILWAY_LABELS_SELECTED, railwayLabelFilter(hiddenKinds, selected, true)]
	];
}

export function labelTextSize(size: LabelSize): ExpressionSpecification {
	return ['case', ['get', 'selected'], size.selected, size.other];
}

/** The selected places' names: a layer of their own, placed before the barriers around rings. */
export const SELECTED_LABELS = 'place-labels-selected';
/** The point-placed place names, selected and not: what a click picks and the sizes apply to. */
export const PLACE_LABEL_LAYERS = ['place-labels', SELECTED_LABELS] as const;

/**
 * Places' names beside their points: the unselected ones (`place-labels`), which give way to
 * everything placed before them, or the selected ones (`selected`: SELECTED_LABELS), which are
 * never hidden: MapLibre tries each anchor clear of the barriers first and, with
 * `text-allow-overlap`, draws the name at its first anchor only when none is clear.
 */
export function placeLabelLayer(
	locale: Locale = 'en',
	size: LabelSize = LABEL_SIZE,
	selected = false
): SymbolLayerSpecification {
	return {
		id: selected ? SELECTED_LABELS : 'place-labels',
		type: 'symbol',
		source: SOURCES.placeLabels,
		// A railway's label point lies on its line, and a name beside a point there sat on the
		// dotted line itself: railways are named along their lines (railwayLabelLayer). Only a
		// selected railway whose line left its name no room (a phone's view of all of Russia) is
		// named here, beside its label point (`flat`, set by MapView).
		filter: [
			'all',
			['any', ['!=', ['get', 'kind'], 'railway'], ['==', ['get', 'flat'], true]],
			['==', ['get', 'selected'], selected]
		],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': LABEL_FONTS[locale],
			'text-size': labelTextSize(size),
			'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
			'text-radial-offset': PLACE_LABEL_LAYOUT.radialOffset,
			// A railway named flat, at a point where its line runs level, goes above or below the
			// line only: beside the point, the line ran through the name.
			...(selected ? { 'text-variable-anchor-offset': flatRailwayAnchors() } : {}),
			'text-justify': 'auto',
			'text-max-width': PLACE_LABEL_LAYOUT.maxWidth[locale === 'ja' ? 'ja' : 'latin'],
			...(selected ? { 'text-allow-overlap': true } : {})
		},
		paint: {
			'text-color': LABEL_COLOUR,
			'text-halo-color': COLOURS.halo,
			'text-halo-width': size.halo
		}
	};
}

/**
 * The selected names' anchors and offsets (ems), as `text-variable-anchor` and
 * `text-radial-offset` give them, which this takes precedence over: for a flat railway, only
 * above and below its point.
 */
function flatRailwayAnchors(): ExpressionSpecification {
	const r = PLACE_LABEL_LAYOUT.radialOffset;
	const level = ['top', [0, r], 'bottom', [0, -r]];
	// Both branches of one length: a `case` needs its outputs of one type, and a literal array's
	// type includes its length. The flat one tries each of its two anchors twice.
	return [
		'case',
		['==', ['get', 'flat'], true],
		['literal', [...level, ...level]],
		['literal', [...level, 'left', [r, 0], 'right', [-r, 0]]]
	] as unknown as ExpressionSpecification;
}

/** The transparent image the barriers are drawn with (MapView adds it when the style asks). */
export const BARRIER_IMAGE = 'label-barrier';

/**
 * Invisible squares the names avoid (./label-barriers.ts): always placed, and entered in the
 * collision index (`icon-ignore-placement` false), so every name placed after them keeps off them.
 * The image is one pixel: `icon-size` is the side. Nothing to see: MapLibre skips drawing a
 * layer at opacity 0, and still places it.
 */
function barrierLayer(
	id: string,
	source: string,
	filter: FilterSpecification,
	size: number | ExpressionSpecification,
	anchor: 'center' | ExpressionSpecification = 'center'
): SymbolLayerSpecification {
	return {
		id,
		type: 'symbol',
		source,
		filter,
		layout: {
			'icon-image': BARRIER_IMAGE,
			'icon-size': size,
			'icon-anchor': anchor,
			'icon-padding': [0],
			'icon-allow-overlap': true,
			'icon-ignore-placement': false
		},
		paint: { 'icon-opacity': 0 }
	};
}

export const BARRIER_LAYERS = {
	screen: 'label-barriers-screen',
	points: 'label-barriers-points',
	markers: 'label-barriers-markers',
	lines: 'label-barriers-lines'
} as const;

/**
 * The squares along the canvas's edges and over its controls, legend and panel: MapView sets
 * them in the barriers' source, anchored inside the canvas (`anchor`) and `size` pixels across.
 */
export function screenBarrierLayer(): SymbolLayerSpecification {
	return barrierLayer(BARRIER_LAYERS.screen, SOURCES.barriers, ['has', 'size'], ['get', 'size'], [
		'get',
		'anchor'
	] as ExpressionSpecification);
}

/** The side of a point's square: its selection ring's when selected, its dot's otherwise. */
export function pointBarrierSize(selected: readonly string[]): ExpressionSpecification {
	const { point, selectedPoint } = ringSizes();
	return ['case', ['in', ['get', 'slug'], ['literal', [...selected]]], selectedPoint, point];
}

/**
 * A square over each dot and ring (places-point, selected-point) and each marker while markers
 * are drawn (places-marker, selected-marker): on the circles' own sources and filters, so each
 * square sits exactly where its circle is drawn, and goes with it when a kind is hidden.
 */
export function ringBarrierLayers(
	selected: readonly string[] = [],
	hiddenKinds: readonly PlaceKind[] = []
): SymbolLayerSpecification[] {
	const { marker, selectedMarker, selectedLine } = ringSizes();
	const line = barrierLayer(
		BARRIER_LAYERS.lines,
		SOURCES.places,
		[
			'all',
			selectedFilter('LineString', selected, hiddenKinds),
			// A railway's own name runs along it, a line of text above: squares on it kept it off.
			['!=', ['get', 'kind'], 'railway']
		],
		selectedLine
	);
	return [
		// Squares along each selected line, edge to edge: no other name lies across the pipeline
		// or railway the page is about (the Japanese サハリン, written along Sakhalin's centre line,
		// crossed the Sakhalin-2 pipeline that runs down it; the island is then named flat beside
		// it, ./island-names.ts).
		{
			...line,
			layout: {
				...line.layout,
				'symbol-placement': 'line',
				'symbol-spacing': selectedLine,
				'icon-rotation-alignment': 'map'
			}
		},
		barrierLayer(
			BARRIER_LAYERS.points,
			SOURCES.places,
			placeFilter('Point', hiddenKinds),
			pointBarrierSize(selected)
		),
		{
			...barrierLayer(BARRIER_LAYERS.markers, SOURCES.placeLabels, markerFilter([], hiddenKinds), [
				'case',
				['get', 'selected'],
				selectedMarker,
				marker
			]),
			maxzoom: MARKER_MAX_ZOOM
		}
	];
}

export const RAILWAY_LABELS = 'place-labels-railway';
/**
 * The selected railways' names, in a layer of their own placed before the other places' names
 * (which then take another side of their dots), as a selected point's name is: in the lower
 * layer, the Trans-Siberian's own page left it unnamed (Yekaterinburg's name lay on the one
 * stretch its name fitted).
 */
export const RAILWAY_LABELS_SELECTED = 'place-labels-railway-selected';
/** Both railway name layers, for what reads or sizes every name. */
export const RAILWAY_LABEL_LAYERS = [RAILWAY_LABELS, RAILWAY_LABELS_SELECTED] as const;

/**
 * Railway lines whose kind is not hidden, the selected ones or the others: the lines their names
 * run along.
 */
export function railwayLabelFilter(
	hiddenKinds: readonly PlaceKind[] = [],
	selected: readonly string[] = [],
	ofSelected = false
): ExpressionSpecification {
	const isSelected: ExpressionSpecification = ['in', ['get', 'slug'], ['literal', [...selected]]];
	return [
		'all',
		placeFilter('LineString', hiddenKinds),
		['==', ['get', 'kind'], 'railway'],
		ofSelected ? isSelected : ['!', isSelected]
	];
}

/**
 * Railway names run along their lines, just off them (`text-offset`), repeated along a long line
 * as a road's name is, so the name never sits on the dots and one always finds a straight stretch.
 * The line features (places.geojson) carry no names: they come from the labels' data, which holds
 * the page's language, as a match on the slug.
 */
export function railwayLabelLayer(
	placeLabels: GeoJSON.FeatureCollection,
	locale: Locale = 'en',
	selected: readonly string[] = [],
	hiddenKinds: readonly PlaceKind[] = [],
	size: LabelSize = LABEL_SIZE,
	ofSelected = false
): LayerSpecification {
	const names = placeLabels.features
		.filter((f) => f.properties?.kind === 'railway')
		.flatMap((f) => [String(f.properties?.slug), String(f.properties?.name)]);
	return {
		id: ofSelected ? RAILWAY_LABELS_SELECTED : RAILWAY_LABELS,
		type: 'symbol',
		source: SOURCES.railwayLabels,
		filter: railwayLabelFilter(hiddenKinds, selected, ofSelected),
		layout: {
			'symbol-placement': 'line',
			// Every 200 px: at 300 the rounded lines' anchors on the overview put the Baikal–Amur's
			// name against the mainland bridge's and the map's edge, and it went unnamed.
			'symbol-spacing': 200,
			'text-field': (names.length
				? ['match', ['get', 'slug'], ...names, '']
				: '') as unknown as ExpressionSpecification,
			'text-font': LABEL_FONTS[locale],
			'text-size': ofSelected ? size.selected : size.other,
			// Above the line by most of a line of text: clear of the dots and the white casing.
			'text-offset': [0, -1.1],
			// MapLibre's default bend: a tighter limit left the winding Baikal–Amur unnamed.
			'text-max-angle': 45,
			'text-keep-upright': true
		},
		paint: {
			'text-color': LABEL_COLOUR,
			'text-halo-color': COLOURS.halo,
			'text-halo-width': size.halo
		}
	};
}

/** The geography labels' text in the page's language: `name_<locale>`, English where missing. */
export const geographyName = countryName;

/**
 * A Japanese strait's name that gives the other side's in brackets, on two lines at the bracket
 * (宗谷海峡 / （ラ・ペルーズ海峡）): on one line it found no room on a phone beside the Sakhalin–
 * Hokkaido bridge, and MapLibre's own breaking, which evens out the lines, cut it mid-word
 * (宗谷海峡（ラ・ペ / ルーズ海峡）).
 */
export function strait2Lines(name: ExpressionSpecification): ExpressionSpecification {
	return [
		'let',
		'name',
		name,
		[
			'let',
			'at',
			['index-of', '（', ['var', 'name']],
			[
				'case',
				['all', ['==', ['get', 'kind'], 'strait'], ['>', ['var', 'at'], 0]],
				[
					'concat',
					['slice', ['var', 'name'], 0, ['var', 'at']],
					'\n',
					['slice', ['var', 'name'], ['var', 'at']]
				],
				['var', 'name']
			]
		]
	] as unknown as ExpressionSpecification;
}

/** The geography symbol layers, top (placed first) to bottom, and the towns' dots. */
export const GEOGRAPHY_LAYERS = {
	towns: 'geography-towns',
	land: 'geography-land',
	islands: 'geography-islands',
	islandNames: 'geography-island-names',
	water: 'geography-water',
	dots: 'geography-town-dots'
} as const;

/** Shown from its rank's zoom (GEOGRAPHY.minZoom); MapLibre evaluates it at whole zooms. */
function rankFilter(): ExpressionSpecification {
	const zooms = Object.entries(GEOGRAPHY.minZoom).flatMap(([rank, z]) => [Number(rank), z]);
	return [
		'>=',
		['zoom'],
		['match', ['get', 'rank'], ...zooms, 99]
	] as unknown as ExpressionSpecification;
}

/** A text size per geography kind, for these place label sizes. */
export function geographyTextSize(size: LabelSize = LABEL_SIZE): ExpressionSpecification {
	const kinds = Object.keys(GEOGRAPHY.scale) as GeographyKind[];
	return byGeographyKind(
		Object.fromEntries(kinds.map((k) => [k, geographySize(k, size)])) as Record<
			GeographyKind,
			number
		>
	);
}

const byGeographyKind = (values: Record<GeographyKind, number>): ExpressionSpecification =>
	[
		'match',
		['get', 'kind'],
		...Object.entries(values).flat(),
		0
	] as unknown as ExpressionSpecification;

/**
 * Seas and straits in italic blue, islands and peninsulas upright and spaced, towns as a small
 * dot with the name beside it; each shown from its rank's zoom, lower ranks placed first.
 */
export function geographyLayers(
	locale: Locale = 'en',
	size: LabelSize = LABEL_SIZE
): LayerSpecification[] {
	const shown = rankFilter();
	const isWater: ExpressionSpecification = ['==', ['get', 'water'], true];
	const isTown: ExpressionSpecification = ['==', ['get', 'kind'], 'town'];
	const common: SymbolLayerSpecification['layout'] = {
		'text-field': geographyName(locale),
		'text-size': geographyTextSize(size),
		'text-letter-spacing': byGeographyKind(GEOGRAPHY.spacing),
		'symbol-sort-key': ['get', 'rank']
	};
	// Bottom to top; the higher a layer, the sooner its names are placed: islands, then water,
	// then peninsulas, then an island's flat name where its line had no room, then towns, which
	// give way to every other name.
	return [
		{
			id: GEOGRAPHY_LAYERS.dots,
			type: 'circle',
			source: SOURCES.geography,
			filter: ['all', isTown, shown],
			// Written per feature, like the places' dots: every circle layer shares one program.
			paint: {
				'circle-color': perFeature(GEOGRAPHY.town.colour),
				'circle-radius': perFeature(GEOGRAPHY.town.radius),
				'circle-stroke-color': perFeature(COLOURS.halo),
				'circle-stroke-width': perFeature(GEOGRAPHY.town.edge)
			}
		},
		{
			id: GEOGRAPHY_LAYERS.towns,
			type: 'symbol',
			source: SOURCES.geography,
			filter: ['all', isTown, shown],
			layout: {
				...common,
				'text-font': LABEL_FONTS[locale],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.5,
				'text-justify': 'auto',
				'text-max-width': locale === 'ja' ? 12 : 9
			},
			paint: {
				'text-color': GEOGRAPHY.land.colour,
				'text-halo-color': COLOURS.halo,
				'text-halo-width': GEOGRAPHY.haloWidth
			}
		},
		{
			// One point per island, chosen by MapView where the view left its lines no room
			// (./island-names.ts); written like the line names, flat, and free to step off its
			// point to any side.
			id: GEOGRAPHY_LAYERS.islandNames,
			type: 'symbol',
			source: SOURCES.islandNames,
			filter: shown,
			layout: {
				...common,
				'text-font': LABEL_FONTS[locale],
				'text-max-width': 8,
				'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0
			},
			paint: {
				'text-color': GEOGRAPHY.land.colour,
				'text-halo-color': GEOGRAPHY.land.halo,
				'text-halo-width': GEOGRAPHY.haloWidth
			}
		},
		{
			id: GEOGRAPHY_LAYERS.land,
			type: 'symbol',
			source: SOURCES.geography,
			// Islands are named along their length (geography-islands), not at one point.
			filter: ['all', ['!', isWater], ['!', isTown], ['!=', ['get', 'kind'], 'island'], shown],
			layout: { ...common, 'text-font': LABEL_FONTS[locale], 'text-max-width': 8 },
			paint: {
				'text-color': GEOGRAPHY.land.colour,
				'text-halo-color': GEOGRAPHY.land.halo,
				'text-halo-width': GEOGRAPHY.haloWidth
			}
		},
		{
			id: GEOGRAPHY_LAYERS.water,
			type: 'symbol',
			source: SOURCES.geography,
			filter: ['all', isWater, shown],
			layout: {
				...common,
				...(locale === 'ja' ? { 'text-field': strait2Lines(geographyName(locale)) } : {}),
				'text-font': WATER_FONTS[locale],
				// As the place labels: a kanji is about an em, and at 9 the contested names, which
				// give both, broke mid-word (宗谷海峡（ラ・ペ / ルーズ海峡）).
				'text-max-width': locale === 'ja' ? 15 : 7,
				'text-line-height': 1.1,
				// A strait is narrow and often where an article's place is (the bridge across La
				// Pérouse): its name may step off its point to either side rather than give way, and
				// to a corner too: with the bridge's ring a barrier (./label-barriers.ts), the four
				// sides all touched the ring or the bridge's own name.
				'text-variable-anchor': [
					'center',
					'left',
					'right',
					'top',
					'bottom',
					'bottom-left',
					'bottom-right',
					'top-left',
					'top-right'
				],
				'text-radial-offset': 1.6
			},
			paint: {
				'text-color': GEOGRAPHY.water.colour,
				'text-halo-color': GEOGRAPHY.water.halo,
				'text-halo-width': GEOGRAPHY.haloWidth
			}
		},
		{
			// Along each island's centre lines (static/geo/island-axes.geojson), repeated: a view of
			// part of a long island still names it. Every 250 px and bending up to 35°: at 400 and
			// 25° the north of Hokkaido beside the Sakhalin–Hokkaido bridge had no spot for its
			// name, nor Honshu on a phone's view of Tokyo.
			id: GEOGRAPHY_LAYERS.islands,
			type: 'symbol',
			source: SOURCES.islands,
			filter: shown,
			layout: {
				...common,
				'text-font': LABEL_FONTS[locale],
				'symbol-placement': 'line',
				'symbol-spacing': 250,
				'text-max-angle': 35,
				'text-keep-upright': true
			},
			paint: {
				'text-color': GEOGRAPHY.land.colour,
				'text-halo-color': GEOGRAPHY.land.halo,
				'text-halo-width': GEOGRAPHY.haloWidth
			}
		}
	];
}

/** The geography symbol layers, whose text sizes follow the place labels' (projector sizes). */
export const GEOGRAPHY_SYMBOL_LAYERS = [
	GEOGRAPHY_LAYERS.water,
	GEOGRAPHY_LAYERS.land,
	GEOGRAPHY_LAYERS.islands,
	GEOGRAPHY_LAYERS.islandNames,
	GEOGRAPHY_LAYERS.towns
] as const;

/** A line or area under a degree across, but not a single point (points draw themselves). */
function isSmall(bbox: number[] | undefined): boolean {
	if (!bbox) return false;
	const span = Math.max(bbox[2] - bbox[0], bbox[3] - bbox[1]);
	return span > 0 && span < 1;
}

/** One label point per place, from the content's name and the build's label point. */
export function placeLabelData(
	places: readonly { slug: string; name: string; kind: PlaceKind }[],
	centers: Record<string, { center: [number, number]; bbox?: number[] }>,
	selected: readonly string[] = [],
	hiddenKinds: readonly PlaceKind[] = [],
	/**
	 * Selected railways to name flat, at a point of their line (MapView picks where it runs level:
	 * ./railway-names.ts), as their lines left their names no room.
	 */
	flat: Readonly<Record<string, [number, number]>> = {}
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: places
			.filter((p) => centers[p.slug] && !hiddenKinds.includes(p.kind))
			.map((p) => ({
				type: 'Feature',
				properties: {
					slug: p.slug,
					name: p.name,
					kind: p.kind,
					selected: selected.includes(p.slug),
					flat: !!flat[p.slug] && selected.includes(p.slug),
					marker: isSmall(centers[p.slug].bbox)
				},
				geometry: { type: 'Point', coordinates: flat[p.slug] ?? centers[p.slug].center }
			}))
	};
}

const BASEMAP_SOURCES: string[] = [
	SOURCES.land,
	SOURCES.landDetail,
	SOURCES.borders,
	SOURCES.countries,
	// An online basemap names its own seas and towns.
	SOURCES.geography,
	SOURCES.islands,
	SOURCES.islandNames
];

/**
 * For readers online who configured PUBLIC_BASEMAP_STYLE: that style's basemap underneath, this
 * map's places on top. Our labels take the online style's own font, since it brings a glyph server.
 */
export function mergeOnlineStyle(
	online: StyleSpecification,
	offline: StyleSpecification
): StyleSpecification {
	const font = online.layers
		.map((l) => (l.type === 'symbol' ? l.layout?.['text-font'] : undefined))
		.find((f): f is string[] => Array.isArray(f));
	const overlay = offline.layers
		.filter((l) => 'source' in l && !BASEMAP_SOURCES.includes(l.source as string))
		.map((l) =>
			l.type === 'symbol' && font ? { ...l, layout: { ...l.layout, 'text-font': font } } : l
		);
	const sources = Object.fromEntries(
		Object.entries(offline.sources).filter(([id]) => !BASEMAP_SOURCES.includes(id))
	);
	return {
		...online,
		sources: { ...online.sources, ...sources },
		layers: [...online.layers, ...overlay]
	};
}
