import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintWhenLoaded } from './first-draw';

class Painter {
	painted = 0;
	render() {
		this.painted++;
	}
}

function setup(maxWaitMs?: number) {
	const map = { painter: new Painter(), loaded: false, repaints: 0 };
	const stop = paintWhenLoaded(
		{
			painter: map.painter,
			isStyleLoaded: () => map.loaded,
			triggerRepaint: () => map.repaints++
		},
		maxWaitMs
	);
	return { map, stop: stop!, frame: () => map.painter.render() };
}

describe('paintWhenLoaded', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('paints no frame while the sources are still loading', () => {
		const { map, frame } = setup();
		frame();
		frame();
		expect(map.painter.painted).toBe(0);
	});

	it('paints the first frame after everything has loaded, and every frame after it', () => {
		const { map, frame } = setup();
		frame();
		map.loaded = true;
		frame();
		expect(map.painter.painted).toBe(1);
		// Loading again later (a new piece of land coming into view) no longer holds anything.
		map.loaded = false;
		frame();
		expect(map.painter.painted).toBe(2);
		expect(Object.hasOwn(map.painter, 'render')).toBe(false);
	});

	it('paints what it has after the longest wait, and asks for that frame', () => {
		const { map, frame } = setup(3000);
		vi.advanceTimersByTime(2999);
		frame();
		expect(map.painter.painted).toBe(0);
		vi.advanceTimersByTime(1);
		expect(map.repaints).toBe(1);
		frame();
		expect(map.painter.painted).toBe(1);
	});

	it('stops holding when asked, and then never asks for a frame itself', () => {
		const { map, stop, frame } = setup();
		stop();
		frame();
		expect(map.painter.painted).toBe(1);
		vi.advanceTimersByTime(10_000);
		expect(map.repaints).toBe(0);
	});

	it('leaves a map whose painter it does not know alone', () => {
		const map = { isStyleLoaded: () => false, triggerRepaint: vi.fn() };
		expect(paintWhenLoaded(map)).toBeNull();
		vi.advanceTimersByTime(10_000);
		expect(map.triggerRepaint).not.toHaveBeenCalled();
		expect(map).not.toHaveProperty('painter');
	});
});
