import type { Page } from '@playwright/test';
import { expect, geo, mapReady, mapSettled, test } from './fixtures';

/**
 * Labels are never hidden (issue #19): the geography's names are drawn around the article's
 * places, and each selected place, with its label, lies in the part of the map nothing covers:
 * not under the explorer's panel or legend, not cut at the map's edge. Read through MapLibre's
 * public API: `queryRenderedFeatures` answers for a symbol's placed box, so a box query over the
 * legend, the panel or a strip along an edge finds any label reaching into it.
 */

const SIZES = {
	desktop: { width: 1440, height: 900 },
	phone: { width: 390, height: 844 },
	projector: { width: 1280, height: 720 }
} as const;

const GEOGRAPHY = ['geography-water', 'geography-land', 'geography-islands', 'geography-towns'];

/** Geography that must be named on each page at every size (slugs of geography.json). */
const PAGES: { path: string; selected: string[]; names: string[]; wide?: string[] }[] = [
	// On a phone's overview the Sea of Japan gives way to Vladivostok's and Nagato's names.
	{ path: '/', selected: [], names: ['sea-of-okhotsk'], wide: ['sea-of-japan'] },
	{ path: '/places/tokyo', selected: ['tokyo'], names: ['honshu'] },
	{
		path: '/places/sakhalin-hokkaido-bridge',
		selected: ['sakhalin-hokkaido-bridge'],
		names: ['la-perouse-strait', 'sakhalin']
	},
	{ path: '/places/sakhalin-2', selected: ['sakhalin-2'], names: ['sea-of-okhotsk'] }
];

type Box = { left: number; top: number; right: number; bottom: number };

/** What the page shows: geography and place labels drawn, and where each selected label reaches. */
async function labels(page: Page, selected: string[]) {
	return page.evaluate(
		({ layers, selected }) => {
			type Feature = { properties: Record<string, unknown> };
			const m = (
				window as unknown as {
					__atlasMap: {
						getCanvas(): HTMLCanvasElement;
						queryRenderedFeatures(
							box?: [[number, number], [number, number]],
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
			const place = ['place-labels', 'place-labels-railway'];
			return {
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
		{ layers: GEOGRAPHY, selected }
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
		for (const { path, selected, names, wide = [] } of PAGES)
			test(`${path}: geography named, selected labels clear of the panel, legend and edges`, async ({
				page
			}) => {
				await page.goto(path);
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
