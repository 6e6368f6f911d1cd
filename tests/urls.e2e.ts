import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	BUDGET,
	agreements,
	events,
	expect,
	geo,
	involvedPlaces,
	mapReady,
	mapSettled,
	mapView,
	pixelOf,
	places,
	test
} from './fixtures';
import site from '../src/lib/content/data/site.json' with { type: 'json' };
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };

const tokyo = places.find((p) => p.slug === 'tokyo')!;

test.describe('addresses typed with a trailing slash', () => {
	// The server answers like a plain static host: `/x/` is `x/index.html` or nothing.
	for (const [typed, page, heading] of [
		['/places/tokyo/', '/places/tokyo', 'Tokyo'],
		['/ru/', '/ru', null],
		['/ja/', '/ja', null],
		['/ru/places/tokyo/', '/ru/places/tokyo', 'Токио']
	] as const)
		test(`${typed} lands on ${page}`, async ({ page: tab }) => {
			await tab.goto(typed);
			// The map may add its view (`#zoom/lat/lng`) once it has drawn.
			await expect(tab).toHaveURL(new RegExp(`^[^?#]*://[^/]+${page}(#.*)?$`));
			if (heading) await expect(tab.getByRole('heading', { level: 1 })).toHaveText(heading);
			else await expect(tab.locator('html')).toHaveAttribute('lang', page.slice(1));
		});

	test('the query and the view come along', async ({ page }) => {
		await page.goto('/agreements/?sector=energy#5/45/140');
		await expect(page).toHaveURL(/\/agreements\?sector=energy#5\/45\/140$/);
	});
});

test.describe('view state in the URL', () => {
	test('hidden layers go into the query string and survive a reload', async ({ page }) => {
		await page.goto('/#6/44.5/146.5');
		await mapReady(page);
		const legend = page.locator('details.legend');
		if (!(await legend.evaluate((d: HTMLDetailsElement) => d.open)))
			await legend.locator('summary').click();
		await page.getByRole('checkbox', { name: /disputed/i }).uncheck();
		await expect(page).toHaveURL(/[?&]hide=disputed/);
		await page.reload();
		await mapReady(page);
		await mapSettled(page);
		if (!(await legend.evaluate((d: HTMLDetailsElement) => d.open)))
			await legend.locator('summary').click();
		await expect(page.getByRole('checkbox', { name: /disputed/i })).not.toBeChecked();
		const drawn = await page.evaluate(() => {
			const m = (
				window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): unknown[] } }
			).__atlasMap;
			return m.queryRenderedFeatures({ layers: ['places-fill'] }).length;
		});
		expect(drawn).toBe(0);
	});

	test('search and sector are restored from the URL', async ({ page }) => {
		await page.goto('/?q=Mitsui&sector=health');
		await expect(page.getByRole('searchbox')).toHaveValue('Mitsui');
		await expect(page.getByRole('combobox', { name: 'Sector' })).toHaveValue('health');
		const expected = agreements.filter(
			(a) => a.sector === 'health' && JSON.stringify(a.parties).includes('mitsui')
		);
		await expect(page.locator('#agreements-heading + ul > li')).toHaveCount(expected.length);
	});

	test('hostile and malformed query strings fall back and render as text', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			return d.dismiss();
		});
		await page.goto('/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&sector=%3Cb%3E&hide=%E0%A4%A');
		await expect(page.getByRole('searchbox')).toHaveValue('<img src=x onerror=alert(1)>');
		await expect(page.getByRole('combobox', { name: 'Sector' })).toHaveValue('');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(dialogs).toBe(0);
	});

	test('Back and Forward step through selections, not through pans', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await page.getByRole('link', { name: /^Tokyo/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Tokyo' })).toBeVisible();
		await page.getByRole('link', { name: '← All places and agreements' }).click();
		await page.getByRole('link', { name: /^Nagato \d+ agreements?$/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Nagato' })).toBeVisible();
		await mapSettled(page);
		// Panning the map replaces the hash; it adds no history entry.
		await page.evaluate(() =>
			(window as unknown as { __atlasMap: { panBy(p: [number, number]): void } }).__atlasMap.panBy([
				120, 40
			])
		);
		await mapSettled(page);
		await expect(page).toHaveURL(/\/places\/nagato#/);
		await page.goBack();
		await expect(page.getByRole('heading', { name: 'Places', exact: true })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1, name: 'Tokyo' })).toBeVisible();
		await page.goForward();
		await page.goForward();
		await expect(page.getByRole('heading', { level: 1, name: 'Nagato' })).toBeVisible();
	});

	test('a reload shows the same selection and view', async ({ page }) => {
		await page.goto('/places/sakhalin-2');
		await mapReady(page);
		await mapSettled(page);
		await expect(page).toHaveURL(/#[\d.]+\/[\d.-]+\/[\d.-]+$/);
		const before = await mapView(page);
		await page.reload();
		await mapReady(page);
		const after = await mapView(page);
		expect(after.zoom).toBeCloseTo(before.zoom, 1);
		expect(after.lat).toBeCloseTo(before.lat, 1);
		expect(after.lng).toBeCloseTo(before.lng, 1);
		await expect(page.getByRole('heading', { level: 1, name: 'Sakhalin-2' })).toBeVisible();
	});
});

test.describe('embed', () => {
	let host: Server;
	let hostUrl: string;

	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from this pattern
	test.beforeAll(async ({}, info) => {
		const target = `${info.project.use.baseURL}/embed/places/tokyo`;
		host = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end(
				`<!doctype html><title>Host</title><h1>A teacher's page</h1><iframe src="${target}" width="800" height="500" title="Tokyo on Nagato Atlas"></iframe>`
			);
		});
		await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
		hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
	});
	test.afterAll(() => new Promise<void>((ok) => host.close(() => ok())));

	test('the embed shows the map and a caption without the site chrome', async ({ page }) => {
		await page.goto('/embed/places/tokyo');
		await mapReady(page);
		await expect(page.getByRole('heading', { name: 'Tokyo' })).toBeVisible();
		await expect(page.getByRole('link', { name: /Open the full map/ })).toHaveAttribute(
			'href',
			'/places/tokyo'
		);
		await expect(page.locator('.masthead')).toHaveCount(0);
		await expect(page.locator('details.legend')).toHaveCount(0);
		const view = await mapView(page);
		expect(Math.abs(view.lng - geo.tokyo.center[0])).toBeLessThan(5);
	});

	const tokyoAgreement = agreements.find((a) => involvedPlaces(a).includes('tokyo'))!;
	const placedEvent = events.find((e) => e.places.length > 0)!;
	const kinds = [
		{ path: '/embed', title: site.title, href: '/', fits: [] as string[] },
		{ path: '/embed/places/tokyo', title: tokyo.name, href: '/places/tokyo', fits: ['tokyo'] },
		{
			path: `/embed/agreements/${tokyoAgreement.slug}`,
			title: tokyoAgreement.title,
			href: `/agreements/${tokyoAgreement.slug}`,
			fits: involvedPlaces(tokyoAgreement)
		},
		{
			path: `/embed/events/${placedEvent.slug}`,
			title: placedEvent.title,
			href: `/events/${placedEvent.slug}`,
			fits: placedEvent.places
		},
		{ path: '/embed/tour/3', title: tour[2].title, href: '/tour/3', fits: tour[2].places }
	];
	for (const kind of kinds) {
		test(`${kind.path} opens what it names, captioned, with its places in view`, async ({
			page,
			request
		}) => {
			expect((await request.get(kind.path)).status()).toBe(200);
			await page.goto(kind.path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(kind.title);
			await expect(page.getByRole('link', { name: /Open the full map/ })).toHaveAttribute(
				'href',
				kind.href
			);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
			await mapReady(page);
			await mapSettled(page);
			const box = page.locator('.embed-map');
			const size = (await box.boundingBox())!;
			for (const slug of kind.fits) {
				const p = await pixelOf(page, geo[slug].center);
				expect(p.x, `${slug} in view`).toBeGreaterThanOrEqual(0);
				expect(p.x, `${slug} in view`).toBeLessThanOrEqual(size.width);
				expect(p.y, `${slug} in view`).toBeGreaterThanOrEqual(0);
				expect(p.y, `${slug} in view`).toBeLessThanOrEqual(size.height);
			}
		});
	}

	test('an embedded tour steps with its links and a clicker, inside the frame', async ({
		page
	}) => {
		await page.goto('/embed/tour/1');
		await expect(page.getByRole('link', { name: /Previous/ })).toHaveCount(0);
		await page.getByRole('link', { name: /Next/ }).click();
		await expect(page).toHaveURL(/\/embed\/tour\/2$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(tour[1].title);
		await expect(page.getByRole('link', { name: /Open the full map/ })).toHaveAttribute(
			'href',
			'/tour/2'
		);
		await mapReady(page);
		await page.keyboard.press('PageDown');
		await expect(page).toHaveURL(/\/embed\/tour\/3$/);
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/\/embed\/tour\/2$/);
		await page.goto(`/embed/tour/${tour.length}`);
		await expect(page.getByRole('link', { name: /Next/ })).toHaveCount(0);
		expect((await page.request.get(`/embed/tour/${tour.length + 1}`)).status()).toBe(404);
	});

	test('it works inside an iframe on another origin', async ({ page }) => {
		await page.goto(hostUrl);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { name: 'Tokyo' })).toBeVisible();
		const inner = page.frames().find((f) => f.url().includes('/embed/places/tokyo'))!;
		await inner.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
			timeout: BUDGET.mapReady
		});
		await expect(frame.locator('canvas.maplibregl-canvas')).toBeVisible();
	});
});
