import type { Page } from '@playwright/test';
import { expect, mapReady, mapSettled, test } from './fixtures';

/**
 * WCAG 1.4.4 and 1.4.10: a 1366×850 screen zoomed to 200 % lays out like a 683×425 one, and the
 * smallest common phone is 360 px wide. At both, nothing is cut off or hidden under something
 * else. Each title carries @desktop: these sizes are set here, so the phone project skips them.
 */
const SIZES = [
	{ name: '200 % zoom', viewport: { width: 683, height: 425 }, deviceScaleFactor: 2 },
	{ name: '360 px phone', viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 }
];

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(page: Page, selector: string) {
	const b = await page.locator(selector).first().boundingBox();
	expect(b, `${selector} is laid out`).not.toBeNull();
	return b!;
}

/** Nothing wider than the screen: no sideways scrolling, in the page or in the panel. */
async function expectNoSidewaysScroll(page: Page) {
	const widths = await page.evaluate(() => {
		const panel = document.querySelector('#panel');
		return {
			page: document.documentElement.scrollWidth - innerWidth,
			panel: panel ? panel.scrollWidth - panel.clientWidth : 0
		};
	});
	expect(widths).toEqual({ page: 0, panel: 0 });
}

for (const { name, viewport, deviceScaleFactor } of SIZES) {
	test.describe(name, () => {
		test.use({ viewport, deviceScaleFactor });

		test(`the list, its controls and the map all fit @desktop`, async ({ page }) => {
			await page.goto('/');
			await mapReady(page);
			await mapSettled(page);
			await expectNoSidewaysScroll(page);
			const [brand, nav, legend, panel, search] = await Promise.all(
				['.brand', '.index-nav', '.legend summary', '#panel', 'input[type="search"]'].map((s) =>
					box(page, s)
				)
			);
			expect(overlap(brand, nav), 'the site name and the index links').toBe(false);
			expect(nav.x + nav.width).toBeLessThanOrEqual(viewport.width);
			expect(overlap(legend, panel), 'the legend and the panel').toBe(false);
			expect(search.x + search.width).toBeLessThanOrEqual(viewport.width);
			// Some of the map is left between the masthead and the panel.
			expect(panel.y - (brand.y + brand.height)).toBeGreaterThanOrEqual(80);
			// The panel scrolls to its last entry.
			const last = page.locator('#panel li').last();
			await last.scrollIntoViewIfNeeded();
			await expect(last).toBeInViewport();
			await page.screenshot({ path: test.info().outputPath('home.png') });
		});

		test(`a place's heading and Share button fit side by side @desktop`, async ({ page }) => {
			await page.goto('/places/sakhalin-hokkaido-bridge');
			await mapReady(page);
			await expectNoSidewaysScroll(page);
			const share = await box(page, '.share-row');
			// The heading's words, not its box: the button floats and the words flow around it.
			const words = await page.locator('#panel h1').evaluate((h) => {
				const range = document.createRange();
				range.selectNodeContents(h);
				return [...range.getClientRects()].map(({ x, y, width, height }) => ({
					x,
					y,
					width,
					height
				}));
			});
			for (const line of words) expect(overlap(line, share), 'the heading and Share').toBe(false);
			await expect(page.locator('#panel h1')).toBeInViewport();
			await page.screenshot({ path: test.info().outputPath('place.png') });
		});
	});
}

// The masthead at desktop and projector widths, in the language with the longest words: the
// site's name and each language's name stay on one line (the tagline gives way instead).
for (const width of [1024, 1280, 1440])
	test(`at ${width} px the Russian masthead keeps its name and languages on one line @desktop`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 720 });
		await page.goto('/ru');
		const lines = (selector: string) =>
			page.locator(selector).evaluate((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			});
		expect(await lines('.masthead .brand')).toBe(1);
		for (const language of await page.locator('.language-slot nav > *').all())
			expect(await language.evaluate((el) => el.getClientRects().length)).toBe(1);
		expect(await lines('.language-slot')).toBe(1);
	});
