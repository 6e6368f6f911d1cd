import { describe, expect, it } from 'vitest';
import { placeGeo, tour } from '$lib/server/content';
import type { BBox } from '$lib/map/camera';
import {
	containsBBox,
	projectorLabels,
	projectorLabelSize,
	stepBounds,
	stepPadding
} from './camera';

describe('stepBounds', () => {
	it.each(tour.map((t, i) => [i + 1, t.slug, t] as const))(
		'step %i (%s) contains every highlighted place’s bbox',
		(_n, _slug, step) => {
			const box = stepBounds(step, placeGeo);
			expect(box).not.toBeNull();
			for (const slug of step.places) {
				expect(placeGeo[slug], slug).toBeDefined();
				expect(containsBBox(box!, placeGeo[slug].bbox), slug).toBe(true);
			}
		}
	);

	it('grows a single point to a span with surroundings', () => {
		const geo = { here: { bbox: [131.2, 34.4, 131.2, 34.4] as BBox } };
		const [w, s, e, n] = stepBounds({ places: ['here'] }, geo)!;
		expect(e - w).toBeGreaterThanOrEqual(5);
		expect(n - s).toBeGreaterThan(3);
		expect(containsBBox([w, s, e, n], geo.here.bbox)).toBe(true);
	});

	it('is the union of several places, and ignores places without geometry', () => {
		const geo = {
			a: { bbox: [10, 40, 20, 50] as BBox },
			b: { bbox: [30, 35, 40, 45] as BBox }
		};
		expect(stepBounds({ places: ['a', 'b', 'nowhere'] }, geo)).toEqual([10, 35, 40, 50]);
		expect(stepBounds({ places: ['nowhere'] }, geo)).toBeNull();
	});
});

describe('stepPadding', () => {
	it('keeps the caption clear on the left at projector sizes', () => {
		for (const viewport of [
			{ width: 1280, height: 720 },
			{ width: 1920, height: 1080 }
		]) {
			const caption = Math.round(viewport.width * 0.4);
			const pad = stepPadding(viewport, { side: 'left', size: caption });
			expect(pad.left).toBeGreaterThan(caption);
			expect(pad.right).toBeGreaterThan(0);
			// A third of the width is still left for the places themselves.
			expect(viewport.width - pad.left - pad.right).toBeGreaterThanOrEqual(viewport.width / 3);
		}
	});

	it('pads the bottom when the caption is a bottom band', () => {
		const pad = stepPadding({ width: 400, height: 800 }, { side: 'bottom', size: 300 });
		expect(pad.bottom).toBeGreaterThan(300);
		expect(pad.left).toBe(pad.right);
	});
});

describe('containsBBox', () => {
	it('compares edges inclusively', () => {
		expect(containsBBox([0, 0, 10, 10], [0, 0, 10, 10])).toBe(true);
		expect(containsBBox([0, 0, 10, 10], [-1, 0, 5, 5])).toBe(false);
		expect(containsBBox([0, 0, 10, 10], [1, 1, 5, 11])).toBe(false);
	});
});

describe('projectorLabels', () => {
	it('is 24 px at 1280 wide and grows with the screen, within limits', () => {
		expect(projectorLabels(1280).size).toBe(24);
		expect(projectorLabels(1920).size).toBeGreaterThan(34);
		expect(projectorLabels(400).size).toBe(20);
		expect(projectorLabels(4000).size).toBe(44);
	});

	it('leaves room at the edges for half a long name beside a place', () => {
		for (const width of [1280, 1920]) {
			const { size, room } = projectorLabels(width);
			const margin = stepPadding({ width, height: (width * 9) / 16 }, { side: 'left', size: 0 });
			// A name wraps at 10 ems; centred under its place, half of it reaches out 5 ems.
			expect(margin.right + room.right).toBeGreaterThanOrEqual(size * 5 * 0.6);
			expect(room.bottom).toBeGreaterThanOrEqual(size * 2);
		}
	});

	it('sizes the map’s labels: the step’s places at that size, the rest smaller', () => {
		expect(projectorLabelSize(1280)).toEqual({ selected: 24, other: 15, halo: 2.5 });
		expect(projectorLabelSize(1920)).toEqual({ selected: 36, other: 22, halo: 2.5 });
	});
});
