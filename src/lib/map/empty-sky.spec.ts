import { describe, expect, it } from 'vitest';
import { isEmptySky, skipEmptySky, type SkyPainter } from './empty-sky';

const clear = { r: 0, g: 0, b: 0, a: 0 };
const blue = { r: 0.5, g: 0.7, b: 1, a: 1 };
const frame = (sky: Record<string, unknown> | undefined, isRenderingGlobe = false) => ({
	data: { sky, isRenderingGlobe }
});
/** MapLibre's default sky: what a style without one gets. */
const defaultSky = { 'sky-color': clear, 'horizon-color': clear, 'fog-color': clear };

describe('isEmptySky', () => {
	it('finds MapLibre’s default sky empty', () => {
		expect(isEmptySky(frame(defaultSky))).toBe(true);
	});

	it('draws a sky with any colour, and any sky around a globe', () => {
		expect(isEmptySky(frame({ ...defaultSky, 'horizon-color': blue }))).toBe(false);
		expect(isEmptySky(frame(defaultSky, true))).toBe(false);
		expect(isEmptySky(frame(undefined))).toBe(false);
	});
});

describe('skipEmptySky', () => {
	function painterDrawing() {
		const drawn: unknown[] = [];
		const shared = { sky: (_mesh: unknown, f: unknown) => void drawn.push(f), fill: () => {} };
		const painter: SkyPainter = { drawFunctions: shared };
		return { painter, drawn, shared };
	}

	it('leaves out an empty sky and draws a coloured one', () => {
		const { painter, drawn } = painterDrawing();
		skipEmptySky(painter);
		const coloured = frame({ ...defaultSky, 'sky-color': blue });
		painter.drawFunctions!.sky!(null, frame(defaultSky));
		painter.drawFunctions!.sky!(null, coloured);
		expect(drawn).toEqual([coloured]);
	});

	it('changes only this painter’s draw functions, not the ones every map shares', () => {
		const { painter, shared } = painterDrawing();
		const sky = shared.sky;
		skipEmptySky(painter);
		expect(shared.sky).toBe(sky);
		expect(painter.drawFunctions!.fill).toBe(shared.fill);
	});

	it('leaves alone a painter without draw functions (another MapLibre version)', () => {
		const painter: SkyPainter = {};
		skipEmptySky(painter);
		skipEmptySky(undefined);
		expect(painter).toEqual({});
	});
});
