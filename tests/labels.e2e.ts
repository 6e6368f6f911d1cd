import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { MARKER, POINT, SELECTION } from '../src/lib/map/symbology';
import { expect, geo, mapReady, mapSettled, test } from './fixtures';

/**
 * Labels are never hidden (issue #19): the geography's names are drawn around the article's
 * places, and each selected place, with its label, lies in the part of the map nothing covers:
 * not under the explorer's panel or legend, not cut at the map's edge. Read through MapLibre's
 * public API: `queryRenderedFeatures` answers for a symbol's placed box, so a box query over the
 * legend, the panel or a strip along an edge finds any label reaching into it.
 *
 * Every name, not only the selected places' (issue #19's second round): none is cut at the
 * canvas's edge, none lies under MapLibre's controls (the attribution), the legend or a panel over
 * the map, and none but a selected place's own lies on a place's dot or selection ring.
 */

const SIZES = {
	desktop: { width: 1440, height: 900 },
	phone: { width: 390, height: 844 },
	projector: { width: 1280, height: 720 }
} as const;

const GEOGRAPHY = [
	'geography-water',
	'geography-land',
	'geography-islands',
	'geography-island-names',
	'geography-towns'
];
/** Every layer that draws a name: the places', the railways' and the geography's. */
const RAILWAYS = ['place-labels-railway', 'place-labels-railway-selected'];
const NAMES = [...GEOGRAPHY, 'place-labels', 'place-labels-selected', ...RAILWAYS];
/**
 * The circle layers and how far each circle reaches from its centre (radius and half its stroke,
 * as symbology.ts has the layers draw them). A selected place's name is placed before the squares
 * over the rings, by design (it is never hidden, and keeps its distance from its own ring by its
 * radial offset), so it is left out of that check.
 */
const CIRCLES: Record<string, number> = {
	'selected-point': SELECTION.pointRadius + SELECTION.width / 2,
	'selected-marker': SELECTION.markerRadius + SELECTION.width / 2,
	'places-point': POINT.radius + Math.max(POINT.dotEdge, POINT.ringEdge) / 2,
	'places-marker': MARKER.radius + MARKER.edge / 2
};

/**
 * Geography that must be named on each page at every size (slugs of geography.json), and in
 * which languages the page is checked besides English (the cut names issue #19 showed were in
 * Russian and Japanese: the Sea of Japan on the Russian projector, the bridge on the Japanese
 * phone's overview, Honshu at the top of the Russian phone's view of Tokyo).
 */
const PAGES: {
	path: string;
	selected: string[];
	names: string[];
	wide?: string[];
	langs?: string[];
}[] = [
	// On a phone's overview the Sea of Japan gives way to Vladivostok's and Nagato's names.
	{
		path: '/',
		selected: [],
		names: ['sea-of-okhotsk'],
		wide: ['sea-of-japan'],
		langs: ['/ja']
	},
	{ path: '/places/tokyo', selected: ['tokyo'], names: ['honshu'], langs: ['/ru', '/ja'] },
	{
		path: '/places/sakhalin-hokkaido-bridge',
		selected: ['sakhalin-hokkaido-bridge'],
		// Hokkaido's north is what the bridge's view shows of it: along its cross axis
		// (build-geo.js) where there is room, flat where there is not (a phone: island-names.ts).
		names: ['la-perouse-strait', 'sakhalin', 'hokkaido'],
		langs: ['/ru', '/ja']
	},
	{ path: '/places/sakhalin-2', selected: ['sakhalin-2'], names: ['sea-of-okhotsk'] },
	// A selected railway's own name, along it (its labels are checked like a selected place's).
	{
		path: '/places/trans-siberian-railway',
		selected: ['trans-siberian-railway'],
		names: [],
		langs: ['/ru', '/ja']
	},
	// On a phone its line leaves its name no room: named flat where the line runs level.
	{
		path: '/places/baikal-amur-railway',
		selected: ['baikal-amur-railway'],
		names: [],
		langs: ['/ja']
	}
];

type Box = { left: number; top: number; right: number; bottom: number };

