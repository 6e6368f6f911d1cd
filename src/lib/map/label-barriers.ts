/**
 * Where the map's names may not go (issue #19): off the canvas, under what is laid over it (the
 * map's controls, the legend, a panel over the map), and on a place's dot or selection ring.
 * MapLibre places a name even when part of it lies off screen or under a control, and its circle
 * layers take no part in collisions. So the map draws an invisible symbol layer of square
 * "barriers" (./layers.ts, barrierLayers): icons always placed and entered in the collision index,
 * which the names placed after them avoid, a variable-anchor name by taking another anchor.
 *
 * Pure: squares in the canvas's pixels from its size and the covered rectangles, which MapView
 * turns into coordinates (`unproject`), and the sizes of the squares the style draws over the
 * places' dots and rings (layers.ts ringBarrierLayers, on the circles' own sources).
 */
import { MARKER, POINT, SELECTION } from './symbology';

/** A rectangle in the canvas's CSS pixels. */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Which side of its point a square lies on (MapLibre's `icon-anchor`): a square along an edge is
 * anchored on the canvas and reaches out past it, so its point lies in a tile the map has loaded
 * (a symbol is placed only from the tiles in view).
 */
export type BarrierAnchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

/** A square barrier: its anchor point in canvas pixels, its side, and where it lies from it. */
export interface Square {
	x: number;
	y: number;
	size: number;
	anchor: BarrierAnchor;
}

/**
 * The squares along the edges: how far they reach past the edge (more than any name pokes out:
 * MapLibre culls a name lying wholly off screen), and how far in, so a name keeps a little
 * margin from the edge rather than touching it.
 */
export const EDGE = { outside: 32, inside: 4 } as const;

/** How many squares of side `size` tile `length`, and their centres, evenly from end to end. */
function centres(from: number, length: number, size: number): number[] {
	if (length <= 0) return [];
	const n = Math.max(1, Math.ceil(length / size));
	if (n === 1) return [from + length / 2];
	const step = (length - size) / (n - 1);
	return Array.from({ length: n }, (_, i) => from + size / 2 + i * step);
}

/** Squares along the four edges of a canvas of this size, each anchored just inside it. */
export function edgeSquares({ width, height }: { width: number; height: number }): Square[] {
	const size = EDGE.outside + EDGE.inside;
	const { inside } = EDGE;
	return [
		...centres(0, height, size).map((y): Square => ({ x: inside, y, size, anchor: 'right' })),
		...centres(0, height, size).map((y): Square => ({
			x: width - inside,
			y,
			size,
			anchor: 'left'
		})),
		...centres(0, width, size).map((x): Square => ({ x, y: inside, size, anchor: 'bottom' })),
		...centres(0, width, size).map((x): Square => ({ x, y: height - inside, size, anchor: 'top' }))
	];
}

/** The part of a rectangle on a canvas of this size, or null if none is. */
export function clip(r: Rect, { width, height }: { width: number; height: number }): Rect | null {
	const c = {
		left: Math.max(0, r.left),
		top: Math.max(0, r.top),
		right: Math.min(width, r.right),
		bottom: Math.min(height, r.bottom)
	};
	return c.right > c.left && c.bottom > c.top ? c : null;
}

/**
 * Squares covering a rectangle: as large as its shorter side (few squares: a legend is two, a
 * phone's bottom sheet two), overlapping along the longer one so that its far end is covered too.
 */
export function rectSquares(r: Rect): Square[] {
	const w = r.right - r.left;
	const h = r.bottom - r.top;
	const size = Math.min(w, h);
	return w >= h
		? centres(r.left, w, size).map((x) => ({ x, y: r.top + h / 2, size, anchor: 'center' }))
		: centres(r.top, h, size).map((y) => ({ x: r.left + w / 2, y, size, anchor: 'center' }));
}

/** Every square of a view: its edges, and whatever of the covered rectangles lies on it. */
export function screenBarriers(
	canvas: { width: number; height: number },
	covers: readonly Rect[]
): Square[] {
	if (canvas.width <= 0 || canvas.height <= 0) return [];
	return [
		...edgeSquares(canvas),
		...covers
			.map((r) => clip(r, canvas))
			.filter((r): r is Rect => r !== null)
			.flatMap(rectSquares)
	];
}

/**
 * The side of the square over each kind of dot or ring, from the sizes the circle layers draw
 * with (./symbology.ts): radius plus half the stroke, on each side.
 */
export function ringSizes() {
	const across = (radius: number, stroke: number) => 2 * (radius + stroke / 2);
	return {
		point: across(POINT.radius, Math.max(POINT.dotEdge, POINT.ringEdge)),
		selectedPoint: across(SELECTION.pointRadius, SELECTION.width),
		marker: across(MARKER.radius, MARKER.edge),
		selectedMarker: across(SELECTION.markerRadius, SELECTION.width),
		// Across a selected line: its gap and both edges.
		selectedLine: SELECTION.lineGap + 2 * SELECTION.lineEdge
	};
}
