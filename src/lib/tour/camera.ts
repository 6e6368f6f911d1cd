/**
 * The camera of a tour step is derived, never typed: the union of its places' bounds (computed by
 * Turf at build time), grown to a minimum span, fitted with padding that keeps the caption clear.
 * MapView fits `selected` the same way; the handout's static maps use these bounds too.
 */
import { panelPadding, selectionBounds, type BBox, type Padding } from '$lib/map/camera';
import type { LabelSize } from '$lib/map/layers';

export interface Caption {
	/** Which edge of the screen the caption sits on, and how far it reaches into the map. */
	side: 'left' | 'bottom';
	size: number;
}

/** The box to fit for a step: every highlighted place, with some surroundings; null if none. */
export function stepBounds(
	step: { places: readonly string[] },
	placeGeo: Record<string, { bbox: BBox }>
): BBox | null {
	return selectionBounds(step.places, placeGeo);
}

/** Padding for fitting a step's bounds so that the caption never covers the places. */
export function stepPadding(
	viewport: { width: number; height: number },
	caption: Caption
): Padding {
	return panelPadding(viewport, caption);
}

/** Whether box `outer` holds box `inner` entirely. */
export function containsBBox(outer: BBox, inner: BBox): boolean {
	return (
		outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
	);
}

/**
 * Map labels for a projector: the step's place names at 24 px on a 1280 px screen, growing with
 * it, and room at the map's edges so a name next to a place near an edge is not cut off (or
 * slid under the caption). `room` is the map's own padding, added to the fitting padding.
 */
export function projectorLabels(width: number): { size: number; room: Padding } {
	const size = Math.round(Math.min(44, Math.max(20, width * 0.019)));
	const side = Math.round(size * 2.3);
	return { size, room: { top: Math.round(size * 0.5), right: side, bottom: size * 2, left: side } };
}

/** The place labels' sizes for a projector of this width: the step's places at `size`, the rest smaller. */
export function projectorLabelSize(width: number): LabelSize {
	const { size } = projectorLabels(width);
	return { selected: size, other: Math.round(size * 0.62), halo: 2.5 };
}
