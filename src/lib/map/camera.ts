/** Pure camera math: the URL hash, bounds of a selection, padding around panels. */
import { PLACE_LABEL_LAYOUT } from './symbology';

export type BBox = [west: number, south: number, east: number, north: number];

export interface View {
	zoom: number;
	lat: number;
	lng: number;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * What a page's panel covers of the map: a column on the left (below `top` pixels of legend), or
 * a sheet along the bottom, `size` pixels deep.
 */
export interface Panel {
	side: 'left' | 'bottom';
	size: number;
	top?: number;
}

/** The whole story at once: Taormina and Moscow in the west, the Kurils in the east. */
export const WORLD_VIEW: BBox = [12, 30, 160, 72];
/** Where a reader lands with no selection and no hash: Japan, Sakhalin, the Kurils, Primorye. */
export const DEFAULT_VIEW: BBox = [127, 31, 152, 54];

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 14;

/**
 * Parses MapLibre's own hash format, `#zoom/lat/lng` (bearing and pitch may follow and are ignored).
 * Anything malformed or out of range yields null, so the caller falls back to a default view.
 */
export function parseHash(hash: string): View | null {
	if (typeof hash !== 'string' || hash.length > 100) return null;
	const parts = hash.replace(/^#/, '').split('/');
	if (parts.length < 3 || parts.length > 5) return null;
	if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return null;
	const [zoom, lat, lng] = parts.map(Number);
	if (zoom < 0 || zoom > 24 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180) return null;
	return { zoom: clamp(zoom, MIN_ZOOM, MAX_ZOOM), lat, lng };
}

/** Formats a view the way MapLibre's `hash` option does: precision grows with zoom. */
export function formatHash({ zoom, lat, lng }: View): string {
	const precision = Math.max(
		0,
		Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10)
	);
	const m = Math.pow(10, precision);
	const round = (n: number) => Math.round(n * m) / m;
	return `#${Math.round(zoom * 100) / 100}/${round(lat)}/${round(lng)}`;
}

/** The smallest box holding every box given; null for none. */
export function unionBBox(boxes: readonly BBox[]): BBox | null {
	if (!boxes.length) return null;
	return boxes.reduce<BBox>(
		(acc, b) => [
			Math.min(acc[0], b[0]),
			Math.min(acc[1], b[1]),
			Math.max(acc[2], b[2]),
			Math.max(acc[3], b[3])
		],
		[Infinity, Infinity, -Infinity, -Infinity]
	);
}

/** The box to fit for a selection: every place's bounds, grown to a minimum span; null for none. */
export function selectionBounds(
	slugs: readonly string[],
	geo: Readonly<Record<string, { bbox: BBox } | undefined>>
): BBox | null {
	const box = unionBBox(slugs.map((s) => geo[s]?.bbox).filter((b): b is BBox => !!b));
	return box && ensureMinSpan(box);
}

/**
 * A point or a short bridge has (almost) no extent: grow the box to at least `minSpan` degrees so
 * fitting it shows the surroundings instead of zooming in to street level.
 */
export function ensureMinSpan(box: BBox, minSpan = 5): BBox {
	const [w, s, e, n] = box;
	const padX = Math.max(0, (minSpan - (e - w)) / 2);
	const padY = Math.max(0, (minSpan * 0.75 - (n - s)) / 2);
	return [w - padX, Math.max(-85, s - padY), e + padX, Math.min(85, n + padY)];
}

/**
 * The part of the map a panel covers must not hide the selection. On wide screens the panel is
 * a column on the left; on narrow ones it is a sheet along the bottom.
 */
export function panelPadding(
	viewport: { width: number; height: number },
	panel: Panel,
	labels: { x: number; y: number } = { x: 0, y: 0 }
): Padding {
	const margin = Math.round(Math.min(viewport.width, viewport.height) * 0.08) + 16;
	// At least the room a selected place's label takes beside its point (labelRoom), so a place
	// fitted at the edge keeps its whole name in view.
	const x = Math.max(margin, labels.x);
	const y = Math.max(margin, labels.y);
	const pad: Padding = { top: y, right: x, bottom: y, left: x };
	if (panel.side === 'left') pad.left += panel.size;
	else pad.bottom += panel.size;
	pad.top += panel.top ?? 0;
	// Never pad away more than the viewport: keep at least a third of each axis for the map.
	const maxX = viewport.width * 0.66;
	const maxY = viewport.height * 0.66;
	if (pad.left + pad.right > maxX) {
		const k = maxX / (pad.left + pad.right);
		pad.left = Math.floor(pad.left * k);
		pad.right = Math.floor(pad.right * k);
	}
	if (pad.top + pad.bottom > maxY) {
		const k = maxY / (pad.top + pad.bottom);
		pad.top = Math.floor(pad.top * k);
		pad.bottom = Math.floor(pad.bottom * k);
	}
	return pad;
}

/**
 * How far a selected place's label reaches from its point, in pixels, for a label of `size` px
 * (PLACE_LABEL_LAYOUT, as ./layers.ts lays it out): below the point first, its radial offset
 * plus up to two lines and a little; across, half its wrap width (Latin) plus half an em.
 */
export function labelRoom(size: number): { x: number; y: number } {
	const { radialOffset, lineHeight, maxWidth } = PLACE_LABEL_LAYOUT;
	return {
		x: Math.round(size * (maxWidth.latin / 2 + 0.5)),
		y: Math.round(size * (radialOffset + 2 * lineHeight + 0.1))
	};
}

/**
 * How far a panel reaches over the map's own box. A panel lies along the window's left or bottom
 * edge; beside the map (the explorer's column on wide screens) it covers nothing, over it (a
 * phone's bottom sheet, the tour's caption) it covers its size minus the gap to that edge.
 */
export function coveredInset(
	panel: { side: 'left' | 'bottom'; size: number },
	map: { left: number; bottom: number },
	windowHeight: number
): { left: number; bottom: number } {
	const covered = (reach: number) => Math.max(0, Math.round(reach));
	return panel.side === 'left'
		? { left: covered(panel.size - map.left), bottom: 0 }
		: { left: 0, bottom: covered(panel.size - (windowHeight - map.bottom)) };
}

function clamp(n: number, lo: number, hi: number) {
	return Math.min(hi, Math.max(lo, n));
}
