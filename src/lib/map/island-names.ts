/**
 * An island's name where its centre line leaves no room (issue #19): the map names an island
 * along its centre lines (layers.ts, geography-islands), but a view that shows only a corner of
 * it (the north of Hokkaido below the Sakhalin–Hokkaido bridge on a phone, 80–130 px of land
 * between the bridge's name and the panel) has no stretch of line long and straight enough. Then
 * the name is written flat, once, at the point of the island with the most room in view.
 *
 * Pure: the points come from the build (static/geo/island-points.geojson: a grid inside each
 * island, each point with its distance from the coast); MapView projects them, says which islands
 * MapLibre has named along their lines and where flat names it tried were not placed, and sets
 * what this returns as the `island-names` source.
 */
import type { Rect } from './label-barriers';
import { GEOGRAPHY } from './symbology';

/** One island's grid (static/geo/island-points.geojson), as the build writes it. */
export type IslandPoints = GeoJSON.Feature<
	GeoJSON.MultiPoint,
	{ slug: string; rank: keyof typeof GEOGRAPHY.minZoom; depth: number[] } & Record<string, unknown>
>;

/** A point of the grid in the canvas's pixels, and how far the coast is from it (km). */
export interface Candidate {
	x: number;
	y: number;
	depthKm: number;
	lngLat: [number, number];
}

/**
 * The least room (px) a flat name needs around its point: about a line of text either side.
 * Less, and the point is on a cape or the screen's edge, where no anchor would fit the name.
 */
export const MIN_ROOM = 14;

/** How close (px) to a spot where the name was not placed another try may be: it would fail too. */
export const TRIED_RADIUS = 24;

/** How many spots are tried for one island at one camera before it is left unnamed. */
export const MAX_TRIES = 4;

/**
 * The room around a point in view: the distance to the coast (in px), to the canvas's edges and
 * to what covers the map (the panel, the legend, the controls), whichever is least.
 */
export function room(
	c: Candidate,
	pxPerKm: number,
	canvas: { width: number; height: number },
	covers: readonly Rect[]
): number {
	let r = Math.min(c.depthKm * pxPerKm, c.x, c.y, canvas.width - c.x, canvas.height - c.y);
	for (const cover of covers) {
		const dx = Math.max(cover.left - c.x, 0, c.x - cover.right);
		const dy = Math.max(cover.top - c.y, 0, c.y - cover.bottom);
		r = Math.min(r, Math.hypot(dx, dy));
	}
	return r;
}

/**
 * The best spot for a flat name among an island's points: the most room, not near a spot already
 * tried; null when none has MIN_ROOM, or MAX_TRIES spots failed.
 */
export function bestSpot(
	candidates: readonly Candidate[],
	pxPerKm: (latitude: number) => number,
	canvas: { width: number; height: number },
	covers: readonly Rect[],
	tried: readonly { x: number; y: number }[] = []
): Candidate | null {
	if (tried.length >= MAX_TRIES) return null;
	let best: Candidate | null = null;
	let bestRoom = MIN_ROOM;
	for (const c of candidates) {
		if (tried.some((t) => Math.hypot(t.x - c.x, t.y - c.y) < TRIED_RADIUS)) continue;
		const r = room(c, pxPerKm(c.lngLat[1]), canvas, covers);
		if (r >= bestRoom) [best, bestRoom] = [c, r];
	}
	return best;
}

/** Pixels per km at a latitude, for MapLibre's 512 px world at `zoom`. */
export function pxPerKm(zoom: number, latitude: number): number {
	const EQUATOR_KM = 40075.017;
	return (512 * 2 ** zoom) / (EQUATOR_KM * Math.cos((latitude * Math.PI) / 180));
}

/** What the map knows of its view, for `flatNames`. */
export interface View {
	project(lngLat: [number, number]): { x: number; y: number };
	zoom: number;
	canvas: { width: number; height: number };
	covers: readonly Rect[];
}

/**
 * The flat names to draw: one for each island MapLibre has not named along its lines (`named`)
 * that has a spot with room in view, with the island's own properties (its names, kind, rank).
 * `tried` holds, per island, where flat names were set and not placed (another name, a ring or
 * the selection's name was there).
 */
export function flatNames(
	islands: readonly IslandPoints[],
	named: ReadonlySet<string>,
	view: View,
	tried: ReadonlyMap<string, readonly { x: number; y: number }[]> = new Map()
): GeoJSON.Feature<GeoJSON.Point>[] {
	const scale = (latitude: number) => pxPerKm(view.zoom, latitude);
	return islands.flatMap((island) => {
		const { slug, depth, ...properties } = island.properties;
		// Named along its lines, or not at this zoom (the layers' rank filter, at whole zooms).
		if (named.has(slug) || Math.floor(view.zoom) < GEOGRAPHY.minZoom[properties.rank]) return [];
		const candidates = island.geometry.coordinates.map((position, i): Candidate => {
			const lngLat: [number, number] = [position[0], position[1]];
			const { x, y } = view.project(lngLat);
			return { x, y, depthKm: depth[i], lngLat };
		});
		const spot = bestSpot(candidates, scale, view.canvas, view.covers, tried.get(slug));
		if (!spot) return [];
		return [
			{
				type: 'Feature',
				properties: { slug, ...properties },
				geometry: { type: 'Point', coordinates: spot.lngLat }
			}
		];
	});
}
