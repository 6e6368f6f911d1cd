import { describe, expect, it } from 'vitest';
import {
	coveredInset,
	ensureMinSpan,
	formatHash,
	panelPadding,
	parseHash,
	selectionBounds,
	unionBBox,
	type BBox
} from './camera';

describe('parseHash', () => {
	it('reads MapLibre hashes', () => {
		expect(parseHash('#6/45.0/147.8')).toEqual({ zoom: 6, lat: 45, lng: 147.8 });
		expect(parseHash('#4.5/-33.1/151.2/20/30')).toEqual({ zoom: 4.5, lat: -33.1, lng: 151.2 });
	});

	it.each([
		'',
		'#',
		'#6/45',
		'#a/b/c',
		'#abc',
		'#6/95/10',
		'#6/45/190',
		'#99/45/10',
		'#99/999/999',
		'#-5/100/500',
		'#2/NaN/Infinity',
		'#NaN/NaN/NaN',
		'#2/10/Infinity',
		'#2/10/-Infinity',
		'#Infinity/0/0',
		'#1e1/45/140',
		'#0x5/45/140',
		'#+5/45/140',
		'# 6/45/10',
		'#6/45/10 ',
		'#６/45/10',
		'#6//10',
		'#6/45/10/',
		'#6/-/10',
		'#6/45.5.5/10',
		'#6/45/10/1/2/3',
		'#<script>/1/2',
		'#6/<img src=x onerror=alert(1)>/10',
		'#6/%3Cscript%3E/10',
		'#6/4e5/10',
		'#' + '1'.repeat(200),
		'#6/45/' + '1'.repeat(100_000),
		'#' + '/'.repeat(1_000_000)
	])('rejects %j without throwing', (hash) => {
		expect(parseHash(hash)).toBeNull();
	});

	it('rejects what is not a string at all', () => {
		for (const bad of [undefined, null, 6, {}, ['#6/45/10']])
			expect(parseHash(bad as unknown as string)).toBeNull();
	});

	it('clamps zoom into the range the map allows', () => {
		expect(parseHash('#20/45/140')?.zoom).toBe(14);
		expect(parseHash('#0/45/140')?.zoom).toBe(1);
	});
});

describe('formatHash', () => {
	it('writes MapLibre’s format and round-trips', () => {
		const hash = formatHash({ zoom: 6, lat: 45.0123456, lng: 147.8123456 });
		expect(hash).toBe('#6/45.012/147.812');
		expect(parseHash(hash)).toEqual({ zoom: 6, lat: 45.012, lng: 147.812 });
	});

	it('keeps more digits when zoomed in', () => {
		expect(formatHash({ zoom: 12, lat: 35.6812345, lng: 139.7671234 })).toBe(
			'#12/35.68123/139.76712'
		);
	});
});

describe('unionBBox', () => {
	it('holds every box', () => {
		expect(
			unionBBox([
				[130, 40, 135, 45],
				[140, 35, 150, 50]
			])
		).toEqual([130, 35, 150, 50]);
	});
	it('is null for nothing', () => {
		expect(unionBBox([])).toBeNull();
	});
});

describe('ensureMinSpan', () => {
	it('widens a point so fitting it does not zoom to street level', () => {
		const [w, s, e, n] = ensureMinSpan([139.7, 35.7, 139.7, 35.7]);
		expect(e - w).toBeCloseTo(5);
		expect(n - s).toBeCloseTo(3.75);
		expect((w + e) / 2).toBeCloseTo(139.7);
	});
	it('leaves a large box alone', () => {
		expect(ensureMinSpan([37, 43, 132, 60])).toEqual([37, 43, 132, 60]);
	});
});

describe('selectionBounds', () => {
	const geo = { a: { bbox: [10, 40, 11, 41] as BBox }, b: { bbox: [20, 50, 21, 51] as BBox } };
	it('holds every selected place, ignoring unknown ones', () => {
		expect(selectionBounds(['a', 'b', 'nowhere'], geo)).toEqual([10, 40, 21, 51]);
	});
	it('is null for nothing known', () => {
		expect(selectionBounds([], geo)).toBeNull();
		expect(selectionBounds(['nowhere'], geo)).toBeNull();
	});
});

describe('coveredInset', () => {
	it('is nothing for a column beside the map (the explorer on a wide screen)', () => {
		expect(coveredInset({ side: 'left', size: 420 }, { left: 421, bottom: 900 }, 900)).toEqual({
			left: 0,
			bottom: 0
		});
	});
	it('is the caption’s width when it lies over the map (the tour)', () => {
		expect(coveredInset({ side: 'left', size: 600 }, { left: 0, bottom: 900 }, 900).left).toBe(600);
	});
	it('is the sheet’s height over a phone’s map, less any gap under the map', () => {
		expect(coveredInset({ side: 'bottom', size: 400 }, { left: 0, bottom: 844 }, 844).bottom).toBe(
			400
		);
		expect(coveredInset({ side: 'bottom', size: 400 }, { left: 0, bottom: 744 }, 844).bottom).toBe(
			300
		);
		expect(coveredInset({ side: 'bottom', size: 0 }, { left: 0, bottom: 500 }, 844).bottom).toBe(0);
	});
});

describe('panelPadding', () => {
	it('pads the side the panel covers', () => {
		const p = panelPadding({ width: 1440, height: 900 }, { side: 'left', size: 400 });
		expect(p.left).toBeGreaterThan(p.right + 399);
		expect(p.top).toBe(p.bottom);
	});
	it('pads the bottom under a phone sheet', () => {
		const p = panelPadding({ width: 390, height: 844 }, { side: 'bottom', size: 300 });
		expect(p.bottom).toBeGreaterThan(p.top + 250);
	});
	it('keeps clear of a control along the top', () => {
		const p = panelPadding({ width: 1440, height: 900 }, { side: 'left', size: 400, top: 150 });
		expect(p.top).toBe(p.bottom + 150);
	});
	it('always leaves a third of the map', () => {
		const p = panelPadding({ width: 500, height: 400 }, { side: 'left', size: 480 });
		expect(p.left + p.right).toBeLessThanOrEqual(500 * 0.66);
	});
});
