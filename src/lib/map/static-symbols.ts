/**
 * The static map's SVG element for each place, drawn from the symbology MapLibre's style reads
 * (./symbology.ts): the step's places as the map draws a selection, the others grey.
 */
import type { PlaceKind } from '$lib/content/schema';
import {
	AREA,
	BORDER,
	COLOURS,
	dashPixels,
	GEOGRAPHY,
	LABEL_COLOUR,
	LABEL_SIZE,
	LINE,
	PAPER,
	POINT,
	SELECTION,
	SYMBOLS,
	UNKNOWN_COLOUR
} from './symbology';

/** To a tenth of a pixel: finer only adds bytes. */
export const round = (n: number) => Math.round(n * 10) / 10;
const symbol = (kind: PlaceKind) =>
	SYMBOLS[kind] ?? { colour: UNKNOWN_COLOUR, dash: null, point: 'dot' as const };
const context = PAPER.context;

/**
 * A point: a dot or a ring, as on the map. The step's dots are edged in the selection's dark
 * colour instead of white: on paper that edge marks them, where the map adds a ring around.
 */
export function pointSvg(attrs: string, x: number, y: number, kind: PlaceKind, on: boolean) {
	const { colour, point } = symbol(kind);
	const c = on ? colour : context.colour;
	const { r, edge } = pointSize(kind, on);
	const [fill, stroke] = point === 'ring' ? ['#fff', c] : [c, on ? SELECTION.colour : '#fff'];
	return `<circle ${attrs} cx="${round(x)}" cy="${round(y)}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="${round(edge)}"/>`;
}

/** A point's radius and edge width: the step's as on the map, the others small. */
export function pointSize(kind: PlaceKind, on: boolean): { r: number; edge: number } {
	const r = on ? POINT.radius : context.radius;
	if (symbol(kind).point === 'ring') return { r, edge: (POINT.ringEdge * r) / POINT.radius };
	return { r, edge: on ? POINT.dotEdge : context.edge };
}

/**
 * How far each symbol reaches from its point or line, edge included: what other names keep clear
 * of. A point's dot or ring, a line's end (the step's with its casing), a small place's ring, a
 * town's dot.
 */
export const reach = {
	point: (kind: PlaceKind, on: boolean) => {
		const { r, edge } = pointSize(kind, on);
		return r + edge / 2;
	},
	line: (on: boolean) => (on ? LINE.casing.width * PAPER.scale : context.lineWidth) / 2,
	smallPlace: SELECTION.markerRadius + SELECTION.width / 2,
	town: GEOGRAPHY.town.radius + GEOGRAPHY.town.edge / 2
};

/**
 * A line: the step's on a white casing, at the map's widths times PAPER.scale. Dashed kinds have
 * butt caps, as on the map (a round cap would close a one-width gap); solid ones round caps, so a
 * line shorter than a pixel still shows as a dot.
 */
export function lineSvg(attrs: string, d: string, kind: PlaceKind, on: boolean): string[] {
	const { colour, dash } = symbol(kind);
	const width = on ? LINE.width * PAPER.scale : context.lineWidth;
	const cap = dash ? 'butt' : 'round';
	const pattern = dash ? ` stroke-dasharray="${dashPixels(dash, width)}"` : '';
	const casing = `<path d="${d}" fill="none" stroke="${LINE.casing.colour}" stroke-opacity="${LINE.casing.opacity}" stroke-width="${round(LINE.casing.width * PAPER.scale)}" stroke-linecap="round" stroke-linejoin="round"/>`;
	return [
		...(on ? [casing] : []),
		`<path ${attrs} d="${d}" fill="none" stroke="${on ? colour : context.colour}" stroke-width="${round(width)}" stroke-linecap="${cap}" stroke-linejoin="round"${pattern}/>`
	];
}

/**
 * An area: the step's filled as the map fills a hovered one (a pale pink would print nearly
 * white) and outlined in the selection's colour, at half the map's width so small islets show.
 */
export function areaSvg(attrs: string, d: string, kind: PlaceKind, on: boolean): string {
	const c = on ? symbol(kind).colour : context.colour;
	const opacity = on ? AREA.hoverOpacity : context.opacity;
	const [stroke, edge] = on ? [SELECTION.colour, SELECTION.width / 2] : [c, context.areaEdge];
	return `<path ${attrs} d="${d}" fill="${c}" fill-opacity="${opacity}" stroke="${stroke}" stroke-width="${edge}"/>`;
}

/** Smaller than a point's dot at this scale: the place gets a selection ring, as on the map. */
export const SMALL_PLACE_PX = 2 * POINT.radius;

export function smallPlaceRing(x: number, y: number): string {
	return `<circle cx="${round(x)}" cy="${round(y)}" r="${SELECTION.markerRadius}" fill="none" stroke="${SELECTION.colour}" stroke-width="${SELECTION.width}"/>`;
}

/** Borders between countries at the map's widest border width and dash. */
export function bordersSvg(d: string): string {
	return `<path d="${d}" fill="none" stroke="${PAPER.border}" stroke-width="${BORDER.maxWidth}" stroke-dasharray="${dashPixels(BORDER.dash, BORDER.maxWidth)}"/>`;
}

/**
 * The labels' colour and halo, as the map's. An SVG stroke straddles the outline, so the halo's
 * stroke is twice the map's halo width, in proportion to the text size.
 */
export function labelPaint(size: number): string {
	const halo = (2 * LABEL_SIZE.halo * size) / LABEL_SIZE.selected;
	return `fill:${LABEL_COLOUR};stroke:${COLOURS.halo};stroke-width:${round(halo)}px`;
}

/**
 * The geography labels' look on paper, as on the map: lighter than the places' names (normal
 * weight), water in italic blue on a sea-coloured halo, land in the basemap's grey. Each label's
 * size is its own inline style, which the place labels' `font` shorthand would otherwise win over.
 */
export function geographyStyle(): string {
	const halo = round(GEOGRAPHY.haloWidth * 2);
	return (
		`.geo{font-weight:400;fill:${GEOGRAPHY.land.colour};stroke:${GEOGRAPHY.land.halo};stroke-width:${halo}px}` +
		`.geo-water{font-style:italic;fill:${GEOGRAPHY.water.colour};stroke:${PAPER.sea}}` +
		`.geo:lang(ja){font-style:normal}`
	);
}

/** A town's small dot, drawn with the label set it belongs to (regular or narrow). */
export function geographyDot(x: number, y: number, className: string): string {
	const { radius, edge, colour } = GEOGRAPHY.town;
	return `<circle class="${className}" cx="${round(x)}" cy="${round(y)}" r="${radius}" fill="${colour}" stroke="#fff" stroke-width="${edge}"/>`;
}
