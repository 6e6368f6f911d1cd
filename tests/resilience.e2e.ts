import type { Page } from '@playwright/test';
import site from '../src/lib/content/data/site.json' with { type: 'json' };
import {
	BUDGET,
	expect,
	geo,
	mapReady,
	mapSettled,
	mapView,
	pixelOf,
	recordStep,
	test
} from './fixtures';

/** The colour the map drew at a place, read from the WebGL buffer while the frame is current. */
function drawnAt(page: Page, lngLat: [number, number]) {
	return page.evaluate(
		(ll) =>
			new Promise<number[]>((resolve) => {
				type M = {
					getCanvas(): HTMLCanvasElement;
					project(p: [number, number]): { x: number; y: number };
					once(e: string, f: () => void): void;
					triggerRepaint(): void;
				};
				const m = (window as unknown as { __atlasMap: M }).__atlasMap;
				const gl = m.getCanvas().getContext('webgl2')!;
				m.once('render', () => {
					const p = m.project(ll);
					const px = new Uint8Array(4);
					const r = devicePixelRatio;
					const y = gl.drawingBufferHeight - Math.round(p.y * r) - 1;
					gl.readPixels(Math.round(p.x * r), y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
					resolve([...px]);
				});
				m.triggerRepaint();
			}),
		lngLat
	);
}

/** Loses the map's WebGL context the way a GPU reset does; returns how to bring it back. */
async function loseContext(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as {
			__atlasMap: { getCanvas(): HTMLCanvasElement };
			__lose: WEBGL_lose_context;
		};
		w.__lose = w.__atlasMap.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
		w.__lose.loseContext();
	});
	return () =>
		page.evaluate(() =>
			(window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext()
		);
}

/** Restores the context and waits until the map has drawn again, noting how long that took. */
async function restored(page: Page, restore: () => Promise<void>) {
	const start = Date.now();
	await restore();
	// MapLibre reloads every source: seconds in software GL.
	await expect(page.getByRole('status').filter({ hasText: site.map.restoring })).toHaveCount(0, {
		timeout: BUDGET.mapRestored
	});
	recordStep('mapRestored', Date.now() - start);
}

