import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdDrawingOnClick } from './click-hold';

function pointer(type: string, x: number, y: number) {
	return Object.assign(new Event(type), { clientX: x, clientY: y, isPrimary: true });
}

function setup(maxHoldMs?: number) {
	const drawn = vi.fn();
	const map = { triggerRepaint: drawn as () => void };
	const el = new EventTarget();
	const hold = holdDrawingOnClick(map, el, maxHoldMs);
	const press = (from: [number, number], to: [number, number] = from) => {
		el.dispatchEvent(pointer('pointerdown', ...from));
		el.dispatchEvent(pointer('pointerup', ...to));
	};
	return { map, drawn, hold, press };
}

describe('holdDrawingOnClick', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('draws as asked when nothing was clicked', () => {
		const { map, drawn } = setup();
		map.triggerRepaint();
		expect(drawn).toHaveBeenCalledTimes(1);
	});

	it('holds the frames a click asks for, then draws once on release', () => {
		const { map, drawn, hold, press } = setup();
		press([100, 100], [101, 102]);
		map.triggerRepaint();
		map.triggerRepaint();
		expect(drawn).not.toHaveBeenCalled();
		hold.release();
		expect(drawn).toHaveBeenCalledTimes(1);
		map.triggerRepaint();
		expect(drawn).toHaveBeenCalledTimes(2);
	});

	it('never holds a drag: the map follows the pointer', () => {
		const { map, drawn, press } = setup();
		press([100, 100], [160, 100]);
		map.triggerRepaint();
		expect(drawn).toHaveBeenCalledTimes(1);
	});

	it('lets go by itself when nothing releases it', () => {
		const { map, drawn, press } = setup(250);
		press([10, 10]);
		map.triggerRepaint();
		vi.advanceTimersByTime(249);
		expect(drawn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(drawn).toHaveBeenCalledTimes(1);
	});

	it('releases after the frame that shows the page, not before', () => {
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
		const { map, drawn, hold, press } = setup();
		press([10, 10]);
		map.triggerRepaint();
		hold.releaseAfterFrame();
		expect(drawn).not.toHaveBeenCalled();
		frames.shift()!(0);
		expect(drawn).toHaveBeenCalledTimes(1);
		vi.unstubAllGlobals();
	});

	it('gives the map back its own drawing when destroyed', () => {
		const { map, drawn, hold, press } = setup();
		press([10, 10]);
		map.triggerRepaint();
		hold.destroy();
		expect(drawn).toHaveBeenCalledTimes(1);
		expect(map.triggerRepaint).toBe(drawn);
	});
});