/** What the page shows: geography and place labels drawn, and where each selected label reaches. */
async function labels(page: Page, selected: string[]) {
	return page.evaluate(
		({ layers, names, circles, selected }) => {
			type Feature = {
				properties: Record<string, unknown>;
				layer: { id: string };
				geometry: { type: string; coordinates: [number, number] };
			};
			type Box = [[number, number], [number, number]];
			const m = (
				window as unknown as {
					__atlasMap: {
						getCanvas(): HTMLCanvasElement;
						getLayer(id: string): unknown;
						project(p: [number, number]): { x: number; y: number };
						queryRenderedFeatures(
							box?: Box | { layers: string[] },
							options?: { layers: string[] }
						): Feature[];
					};
				}
			).__atlasMap;
			const canvas = m.getCanvas().getBoundingClientRect();
			const [w, h] = [canvas.width, canvas.height];
			const slugsIn = (box: [[number, number], [number, number]], ids: string[]) => [
				...new Set(m.queryRenderedFeatures(box, { layers: ids }).map((f) => f.properties.slug))
			];
			const all: [[number, number], [number, number]] = [
				[0, 0],
				[w, h]
			];
			// What covers the map: the explorer's panel (beside it on wide screens, over it on
			// phones) and the legend, in the canvas's pixels, where they overlap it.
			const covers = [...document.querySelectorAll('.panel, .legend-slot')]
				.map((el) => el.getBoundingClientRect())
				.map((r) => ({
					left: Math.max(0, r.left - canvas.left),
					top: Math.max(0, r.top - canvas.top),
					right: Math.min(w, r.right - canvas.left),
					bottom: Math.min(h, r.bottom - canvas.top)
				}))
				.filter((r) => r.right > r.left && r.bottom > r.top);
			const edge = 3;
			const strips: [[number, number], [number, number]][] = [
				[
					[0, 0],
					[edge, h]
				],
				[
					[w - edge, 0],
					[w, h]
				],
				[
					[0, 0],
					[w, edge]
				],
				[
					[0, h - edge],
					[w, h]
				]
			];
			const place = names.filter((id) => id.startsWith('place-labels') && m.getLayer(id));
			// Every name, as `layer:slug`, found in a box (of the layers this map has).
			const namesIn = (box: Box, ids = names.filter((id) => m.getLayer(id))) => [
				...new Set(
					m
						.queryRenderedFeatures(box, { layers: ids })
						.map((f) => `${f.layer.id}:${f.properties.slug}`)
				)
			];
			// MapLibre's controls too (the attribution), besides the panel and legend.
			const controls = [...document.querySelectorAll('.maplibregl-ctrl')]
				.map((el) => el.getBoundingClientRect())
				.map((r) => ({
					left: r.left - canvas.left,
					top: r.top - canvas.top,
					right: r.right - canvas.left,
					bottom: r.bottom - canvas.top
				}))
				.filter((r) => r.right > r.left && r.bottom > r.top);
			const box = (r: { left: number; top: number; right: number; bottom: number }): Box => [
				[r.left, r.top],
				[r.right, r.bottom]
			];
			const ringLayers = Object.keys(circles).filter((id) => m.getLayer(id));
			const others = names.filter((id) => id !== 'place-labels-selected' && m.getLayer(id));
			const onRings = m.queryRenderedFeatures({ layers: ringLayers }).flatMap((f) => {
				const p = m.project(f.geometry.coordinates);
				const r = circles[f.layer.id];
				return namesIn(
					[
						[p.x - r, p.y - r],
						[p.x + r, p.y + r]
					],
					others
				).map((name) => `${name} on ${f.layer.id}:${f.properties.slug}`);
			});
			return {
				namesCut: [...new Set(strips.flatMap((b) => namesIn(b)))],
				namesCovered: [...new Set([...covers, ...controls].flatMap((r) => namesIn(box(r))))],
				onRings: [...new Set(onRings)],
				controls: controls.length,
				geography: slugsIn(all, layers),
				places: slugsIn(all, place),
				covered: covers.flatMap((r) =>
					slugsIn(
						[
							[r.left, r.top],
							[r.right, r.bottom]
						],
						place
					).filter((s) => selected.includes(String(s)))
				),
				cut: strips.flatMap((b) => slugsIn(b, place).filter((s) => selected.includes(String(s)))),
				// Any place's label cut where the map meets a panel beside it (Nagato on Tokyo's page).
				cutAtPanel: slugsIn(strips[0], place),
				covers,
				size: { w, h }
			};
		},
		{ layers: GEOGRAPHY, names: NAMES, circles: CIRCLES, selected }
	);
}

/** The page position of a geographic point, relative to the canvas. */
async function project(page: Page, lngLat: [number, number]) {
	return page.evaluate((ll) => {
		const m = (
			window as unknown as {
				__atlasMap: { project(p: [number, number]): { x: number; y: number } };
			}
		).__atlasMap;
		return m.project(ll);
	}, lngLat);
}