test.describe('a lost WebGL context', () => {
	// MapLibre rebuilds every source after a loss: seconds of GeoJSON parsing in software GL.
	test.slow();

	test('is restored without a reload: the map draws again and clicks still open places', async ({
		page
	}) => {
		await page.goto('/');
		await mapReady(page);
		await mapSettled(page);
		const before = await drawnAt(page, geo.tokyo.center);
		expect(before[3], 'the map drew Tokyo').toBe(255);
		const restore = await loseContext(page);
		const notice = page.getByRole('status').filter({ hasText: site.map.restoring });
		await expect(notice).toBeVisible();
		await restored(page, restore);
		await mapSettled(page);
		const after = await drawnAt(page, geo.tokyo.center);
		for (let i = 0; i < 4; i++)
			expect(Math.abs(after[i] - before[i]), `channel ${i}`).toBeLessThan(8);
		const { x, y } = await pixelOf(page, geo.tokyo.center);
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(/\/places\/tokyo(#.*)?$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Tokyo' })).toBeVisible();
	});

	test('a selection made while it is lost is shown once it is back', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await mapSettled(page);
		const restore = await loseContext(page);
		await expect(page.getByRole('status').filter({ hasText: site.map.restoring })).toBeVisible();
		await page.getByRole('link', { name: /^Moscow \d+ agreements?$/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Moscow' })).toBeVisible();
		await restore();
		await mapSettled(page);
		await expect
			.poll(async () => {
				const { lng } = await mapView(page);
				return Math.abs(lng - geo.moscow.center[0]);
			})
			.toBeLessThan(10);
	});
});

test('a lost context on a tour step comes back without an error, and the tour goes on @desktop', async ({
	page
}) => {
	test.slow();
	await page.goto('/tour/3');
	await mapReady(page);
	await mapSettled(page);
	const restore = await loseContext(page);
	await expect(page.getByRole('status').filter({ hasText: site.map.restoring })).toBeVisible();
	// The tour resizes its labels on every resize, and MapLibre resizes while restoring.
	await restored(page, restore);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/tour\/4(#.*)?$/);
});

test.describe('broken and hostile URLs', () => {
	/** The default view of `/`: Japan, Sakhalin, the Kurils and Primorye. */
	async function expectDefaultView(page: Page) {
		const view = await mapView(page);
		expect(view.lng).toBeGreaterThan(120);
		expect(view.lng).toBeLessThan(160);
		// On a phone the panel covers the map's lower half: the camera centre sits south of the
		// visible region's, near 24°N.
		expect(view.lat).toBeGreaterThan(20);
		expect(view.lat).toBeLessThan(60);
		expect(view.zoom).toBeLessThan(6);
	}

	for (const hash of ['#abc', '#99/999/999', '#2/NaN/Infinity', '#2/10/Infinity', '#1e1/45/140'])
		test(`/${hash} falls back to the default view`, async ({ page }) => {
			test.slow();
			await page.goto(`/${hash}`);
			await mapReady(page);
			await mapSettled(page);
			await expectDefaultView(page);
			await expect(page).toHaveURL(/\/#[\d.]+\/[\d.]+\/[\d.]+$/);
		});

	test('an out-of-range hash on a place page shows the place', async ({ page }) => {
		test.slow();
		await page.goto('/places/tokyo#-5/100/500');
		await mapReady(page);
		await mapSettled(page);
		const view = await mapView(page);
		expect(Math.abs(view.lng - geo.tokyo.center[0])).toBeLessThan(5);
		expect(Math.abs(view.lat - geo.tokyo.center[1])).toBeLessThan(5);
		await expect(page).toHaveURL(/\/places\/tokyo#[\d.]+\/[\d.]+\/[\d.]+$/);
	});

	test('a zoom beyond the map’s range is clamped, not ignored', async ({ page }) => {
		test.slow();
		await page.goto('/#20/45/140');
		await mapReady(page);
		const view = await mapView(page);
		expect(view.zoom).toBeCloseTo(14, 1);
		expect(view.lat).toBeCloseTo(45, 1);
		expect(view.lng).toBeCloseTo(140, 1);
	});

	test('a broken hash typed later leaves the view alone', async ({ page }) => {
		test.slow();
		await page.goto('/#6/45/147.8');
		await mapReady(page);
		await page.evaluate(() => (location.hash = '#2/10/Infinity'));
		await page.evaluate(() => (location.hash = '#NaN/0/0'));
		await mapSettled(page);
		const view = await mapView(page);
		expect(view.zoom).toBeCloseTo(6, 1);
		expect(view.lng).toBeCloseTo(147.8, 1);
	});

	for (const path of [
		'/agreements/nowhere',
		'/events/nowhere',
		'/tour/0',
		'/tour/99',
		'/tour/abc',
		'/embed/places/nowhere',
		'/embed/agreements/nowhere',
		'/maps/places/nowhere.svg'
	])
		test(`${path} answers a 404 page that links back`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Back to the map' })).toHaveAttribute(
				'href',
				'/'
			);
		});

	test('HTML in the explorer’s search renders as text', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => (dialogs++, d.dismiss()));
		const hostile = '<script>alert(1)</script>';
		await page.goto(`/?q=${encodeURIComponent(hostile)}`);
		await expect(page.getByRole('searchbox')).toHaveValue(hostile);
		await expect(page.locator('.empty').first()).toContainText(hostile);
		expect(
			await page
				.locator('script')
				.evaluateAll((s) => s.some((e) => /alert/.test(e.textContent ?? '')))
		).toBe(false);
		expect(dialogs).toBe(0);
	});

	test('HTML in the agreements table’s query renders as text', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => (dialogs++, d.dismiss()));
		const img = '<img src=x onerror=alert(1)>';
		await page.goto(
			`/agreements?q=${encodeURIComponent(img)}&sector=${encodeURIComponent('<b>x</b>')}`
		);
		await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(img);
		await expect(page.getByRole('combobox', { name: 'Sector' })).toHaveValue('');
		await expect(page.getByRole('status').filter({ hasText: img })).toBeVisible();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await expect(page.locator('b', { hasText: /^x$/ })).toHaveCount(0);
		expect(dialogs).toBe(0);
	});
});
