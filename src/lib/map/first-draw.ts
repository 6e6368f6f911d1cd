/**
 * Draws the map's first complete picture, not the partial ones before it.
 *
 * While its sources load, MapLibre draws a frame each time a piece arrives: the sea, then the
 * land, then the borders, then the places. Where WebGL runs in software (a school laptop without
 * a GPU driver) each of those frames costs 40–100 ms of the same CPU that is still preparing the
 * rest, so the complete map comes later for every partial one shown. Held, MapLibre still runs
 * each frame's bookkeeping (which asks for the pieces in view) but paints only once everything
 * has loaded, or after `maxWaitMs` whatever has.
 */

import { coverMethod } from './cover-method';

/** The parts of a MapLibre map this needs (a test passes a stand-in). */
export interface LoadingMap {
	painter?: { render(...args: unknown[]): unknown };
	isStyleLoaded(): boolean | void;
	triggerRepaint(): void;
}

/**
 * Holds the painting until the map has loaded; returns a function that stops holding at once, or
 * null where the map has no painter it knows (it then paints every frame, as MapLibre does).
 * `onHeld` is told of each frame not painted.
 */
export function paintWhenLoaded(
	map: LoadingMap,
	maxWaitMs = 3000,
	onHeld: () => void = () => {}
): (() => void) | null {
	const painter = map.painter;
	// `painter` is MapLibre's own, not its API: a version without it paints as it always did.
	if (typeof painter?.render !== 'function') return null;
	const render = painter.render;
	const uncover = coverMethod(painter, 'render', function (this: unknown, ...args: unknown[]) {
		if (!map.isStyleLoaded()) return void onHeld();
		stop();
		return render.apply(this, args);
	});
	const stop = () => {
		clearTimeout(timer);
		uncover();
	};
	const timer = setTimeout(() => {
		stop();
		map.triggerRepaint();
	}, maxWaitMs);
	return stop;
}