const inside = (p: { x: number; y: number }, r: Box) =>
	p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

for (const [size, viewport] of Object.entries(SIZES))
	test.describe(`labels at ${size} size @desktop`, () => {
		test.use({ viewport });
		for (const { path, selected, names, wide = [], langs = [] } of PAGES)
			for (const lang of ['', ...langs])
				test(`${lang}${path}: geography named, every name clear of the edges, controls and rings`, async ({
					page
				}) => {
					await page.goto(lang + path);
					await mapReady(page);
					await mapSettled(page);
					const seen = await labels(page, selected);
					for (const name of size === 'phone' ? names : [...names, ...wide])
						expect(seen.geography, `${name} is named`).toContain(name);
					if (size !== 'phone') expect(seen.cutAtPanel, 'labels cut by the panel').toEqual([]);
					for (const slug of selected)
						expect(seen.places, `${slug}'s label is drawn`).toContain(slug);
					expect(seen.covered, 'selected labels under the panel or legend').toEqual([]);
					expect(seen.cut, 'selected labels cut at the map’s edge').toEqual([]);
					expect(seen.controls, 'the attribution control is found').toBeGreaterThan(0);
					expect(seen.namesCut, 'names cut at the map’s edge').toEqual([]);
					expect(seen.namesCovered, 'names under a control, the legend or the panel').toEqual([]);
					expect(seen.onRings, 'names on a dot or ring').toEqual([]);
					// The selection itself (its box's corners: Sakhalin-2's platforms are its north-east)
					// lies in the uncovered map too.
					for (const slug of selected) {
						const [w, s, e, n] = geo[slug].bbox;
						for (const corner of [
							[w, s],
							[e, n],
							[w, n],
							[e, s]
						] as [number, number][]) {
							const p = await project(page, corner);
							expect(p.x, `${slug} ${corner} on screen`).toBeGreaterThanOrEqual(0);
							expect(p.y).toBeGreaterThanOrEqual(0);
							expect(p.x).toBeLessThanOrEqual(seen.size.w);
							expect(p.y).toBeLessThanOrEqual(seen.size.h);
							for (const r of seen.covers)
								expect(inside(p, r), `${slug} ${corner} under ${JSON.stringify(r)}`).toBe(false);
						}
					}
				});
	});

test.describe('labels in the page’s language @desktop', () => {
	test.use({ viewport: SIZES.desktop });
	for (const [lang, key] of [
		['ru', 'name_ru'],
		['ja', 'name_ja']
	])
		test(`/${lang}: the geography's names are the ${lang} ones`, async ({ page }) => {
			await page.goto(`/${lang}/places/sakhalin-hokkaido-bridge`);
			await mapReady(page);
			await mapSettled(page);
			const fields = await page.evaluate(() => {
				const m = (
					window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): unknown } }
				).__atlasMap;
				return ['geography-water', 'geography-islands', 'geography-towns'].map((id) =>
					JSON.stringify(m.getLayoutProperty(id, 'text-field'))
				);
			});
			for (const field of fields) expect(field).toContain(key);
			const seen = await labels(page, ['sakhalin-hokkaido-bridge']);
			expect(seen.geography).toContain('la-perouse-strait');
		});
});

test('/: the Baikal–Amur Mainline is named along its line, not on it @desktop', async ({
	page
}) => {
	await page.setViewportSize(SIZES.desktop);
	await page.goto('/');
	await mapReady(page);
	await mapSettled(page);
	const railway = await page.evaluate(() => {
		const m = (
			window as unknown as {
				__atlasMap: {
					getLayoutProperty(l: string, p: string): unknown;
					queryRenderedFeatures(o: { layers: string[] }): { properties: { slug: string } }[];
				};
			}
		).__atlasMap;
		return {
			placement: m.getLayoutProperty('place-labels-railway', 'symbol-placement'),
			offset: m.getLayoutProperty('place-labels-railway', 'text-offset') as number[],
			drawn: m
				.queryRenderedFeatures({ layers: ['place-labels-railway'] })
				.map((f) => f.properties.slug),
			atPoint: m
				.queryRenderedFeatures({ layers: ['place-labels'] })
				.map((f) => f.properties.slug)
				.filter((s) => s.endsWith('-railway'))
		};
	});
	expect(railway.placement).toBe('line');
	expect(Math.abs(railway.offset[1])).toBeGreaterThan(0.5);
	expect(railway.drawn).toContain('baikal-amur-railway');
	expect(railway.atPoint).toEqual([]);
});

