import { describe, expect, it } from 'vitest';
import { levelSpot, nameWidth } from './railway-names';

const canvas = { width: 400, height: 400 };
// Down a slope from the left, level from x = 200 to 320, then down again.
const line = [
	{ x: 20, y: 40 },
	{ x: 100, y: 120 },
	{ x: 200, y: 200 },
	{ x: 260, y: 202 },
	{ x: 320, y: 200 },
	{ x: 380, y: 300 }
];

describe('levelSpot', () => {
	it('takes the point where the line runs most nearly level across the name', () => {
		expect(levelSpot(line, 30, 10, canvas, [])).toBe(3);
	});

	it('keeps the name on the canvas and off what covers it', () => {
		// Too wide for the level stretch to hold it inside the canvas: none of its points fits
		// a 400 px name.
		expect(levelSpot(line, 201, 10, canvas, [])).toBeNull();
		const panel = { left: 0, top: 150, right: 400, bottom: 400 };
		expect(levelSpot(line, 30, 10, canvas, [panel])).toBe(1);
	});
});

describe('nameWidth', () => {
	it('counts a kanji or kana as an em and a latin letter as about half of one', () => {
		expect(nameWidth('バイカル', 16)).toBe(64);
		expect(nameWidth('Railway', 16)).toBeCloseTo(7 * 0.55 * 16);
		expect(nameWidth('Транссибирская магистраль', 16, 10)).toBe(160);
	});
});
