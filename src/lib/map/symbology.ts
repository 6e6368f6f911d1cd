/**
 * How the map draws each kind of place: the one table both renderers read, the MapLibre style
 * (./layers.ts) and the static SVG maps (./static-map.ts). Sizes are CSS pixels; dash patterns are
 * in line widths, MapLibre's unit (the SVG converts them with `dashPixels`).
 */
import type { PlaceKind } from '$lib/content/schema';

export interface KindSymbol {
	/**
	 * Okabe–Ito colours: distinguishable with every common colour-vision deficiency. Kinds also
	 * differ by shape (dot or ring, dotted, dashed or solid line, translucent area with a dashed
	 * edge) so colour is never the only signal.
	 */
	colour: string;
	/** A line's dash and gap, in line widths; null for a solid line. */
	dash: readonly [dash: number, gap: number] | null;
	/** A point: a dot filled with the colour, or a ring (white inside, edged in the colour). */
	point: 'dot' | 'ring';
}

// Railways dotted, proposed bridges dashed, pipelines solid; venues dots, energy sites rings.
export const SYMBOLS: Record<PlaceKind, KindSymbol> = {
	venue: { colour: '#0072B2', dash: null, point: 'dot' },
	energy: { colour: '#D55E00', dash: null, point: 'ring' },
	infrastructure: { colour: '#009E73', dash: [2, 1], point: 'dot' },
	disputed: { colour: '#CC79A7', dash: null, point: 'dot' },
	railway: { colour: '#444444', dash: [1, 1], point: 'dot' }
};

/** A kind the table does not know (the content is validated, so none should reach a map). */
export const UNKNOWN_COLOUR = '#888888';

export const KIND_COLOURS = Object.fromEntries(
	Object.entries(SYMBOLS).map(([kind, s]) => [kind, s.colour])
) as Record<PlaceKind, string>;

/** The interactive map's palette. */
export const COLOURS = {
	sea: '#cfe0ea',
	land: '#f6f3ec',
	border: '#9a948a',
	label: '#5b554c',
	halo: '#ffffff',
	highlight: '#111111'
};

/**
 * The static maps' own choices (the handout on paper, the no-WebGL image): the palette a little
 * stronger, so land and sea still differ on a grey printer; the selection's symbols a third larger
 * than on screen, since the picture is printed or shown shrunk (an 800 px image in a phone's
 * 360 px box); the other places small and grey, for orientation only.
 */
export const PAPER = {
	sea: '#b8d2e3',
	land: '#f7f4ee',
	border: '#7d776d',
	scale: 4 / 3,
	context: { colour: '#9a9a9a', radius: 4, edge: 1, lineWidth: 1.5, opacity: 0.4, areaEdge: 0.5 }
};

/** Lines of every kind: the width, and a white casing under it so they stand out from land. */
export const LINE = {
	width: 3,
	hoverWidth: 5,
	casing: { colour: '#ffffff', width: 6, hoverWidth: 9, opacity: 0.9 }
};

/** Points: a dot's white edge, a ring's coloured one. */
export const POINT = { radius: 7, hoverRadius: 10, dotEdge: 2, ringEdge: 3.5 };

/** Areas (the disputed islands): a translucent fill, a darker dashed edge. */
export const AREA = {
	opacity: 0.5,
	hoverOpacity: 0.75,
	edge: { colour: '#7a3b66', width: 1.2, dash: [2, 1] as [number, number] }
};

/** Borders between countries: dashed, thin when zoomed out (dash in line widths). */
export const BORDER = { minWidth: 0.5, maxWidth: 1.2, dash: [3, 2] as [number, number] };

/** A dot for a place too small to see when zoomed out (a 7 km bridge). */
export const MARKER = { radius: 6, edge: 2 };

/** The selection: a dark outline or ring around what is selected. */
export const SELECTION = {
	colour: COLOURS.highlight,
	width: 3,
	pointRadius: 13,
	markerRadius: 11,
	/** A selected line is drawn as two edges of this width with a gap between them. */
	lineEdge: 2,
	lineGap: 5
};

/** Place labels' text sizes (px) and halo width: the map's own, or the tour's projector-sized ones. */
export interface LabelSize {
	selected: number;
	other: number;
	halo: number;
}
export const LABEL_SIZE: LabelSize = { selected: 16, other: 13, halo: 1.6 };
export const LABEL_COLOUR = '#1f1b16';

/**
 * How a place's name sits beside its point, in ems: the MapLibre layer (./layers.ts) lays it out
 * so, and the camera (labelRoom in ./camera.ts) keeps that much room for it at the view's edges.
 * A Latin letter is about half an em wide, a Japanese character about one: at 10 ems the kanji
 * names broke mid-word ("南クリル諸 / 島"), so Japanese wraps at 15.
 */
export const PLACE_LABEL_LAYOUT = {
	radialOffset: 1.1,
	lineHeight: 1.2,
	maxWidth: { latin: 10, ja: 15 }
} as const;

/**
 * An SVG stroke-dasharray (pixels) for a dash pattern in line widths: MapLibre scales a
 * `line-dasharray` by the line's width, SVG does not. Drawn with butt caps, as MapLibre draws
 * these lines: a round cap reaches half a width into each gap and closes a one-width gap.
 */
export function dashPixels(dash: readonly [number, number], width: number): string {
	const px = (n: number) => Math.round(n * 100) / 100;
	return `${px(dash[0] * width)} ${px(dash[1] * width)}`;
}

/**
 * The geography labels (static/geo/geography.geojson: seas, straits, islands, peninsulas, towns),
 * drawn under the article's places and placed after them, so a place's name always wins a spot.
 * Water is named in italic blue, as atlases do, land upright in the basemap's grey; towns get a
 * small dot. Sizes are factors of the unselected place labels' size, so they grow with them on a
 * projector, and stay below them: towns smaller than the article's places.
 */
export type GeographyKind = 'sea' | 'strait' | 'island' | 'peninsula' | 'town';
export const GEOGRAPHY = {
	water: { colour: '#1f5a85', halo: COLOURS.sea },
	land: { colour: COLOURS.label, halo: COLOURS.land },
	haloWidth: 1.2,
	scale: { sea: 1.15, strait: 0.9, island: 1, peninsula: 0.9, town: 0.85 } as Record<
		GeographyKind,
		number
	>,
	/** Letter spacing (ems): seas and islands spread out, as names of areas are. */
	spacing: { sea: 0.12, strait: 0, island: 0.08, peninsula: 0.04, town: 0 } as Record<
		GeographyKind,
		number
	>,
	/**
	 * The lowest zoom a rank shows from (geography.json's `rank`: 1 seas, 2 large islands, 3 straits
	 * and cities, 4 small towns): the overview names only seas, a close view the small towns.
	 */
	minZoom: { 1: 2, 2: 4, 3: 4, 4: 6 } as Record<1 | 2 | 3 | 4, number>,
	town: { radius: 2.5, edge: 1, colour: '#5b554c' }
};

/** A geography label's text size for these place label sizes. */
export function geographySize(kind: GeographyKind, size: LabelSize): number {
	return Math.round(size.other * GEOGRAPHY.scale[kind]);
}
