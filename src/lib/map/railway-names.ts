/**
 * Where a selected railway's name goes when its line leaves it no room (a phone's view of the
 * whole Trans-Siberian: the name is longer than any stretch between its bends). It is written
 * flat, above or below the line (the selected names' anchors), so the spot is where the line runs
 * most nearly level across the name's width: there the line keeps clear of a name beside it. At
 * the build's label point the Baikal–Amur's line ran down through its Japanese name.
 *
 * Pure: MapView projects the railway's line (static/geo/railway-labels.geojson) and sets the
 * place label of a flat railway at the spot this returns.
 */
import type { Rect } from './label-barriers';

type Point = { x: number; y: number };

/** Room (px) kept either side of the name's estimated width. */
const MARGIN = 10;

/** How far (px) the line climbs or falls across `halfWidth` either side of point `i`. */
function rise(line: readonly Point[], i: number, halfWidth: number): number {
	let [low, high] = [line[i].y, line[i].y];
	for (const step of [-1, 1])
		for (let j = i + step; j >= 0 && j < line.length; j += step) {
			low = Math.min(low, line[j].y);
			high = Math.max(high, line[j].y);
			if (Math.abs(line[j].x - line[i].x) >= halfWidth) break;
		}
	return high - low;
}

/**
 * The index of the point of `line` (canvas pixels) where a name `halfWidth` px either side fits
 * on the canvas, clear of what covers it, and the line is most nearly level; null if none fits.
 */
export function levelSpot(
	line: readonly Point[],
	halfWidth: number,
	halfHeight: number,
	canvas: { width: number; height: number },
	covers: readonly Rect[]
): number | null {
	let best: number | null = null;
	let bestRise = Infinity;
	for (const [i, p] of line.entries()) {
		// The name, above or below the point: a box twice its height tall around it, with a
		// margin for the width's estimate and the edges' barriers (./label-barriers.ts).
		const box = {
			left: p.x - halfWidth - MARGIN,
			right: p.x + halfWidth + MARGIN,
			top: p.y - 3 * halfHeight,
			bottom: p.y + 3 * halfHeight
		};
		if (box.left < 0 || box.top < 0 || box.right > canvas.width || box.bottom > canvas.height)
			continue;
		const covered = covers.some(
			(c) => box.left < c.right && c.left < box.right && box.top < c.bottom && c.top < box.bottom
		);
		if (covered) continue;
		const r = rise(line, i, halfWidth);
		if (r < bestRise) [best, bestRise] = [i, r];
	}
	return best;
}

/** About how wide (px) a name is at this size: latin letters about 0.55 em, kana and kanji 1 em. */
export function nameWidth(name: string, size: number, maxEms = Infinity): number {
	let ems = 0;
	for (const ch of name) ems += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55;
	return Math.min(ems, maxEms) * size;
}
