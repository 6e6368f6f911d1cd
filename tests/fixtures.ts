import { test as base, expect, type LaunchOptions, type Page } from '@playwright/test';
import { BUDGET, recordStep } from './budgets';

export * from './content';
export { BUDGET, recordStep };

/**
 * Every test page fails on a console error, an uncaught exception, or any request that leaves
 * this machine: the site must work with no network at all.
 */
export const test = base.extend<{ guard: { errors: string[]; external: string[] } }>({
	guard: [
		async ({ page }, use) => {
			const errors: string[] = [];
			const external: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error' && !/status of 404/.test(msg.text())) errors.push(msg.text());
			});
			page.on('pageerror', (err) => errors.push(err.message));
			// The browser logs a 404 document as a console error; a missing asset is caught here.
			page.on('response', (res) => {
				if (res.status() >= 400 && res.request().resourceType() !== 'document')
					errors.push(`${res.status()} ${res.url()}`);
			});
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (
					!['127.0.0.1', 'localhost'].includes(url.hostname) &&
					!/^(data|blob):/.test(url.protocol)
				)
					external.push(req.url());
			});
			await use({ errors, external });
			expect(errors, 'console errors').toEqual([]);
			expect(external, 'requests that left localhost').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/**
 * A browser without WebGL2 (old hardware, a blocklisted GPU, a locked-down school PC): the same
 * Chromium, started with WebGL switched off. For `test.use(withoutWebGL)`.
 */
export const withoutWebGL = {
	launchOptions: async (
		{ launchOptions }: { launchOptions: LaunchOptions },
		use: (options: LaunchOptions) => Promise<void>
	) =>
		use({
			...launchOptions,
			args: [...(launchOptions.args ?? []), '--disable-webgl', '--disable-3d-apis']
		})
};

/**
 * Waits for the first `idle` of the map (the app marks it for benchmarks too), and notes how long
 * after navigation it came, once per document.
 */
export async function mapReady(page: Page, timeout = BUDGET.mapReady) {
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout
	});
	const ms = await page.evaluate(() => {
		const w = window as unknown as { __mapReadyNoted?: boolean };
		if (w.__mapReadyNoted) return null;
		w.__mapReadyNoted = true;
		return performance.getEntriesByName('map:ready')[0].startTime;
	});
	if (ms !== null) recordStep('mapReady', ms);
}

/**
 * Waits until the map is idle: the camera has stopped, everything in view has loaded and been
 * drawn. It asks the map for a frame and waits for the `idle` MapLibre fires after one in which
 * nothing was left to do, rather than polling `loaded()`, which only changes when a frame is
 * drawn: on a busy machine polling could wait for a frame nobody asked for. The map's own `idle`
 * handlers may send new data (the flat island names, MapView); so once they have run, a map
 * that has more to load is waited for until its next `idle`.
 */
export async function mapSettled(page: Page) {
	await page.waitForFunction(() => !!(window as unknown as { __atlasMap?: unknown }).__atlasMap);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const m = (
					window as unknown as {
						__atlasMap: {
							once(e: 'idle', f: () => void): void;
							triggerRepaint(): void;
							loaded(): boolean;
						};
					}
				).__atlasMap;
				const check = () => setTimeout(() => (m.loaded() ? resolve() : m.once('idle', check)));
				m.once('idle', check);
				m.triggerRepaint();
			})
	);
}

/** The position on the page of a geographic point, as the map currently draws it. */
export async function pixelOf(page: Page, lngLat: [number, number]) {
	return page.evaluate((ll) => {
		const m = (
			window as unknown as {
				__atlasMap: {
					project(p: [number, number]): { x: number; y: number };
					getCanvas(): HTMLCanvasElement;
				};
			}
		).__atlasMap;
		const p = m.project(ll);
		const r = m.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	}, lngLat);
}

export async function mapView(page: Page) {
	return page.evaluate(() => {
		const m = (
			window as unknown as {
				__atlasMap: {
					getCenter(): { lng: number; lat: number };
					getZoom(): number;
					getBounds(): { toArray(): number[][] };
				};
			}
		).__atlasMap;
		const c = m.getCenter();
		return { lng: c.lng, lat: c.lat, zoom: m.getZoom(), bounds: m.getBounds().toArray() };
	});
}
