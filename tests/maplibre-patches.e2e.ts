import type { Page } from '@playwright/test';
import maplibrePackage from 'maplibre-gl/package.json' with { type: 'json' };
import appPackage from '../package.json' with { type: 'json' };
import { expect, geo, mapReady, mapSettled, pixelOf, test } from './fixtures';
import type { PatchReport } from '../src/lib/map/patches';

/**
 * The patches of MapLibre's internals (src/lib/map/patches.ts), against the MapLibre the site
 * really ships: an upgrade that renames an internal, or stops calling it, fails here instead of
 * silently losing what the patch bought.
 */

const report = (page: Page) =>
	page.evaluate(() => (window as unknown as { __atlasPatches: PatchReport }).__atlasPatches);

test.describe('patches of MapLibre @desktop', () => {
	test('MapLibre is pinned to the minor version the patches were checked on', () => {
		const range = appPackage.dependencies['maplibre-gl'];
		expect(range, 'a tilde range: patch releases only').toMatch(/^~6\.17\.\d+$/);
		expect(maplibrePackage.version).toMatch(/^6\.17\./);
	});

	test('each finds its internal and acts on the real map', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await mapSettled(page);
		const loaded = await report(page);
		expect(loaded.state).toEqual({
			'first-draw': 'applied',
			'click-hold': 'applied'
		});
		// Frames were asked for while the sources loaded, and none was painted.
		expect(loaded.acted['first-draw'], 'partial frames held back').toBeGreaterThan(0);

		// A click on a place: MapLibre asks for a frame as the gesture ends, held until the panel.
		const { x, y } = await pixelOf(page, geo.tokyo.center);
		await page.mouse.click(x, y);
		await expect(page.getByRole('heading', { level: 1, name: 'Tokyo' })).toBeVisible();
		expect((await report(page)).acted['click-hold'], 'repaints held after a click').toBeGreaterThan(
			0
		);
	});
});
