import { describe, expect, it } from 'vitest';
import {
	bestSpot,
	flatNames,
	MAX_TRIES,
	MIN_ROOM,
	pxPerKm,
	room,
	type Candidate,
	type IslandPoints
} from './island-names';
import { GEOGRAPHY } from './symbology';

const canvas = { width: 390, height: 440 };
const at = (x: number, y: number, depthKm = 100): Candidate => ({
	x,
	y,
	depthKm,
	lngLat: [x, y]
});
const flat = () => 1;

describe('room', () => {
	it('is the least of the coast, the edges and what covers the map', () => {
		expect(room(at(200, 200, 30), 1, canvas, [])).toBe(30);
		expect(room(at(10, 200), 1, canvas, [])).toBe(10);
		expect(room(at(200, 430), 1, canvas, [])).toBe(10);
		// The legend's corner, 30 px left and 40 px down: 50 px away.
		const legend = { left: 230, top: 0, right: 390, bottom: 160 };
		expect(room(at(200, 200), 1, canvas, [legend])).toBe(50);
		expect(room(at(300, 100), 1, canvas, [legend])).toBe(0);
	});
});

describe('bestSpot', () => {
	it('takes the point with the most room, and none with less than MIN_ROOM', () => {
		const spots = [at(100, 100, 20), at(200, 220, 90), at(380, 220, 200)];
		expect(bestSpot(spots, flat, canvas, [])).toEqual(spots[1]);
		expect(bestSpot([at(5, 5), at(200, 220, MIN_ROOM - 1)], flat, canvas, [])).toBeNull();
	});

	it('avoids where a name was tried and not placed, and gives up after MAX_TRIES', () => {
		const spots = [at(200, 220, 90), at(205, 215, 80), at(100, 300, 60)];
		expect(bestSpot(spots, flat, canvas, [], [{ x: 200, y: 220 }])).toEqual(spots[2]);
		const tried = Array.from({ length: MAX_TRIES }, (_, i) => ({ x: i, y: 0 }));
		expect(bestSpot(spots, flat, canvas, [], tried)).toBeNull();
	});
});

describe('pxPerKm', () => {
	it('follows the zoom and the latitude (Mercator)', () => {
		// The equator at zoom 0: 512 px for 40,075 km.
		expect(pxPerKm(0, 0)).toBeCloseTo(512 / 40075, 5);
		expect(pxPerKm(1, 0)).toBeCloseTo((2 * 512) / 40075, 5);
		expect(pxPerKm(0, 60)).toBeCloseTo((2 * 512) / 40075, 5);
	});
});

describe('flatNames', () => {
	const island = (slug: string, points: [number, number][], depth: number[]): IslandPoints => ({
		type: 'Feature',
		properties: { slug, rank: 2, kind: 'island', name: slug, name_ja: `${slug}-ja`, depth },
		geometry: { type: 'MultiPoint', coordinates: points }
	});
	// Lng/lat read as pixels: the "latitudes" 100–420 put 3–4 px in a km at zoom 8.
	const view = {
		project: ([x, y]: [number, number]) => ({ x, y }),
		zoom: 8,
		canvas,
		covers: []
	};
	const hokkaido = island(
		'hokkaido',
		[
			[200, 420],
			[200, 380]
		],
		[10, 40]
	);
	const sakhalin = island('sakhalin', [[200, 100]], [40]);

	it('names once, flat, each island not named along its lines, with its own names', () => {
		const names = flatNames([hokkaido, sakhalin], new Set(['sakhalin']), view);
		expect(names).toEqual([
			{
				type: 'Feature',
				properties: {
					slug: 'hokkaido',
					rank: 2,
					kind: 'island',
					name: 'hokkaido',
					name_ja: 'hokkaido-ja'
				},
				geometry: { type: 'Point', coordinates: [200, 380] }
			}
		]);
	});

	it('names no island out of view, or below its rank’s zoom', () => {
		const away = { ...view, project: ([x, y]: [number, number]) => ({ x: x + 1000, y }) };
		expect(flatNames([hokkaido], new Set(), away)).toEqual([]);
		const far = { ...view, zoom: GEOGRAPHY.minZoom[2] - 0.5 };
		expect(flatNames([hokkaido], new Set(), far)).toEqual([]);
	});

	it('moves a name that was not placed to its next best spot', () => {
		const tried = new Map([['hokkaido', [{ x: 200, y: 380 }]]]);
		const names = flatNames([hokkaido], new Set(), view, tried);
		expect(names[0].geometry.coordinates).toEqual([200, 420]);
	});
});