/**
 * The median area (pixels) of the dark blots (letters) in a picture of the sea with names on it:
 * each letter of a name is one blot, so the median follows the square of the text's size whatever
 * the name's angle and however often it repeats along its line.
 */
function letterArea(png: PNG, skip: Box[]): number {
	const { width, height, data } = png;
	const dark = (i: number) => data[i * 4] + data[i * 4 + 1] + data[i * 4 + 2] < 3 * 150;
	const seen = new Uint8Array(width * height);
	const areas: number[] = [];
	for (let start = 0; start < width * height; start++) {
		if (seen[start] || !dark(start)) continue;
		let count = 0;
		const stack = [start];
		seen[start] = 1;
		while (stack.length) {
			const i = stack.pop()!;
			const [x, y] = [i % width, Math.floor(i / width)];
			count++;
			for (const [dx, dy] of [
				[1, 0],
				[-1, 0],
				[0, 1],
				[0, -1]
			]) {
				const [nx, ny] = [x + dx, y + dy];
				const j = ny * width + nx;
				if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen[j] || !dark(j)) continue;
				seen[j] = 1;
				stack.push(j);
			}
		}
		// Not a dot of an i or a speck of antialiasing, nor the legend's or attribution's words.
		const [x, y] = [start % width, Math.floor(start / width)];
		const covered = skip.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
		if (count >= 6 && !covered) areas.push(count);
	}
	areas.sort((a, b) => a - b);
	return areas[Math.floor(areas.length / 2)] ?? 0;
}

test('a railway’s name grows when the railway is selected @desktop', async ({ page }) => {
	await page.setViewportSize(SIZES.desktop);
	const slug = 'baikal-amur-railway';
	const areas: number[] = [];
	// The same camera for both (MapLibre's hash wins over fitting the selection): the overview,
	// then the railway's own page, where it is selected.
	for (const path of ['/', `/places/${slug}`]) {
		await page.goto(`${path}#4/53/120`);
		await mapReady(page);
		await mapSettled(page);
		// Only this railway's name on the plain sea: its letters are what is measured.
		await page.evaluate(
			({ slug, railways }) => {
				const m = (
					window as unknown as {
						__atlasMap: {
							getStyle(): { layers: { id: string }[] };
							setLayoutProperty(id: string, name: string, value: unknown): void;
							setFilter(id: string, filter: unknown): void;
							getFilter(id: string): unknown;
						};
					}
				).__atlasMap;
				for (const { id } of m.getStyle().layers)
					if (id !== 'sea' && !railways.includes(id)) m.setLayoutProperty(id, 'visibility', 'none');
				// Of the selected railways' layer, on the railway's page; of the others', on `/`.
				for (const id of railways)
					m.setFilter(id, ['all', m.getFilter(id), ['==', ['get', 'slug'], slug]]);
			},
			{ slug, railways: RAILWAYS }
		);
		await mapSettled(page);
		const drawn = await page.evaluate(
			(railways) =>
				(
					window as unknown as {
						__atlasMap: {
							queryRenderedFeatures(o: { layers: string[] }): { properties: { slug: string } }[];
						};
					}
				).__atlasMap
					.queryRenderedFeatures({ layers: railways })
					.map((f) => f.properties.slug),
			RAILWAYS
		);
		expect(drawn, `${path}: the railway is named`).toContain(slug);
		// What lies over the canvas (the legend, the attribution), in the canvas's pixels.
		const skip = await page.evaluate(() => {
			const canvas = document.querySelector('.map canvas')!.getBoundingClientRect();
			return [...document.querySelectorAll('.legend-slot, .maplibregl-ctrl')]
				.map((el) => el.getBoundingClientRect())
				.map((r) => ({
					left: r.left - canvas.left,
					top: r.top - canvas.top,
					right: r.right - canvas.left,
					bottom: r.bottom - canvas.top
				}));
		});
		const shot = await page.locator('.map canvas').screenshot();
		areas.push(letterArea(PNG.sync.read(shot), skip));
	}
	const [other, selected] = areas;
	expect(other, 'letters found').toBeGreaterThan(6);
	// 16 px against 13 px (LABEL_SIZE): letters about 1.5 times the area (1.23 squared).
	expect(selected / other, `letters of ${other} px, then ${selected} px`).toBeGreaterThan(1.25);
});
