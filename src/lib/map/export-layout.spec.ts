import { describe, expect, it } from 'vitest';
import {
	ellipsize,
	exportLayout,
	formatDistance,
	imageFileName,
	imageSize,
	metresPerPixel,
	scaleBar,
	wrapText
} from './export-layout';

describe('metresPerPixel', () => {
	it('is 78 km per pixel at the equator at zoom 0', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(40075016.686 / 512, 3);
	});
	it('halves with each zoom level and shrinks with cos(latitude)', () => {
		expect(metresPerPixel(0, 5)).toBeCloseTo(metresPerPixel(0, 4) / 2, 6);
		expect(metresPerPixel(60, 3)).toBeCloseTo(metresPerPixel(0, 3) / 2, 6);
	});
});

describe('scaleBar', () => {
	it('picks 1, 2 or 5 × 10^n km close to 100 px', () => {
		for (const zoom of [1, 2.5, 4, 5.3, 7, 9.9, 12, 14]) {
			for (const lat of [0, 35, 43, 60]) {
				const bar = scaleBar(metresPerPixel(lat, zoom));
				const mantissa = bar.metres / 10 ** Math.floor(Math.log10(bar.metres));
				expect([1, 2, 5]).toContain(Math.round(mantissa * 1e9) / 1e9);
				// A 1-2-5 series is never more than a factor √(5/2) ≈ 1.58 from the target.
				expect(bar.px).toBeGreaterThan(100 / 1.59);
				expect(bar.px).toBeLessThan(100 * 1.59);
			}
		}
	});
	it('gives the expected length for a known scale', () => {
		// 2.1 km per pixel: 100 px is 210 km, nearest round length 200 km.
		const bar = scaleBar(2100);
		expect(bar.metres).toBe(200_000);
		expect(bar.px).toBeCloseTo(95.24, 2);
		expect(bar.label).toBe('200 km');
	});
	it('goes below a kilometre when zoomed in', () => {
		const bar = scaleBar(4.8);
		expect(bar.metres).toBe(500);
		expect(bar.label).toBe('500 m');
	});
	it('rejects nonsense', () => {
		expect(() => scaleBar(0)).toThrow(RangeError);
		expect(() => scaleBar(NaN)).toThrow(RangeError);
	});
});

describe('formatDistance', () => {
	it('uses metres under a kilometre and groups thousands', () => {
		expect(formatDistance(200)).toBe('200 m');
		expect(formatDistance(5000)).toBe('5 km');
		expect(formatDistance(1_000_000)).toBe('1,000 km');
	});
});

describe('imageSize', () => {
	it('is the CSS size times the device pixel ratio, rounded', () => {
		expect(imageSize(946, 806, 1)).toEqual({ width: 946, height: 806, scale: 1 });
		expect(imageSize(412, 839, 2.625)).toEqual({ width: 1082, height: 2202, scale: 2.625 });
	});
	it('falls back to 1 for a missing ratio', () => {
		expect(imageSize(10, 20, 0).scale).toBe(1);
	});
});

describe('exportLayout', () => {
	it('keeps everything inside the image', () => {
		for (const [w, h, s] of [
			[946, 806, 1],
			[1082, 2202, 2.625],
			[1892, 1612, 2]
		]) {
			const l = exportLayout(w, h, s, 95, 2);
			expect(l.band).toBeLessThan(h / 4);
			expect(l.bar.x + l.bar.length).toBeLessThan(w);
			expect(l.bar.y).toBeGreaterThan(l.band);
			expect(l.attribution.right).toBeLessThan(w);
			expect(l.attribution.baseline).toBeLessThan(h);
			expect(l.titleWidth).toBeLessThan(w);
		}
	});
	it('scales with the pixel ratio', () => {
		const one = exportLayout(900, 800, 1, 100);
		const two = exportLayout(1800, 1600, 2, 100);
		expect(two.band).toBe(one.band * 2);
		expect(two.titleSize).toBe(one.titleSize * 2);
		expect(two.bar.length).toBe(one.bar.length * 2);
	});
	it('grows the band with the number of title lines', () => {
		expect(exportLayout(900, 800, 1, 100, 2).band).toBeGreaterThan(
			exportLayout(900, 800, 1, 100, 1).band
		);
	});
});

// One "pixel" per character makes widths easy to reason about.
const measure = (s: string) => s.length;

describe('wrapText', () => {
	it('keeps a short title on one line', () => {
		expect(wrapText('Tokyo', 20, measure)).toEqual(['Tokyo']);
	});
	it('wraps at word boundaries', () => {
		expect(wrapText('Sakhalin Hokkaido bridge', 17, measure)).toEqual([
			'Sakhalin Hokkaido',
			'bridge'
		]);
	});
	it('ends the last line with an ellipsis when words are left over', () => {
		const lines = wrapText('one two three four five six', 9, measure, 2);
		expect(lines).toEqual(['one two', 'three…']);
		for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(9);
	});
	it('cuts a single word wider than the line', () => {
		expect(wrapText('Vladivostokskaya', 8, measure)).toEqual(['Vladivo…']);
	});
});

describe('ellipsize', () => {
	it('leaves text that fits alone', () => {
		expect(ellipsize('abc', 3, measure)).toBe('abc');
		expect(ellipsize('abcdef', 4, measure)).toBe('abc…');
	});
});

describe('imageFileName', () => {
	it('names the file after the page', () => {
		expect(imageFileName('/places/tokyo')).toBe('nagato-atlas-tokyo.png');
		expect(imageFileName('/agreements/yamal-lng/')).toBe('nagato-atlas-yamal-lng.png');
		expect(imageFileName('/')).toBe('nagato-atlas-map.png');
	});
});
