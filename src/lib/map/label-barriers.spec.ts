import { describe, expect, it } from 'vitest';
import {
	clip,
	EDGE,
	edgeSquares,
	rectSquares,
	ringSizes,
	screenBarriers,
	type Rect,
	type Square
} from './label-barriers';
import { MARKER, POINT, SELECTION } from './symbology';

/** The rectangle a square covers, as MapLibre lays an icon out from its anchor. */
function box({ x, y, size, anchor }: Square): Rect {
	const left = anchor === 'left' ? x : anchor === 'right' ? x - size : x - size / 2;
	const top = anchor === 'top' ? y : anchor === 'bottom' ? y - size : y - size / 2;
	return { left, top, right: left + size, bottom: top + size };
}
const covers = (squares: Square[], x: number, y: number) =>
	squares.map(box).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

describe('edgeSquares', () => {
	const canvas = { width: 390, height: 844 };
	const squares = edgeSquares(canvas);

	it('anchors every square inside the canvas, so its tile is one the map has loaded', () => {
		for (const s of squares) {
			expect(s.x).toBeGreaterThan(0);
			expect(s.x).toBeLessThan(canvas.width);
			expect(s.y).toBeGreaterThan(0);
			expect(s.y).toBeLessThan(canvas.height);
		}
	});

	it('leaves no gap along any edge, from just inside it to well past it', () => {
		for (let t = 0; t <= 1; t += 0.01) {
			const x = t * canvas.width;
			const y = t * canvas.height;
			for (const d of [EDGE.inside - 0.5, 0, -EDGE.outside + 0.5]) {
				expect(covers(squares, d, y), `left ${y} ${d}`).toBe(true);
				expect(covers(squares, canvas.width - d, y), `right ${y} ${d}`).toBe(true);
				expect(covers(squares, x, d), `top ${x} ${d}`).toBe(true);
				expect(covers(squares, x, canvas.height - d), `bottom ${x} ${d}`).toBe(true);
			}
		}
	});

	it('keeps the inside of the canvas free', () => {
		const m = EDGE.inside + 0.5;
		expect(covers(squares, m, m)).toBe(false);
		expect(covers(squares, canvas.width / 2, canvas.height / 2)).toBe(false);
		expect(covers(squares, canvas.width - m, canvas.height - m)).toBe(false);
	});

	it('takes a few hundred squares at most on a large screen', () => {
		expect(edgeSquares({ width: 2560, height: 1440 }).length).toBeLessThan(250);
	});
});

describe('rectSquares', () => {
	it('covers a rectangle wholly, and nothing beyond its bounding squares', () => {
		for (const r of [
			{ left: 10, top: 20, right: 260, bottom: 170 }, // a legend
			{ left: 0, top: 440, right: 390, bottom: 844 }, // a phone's bottom sheet
			{ left: 350, top: 800, right: 374, bottom: 824 } // the attribution button
		]) {
			const squares = rectSquares(r);
			expect(squares.length).toBeLessThanOrEqual(3);
			for (let i = 0; i <= 20; i++)
				for (let j = 0; j <= 20; j++) {
					const x = r.left + ((r.right - r.left) * i) / 20;
					const y = r.top + ((r.bottom - r.top) * j) / 20;
					expect(covers(squares, x, y), `${x},${y}`).toBe(true);
				}
			for (const s of squares.map(box)) {
				expect(s.left).toBeGreaterThanOrEqual(r.left - 1e-9);
				expect(s.right).toBeLessThanOrEqual(r.right + 1e-9);
			}
		}
	});
});

describe('screenBarriers', () => {
	it('adds what covers the canvas, clipped to it, and ignores what lies beside it', () => {
		const canvas = { width: 1000, height: 800 };
		const beside = { left: -400, top: 0, right: 0, bottom: 800 }; // the explorer's column
		const legend = { left: 750, top: 12, right: 988, bottom: 200 };
		const edges = edgeSquares(canvas).length;
		expect(screenBarriers(canvas, [beside])).toHaveLength(edges);
		const withLegend = screenBarriers(canvas, [beside, legend]);
		expect(withLegend.length).toBeGreaterThan(edges);
		expect(covers(withLegend, 800, 100)).toBe(true);
		expect(clip({ left: -5, top: 790, right: 50, bottom: 900 }, canvas)).toEqual({
			left: 0,
			top: 790,
			right: 50,
			bottom: 800
		});
	});

	it('gives nothing for a canvas not laid out yet', () => {
		expect(screenBarriers({ width: 0, height: 0 }, [])).toEqual([]);
	});
});

describe('ringSizes', () => {
	it('spans each circle and its stroke, from the symbology the circle layers draw with', () => {
		const s = ringSizes();
		expect(s.selectedPoint).toBe(2 * SELECTION.pointRadius + SELECTION.width);
		expect(s.selectedMarker).toBe(2 * SELECTION.markerRadius + SELECTION.width);
		expect(s.marker).toBe(2 * MARKER.radius + MARKER.edge);
		expect(s.point).toBe(2 * POINT.radius + Math.max(POINT.dotEdge, POINT.ringEdge));
	});
});
