import { describe, expect, it } from 'vitest';
import { areaSvg, bordersSvg, labelPaint, lineSvg, pointSvg } from './static-symbols';
import { BORDER, dashPixels, KIND_COLOURS, LINE, PAPER, POINT, SYMBOLS } from './symbology';

const attr = (svg: string, name: string) => svg.match(new RegExp(` ${name}="([^"]*)"`))?.[1];

describe('the static map’s symbols, from the map’s symbology', () => {
	it('converts dashes from line widths to pixels, as MapLibre scales them', () => {
		expect(dashPixels([1, 1], 3)).toBe('3 3');
		expect(dashPixels([2, 1], 4)).toBe('8 4');
		expect(dashPixels([3, 2], 1.2)).toBe('3.6 2.4');
	});

	it('dots railways and dashes bridges with gaps a round cap would not close', () => {
		for (const kind of ['railway', 'infrastructure'] as const) {
			const [casing, line] = lineSvg('', 'M0 0L99 0', kind, true);
			const width = LINE.width * PAPER.scale;
			expect(attr(line, 'stroke-width')).toBe(String(width));
			expect(attr(line, 'stroke-dasharray')).toBe(dashPixels(SYMBOLS[kind].dash!, width));
			expect(attr(line, 'stroke-linecap')).toBe('butt');
			expect(attr(line, 'stroke')).toBe(KIND_COLOURS[kind]);
			expect(attr(casing, 'stroke-width')).toBe(String(LINE.casing.width * PAPER.scale));
		}
		const [, pipeline] = lineSvg('', 'M0 0L99 0', 'energy', true);
		expect(attr(pipeline, 'stroke-dasharray')).toBeUndefined();
		expect(attr(pipeline, 'stroke-linecap')).toBe('round');
		expect(lineSvg('', 'M0 0L99 0', 'railway', false)).toHaveLength(1);
	});

	it('draws energy sites as rings and venues as dots, lit or not', () => {
		const ring = pointSvg('', 0, 0, 'energy', true);
		expect(attr(ring, 'fill')).toBe('#fff');
		expect(attr(ring, 'stroke')).toBe(KIND_COLOURS.energy);
		expect(attr(ring, 'r')).toBe(String(POINT.radius));
		expect(attr(pointSvg('', 0, 0, 'venue', true), 'fill')).toBe(KIND_COLOURS.venue);
		expect(attr(pointSvg('', 0, 0, 'energy', false), 'fill')).toBe('#fff');
		expect(attr(pointSvg('', 0, 0, 'venue', false), 'fill')).toBe(PAPER.context.colour);
	});

	it('fills the step’s areas in their colour, the others grey', () => {
		expect(attr(areaSvg('', 'M0 0Z', 'disputed', true), 'fill')).toBe(KIND_COLOURS.disputed);
		expect(attr(areaSvg('', 'M0 0Z', 'disputed', false), 'fill')).toBe(PAPER.context.colour);
	});

	it('dashes borders and haloes labels as the map does', () => {
		expect(attr(bordersSvg('M0 0L1 1'), 'stroke-dasharray')).toBe(
			dashPixels(BORDER.dash, BORDER.maxWidth)
		);
		expect(labelPaint(16)).toContain('stroke-width:3.2px');
	});
});
