// What the service worker's browser tests share (tests/offline*.e2e.ts).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { startServer } from '../scripts/serve.js';
import { BUDGET, expect, mapReady } from './fixtures';

export const CACHE_PREFIX = 'nagato-atlas-';

/**
 * Waits until the service worker has stored its copy and controls the page. The check is
 * synchronous on purpose: waitForFunction takes a returned promise as truthy without awaiting it.
 */
export async function installed(page: Page) {
	await page.waitForFunction(
		() => navigator.serviceWorker.controller?.state === 'activated',
		null,
		{ timeout: BUDGET.offlineInstall }
	);
}

/**
 * A first visit, as every offline test starts: opens `url`, waits until the page is ready as a
 * reader sees it (by default its map is drawn), then until the service worker has stored its copy
 * and controls the page.
 */
export async function freshInstall(
	page: Page,
	url: string,
	ready: (page: Page) => Promise<unknown> = mapReady
) {
	await page.goto(url);
	await ready(page);
	await installed(page);
}

/** What the service worker stored: cache names, entries (paths) and bytes. */
export function cached(page: Page) {
	return page.evaluate(async () => {
		const names = await caches.keys();
		const paths: string[] = [];
		let bytes = 0;
		for (const name of names) {
			if (!name.startsWith('nagato-atlas-')) continue;
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				paths.push(new URL(request.url).pathname);
				bytes += (await (await cache.match(request))!.blob()).size;
			}
		}
		return { names, entries: paths.length, paths, bytes };
	});
}

/** The map has drawn its land (GeoJSON from the site) and its places. */
export async function expectMapDrawn(page: Page) {
	await mapReady(page);
	const drawn = await page.evaluate(() => {
		const m = (window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): unknown[] } })
			.__atlasMap;
		const count = (layers: string[]) => m.queryRenderedFeatures({ layers }).length;
		return {
			land: count(['land']),
			places: count(['places-fill', 'places-marker', 'places-point', 'places-line-hit'])
		};
	});
	expect(drawn.land, 'land drawn').toBeGreaterThan(0);
	expect(drawn.places, 'places drawn').toBeGreaterThan(0);
}

/**
 * Cuts the network: the browser is offline, and anything that still tries to reach the server
 * (from the page or from the service worker) is refused and counted.
 */
export async function goOffline(context: BrowserContext) {
	const reached: string[] = [];
	await context.setOffline(true);
	await context.route('**/*', (route) => {
		reached.push(route.request().url());
		return route.abort('internetdisconnected');
	});
	return reached;
}

/**
 * Counts the page's requests and how many of them the service worker answered; `unanswered()`
 * names the others. A request the page itself cancelled by leaving (a module preload still
 * starting when the next page replaces it: `net::ERR_ABORTED`) was never asked of anyone, online
 * or not, and is not counted; a request the worker could not answer fails otherwise.
 */
export function countRequests(page: Page) {
	const open = new Set<Request>();
	const counts = {
		requests: 0,
		fromServiceWorker: 0,
		unanswered: () => [...open].map((r) => r.url())
	};
	page.on('request', (req) => {
		counts.requests++;
		open.add(req);
	});
	page.on('response', (res) => {
		if (!res.fromServiceWorker()) return;
		counts.fromServiceWorker++;
		open.delete(res.request());
	});
	page.on('requestfailed', (req) => {
		if (req.failure()?.errorText !== 'net::ERR_ABORTED' || !open.has(req)) return;
		counts.requests--;
		open.delete(req);
	});
	return counts;
}

/** A deployment of its own: a copy of build/ on a free port, which a test may replace under the reader. */
export async function ownDeployment() {
	const root = mkdtempSync(join(tmpdir(), 'nagato-atlas-deploy-'));
	cpSync('build', root, { recursive: true });
	const server = await startServer({ root, port: 0 });
	return {
		root,
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close() {
			server.closeAllConnections();
			server.close();
			rmSync(root, { recursive: true, force: true });
		}
	};
}
