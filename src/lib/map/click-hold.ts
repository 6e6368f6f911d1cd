/**
 * Holds the map's drawing from a click until the page has shown what the click opened.
 *
 * Where WebGL runs in software (a school laptop without a GPU driver, a locked-down browser), one
 * frame of the map costs 100–200 ms of CPU, and a click asks for one at once (MapLibre redraws when
 * a gesture ends, even a gesture that moved nothing). The frame that would show the panel then
 * waits for that drawing. Held, the map draws right after the panel, with the new selection, in
 * one frame instead of two.
 */

import { coverMethod } from './cover-method';

/** The parts of a MapLibre map this needs (a test passes a stand-in). */
export interface Repaintable {
	triggerRepaint(): void;
}

/** A press and release closer than this is a click, not a drag (which must draw as it goes). */
const CLICK_SLOP = 4;

export interface ClickHold {
	/** Draw now, with whatever was asked for while held. */
	release(): void;
	/** Release after the next frame has been produced: the one that shows the new panel. */
	releaseAfterFrame(): void;
	destroy(): void;
}

export function holdDrawingOnClick(
	map: Repaintable,
	target: EventTarget,
	maxHoldMs = 250,
	onHeld: () => void = () => {}
): ClickHold {
	const original = map.triggerRepaint;
	const repaint = () => original.call(map);
	let held = false;
	let asked = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let down: { x: number; y: number } | null = null;

	const uncover = coverMethod(map, 'triggerRepaint', () => {
		if (!held) return repaint();
		asked = true;
		onHeld();
	});

	const release = () => {
		clearTimeout(timer);
		if (!held) return;
		held = false;
		if (asked) repaint();
		asked = false;
	};
	const onDown = (e: Event) => {
		const p = e as PointerEvent;
		down = p.isPrimary === false ? null : { x: p.clientX, y: p.clientY };
	};
	const onUp = (e: Event) => {
		const p = e as PointerEvent;
		const start = down;
		down = null;
		if (!start || Math.hypot(p.clientX - start.x, p.clientY - start.y) > CLICK_SLOP) return;
		held = true;
		// A click that opens nothing, or a page slow to come, never freezes the map for long.
		clearTimeout(timer);
		timer = setTimeout(release, maxHoldMs);
	};
	// Capture: before MapLibre's own handlers see the release and ask for their frame.
	target.addEventListener('pointerdown', onDown, { capture: true });
	target.addEventListener('pointerup', onUp, { capture: true });

	return {
		release,
		releaseAfterFrame: () => {
			if (held) requestAnimationFrame(() => release());
		},
		destroy() {
			release();
			uncover();
			target.removeEventListener('pointerdown', onDown, { capture: true });
			target.removeEventListener('pointerup', onUp, { capture: true });
		}
	};
}
