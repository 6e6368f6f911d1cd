import { test as base, expect, type Page } from '@playwright/test';
import places from '../src/lib/content/data/places.json' with { type: 'json' };
import agreements from '../src/lib/content/data/agreements.json' with { type: 'json' };
import events from '../src/lib/content/data/events.json' with { type: 'json' };
import placesGeo from '../src/lib/content/generated/places-geo.json' with { type: 'json' };

export { places, agreements, events };

type Agreement = (typeof agreements)[number];
const eventPlaces = new Map(events.map((e) => [e.slug, e.places]));
/** Where an agreement was made: the places of its event. */
export const madeAt = (a: Agreement): string[] => (a.event && eventPlaces.get(a.event)) || [];
/** Every agreement a place's panel lists: those about it and those made there. */
export const agreementsFor = (slug: string) =>
	agreements.filter((a) => a.places.includes(slug) || madeAt(a).includes(slug));
/** Every place an agreement involves. */
export const involvedPlaces = (a: Agreement) => [...new Set([...a.places, ...madeAt(a)])];
export const geo = placesGeo as unknown as Record<
	string,
	{ bbox: number[]; center: [number, number] }
>;

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

/** Waits for the first `idle` of the map (the app marks it for benchmarks too). */
export async function mapReady(page: Page, timeout = 30_000) {
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout
	});
}

/**
 * Waits until the map is idle: the camera has stopped, everything in view has loaded and been
 * drawn. It asks the map for a frame and waits for the `idle` MapLibre fires after one in which
 * nothing was left to do, rather than polling `loaded()`, which only changes when a frame is
 * drawn: on a busy machine polling could wait for a frame nobody asked for.
 */
export async function mapSettled(page: Page) {
	await page.waitForFunction(() => !!(window as unknown as { __atlasMap?: unknown }).__atlasMap);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const m = (
					window as unknown as {
						__atlasMap: { once(e: 'idle', f: () => void): void; triggerRepaint(): void };
					}
				).__atlasMap;
				m.once('idle', () => resolve());
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
