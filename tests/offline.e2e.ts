import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import site from '../src/lib/content/data/site.json' with { type: 'json' };
import ruMessages from '../messages/ru.json' with { type: 'json' };
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import jaMessages from '../messages/ja.json' with { type: 'json' };
import { encodeTour } from '../src/lib/tour/custom';
import { BUDGET, expect, mapReady, places, recordStep, test } from './fixtures';
import {
	CACHE_PREFIX,
	cached,
	countRequests,
	expectMapDrawn,
	freshInstall,
	goOffline,
	installed,
	ownDeployment
} from './offline-helpers';

// The one spec that lets the service worker run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });
// Each test’s first visit stores what re-opening the site in its language needs (about 200 files,
// 1.4 MB gzip) beside a map rendering in software, then opens up to five pages, each waiting for
// its map.
test.describe.configure({ timeout: BUDGET.offlineInstall + 6 * BUDGET.mapReady });

test.describe('offline', () => {
	test('after one visit, the home page, a place and a tour step open offline with their map; another language gets the offline message', async ({
		page,
		context
	}) => {
		const start = Date.now();
		// The first visit's worker takes the page over without reloading it.
		await freshInstall(page, '/', async (p) => {
			await expectMapDrawn(p);
			await p.evaluate(() => ((window as unknown as { __firstLoad: boolean }).__firstLoad = true));
		});
		const precacheMs = Date.now() - start;
		recordStep('offlineInstall', precacheMs);
		const store = await cached(page);
		expect(store.names).toHaveLength(1);
		expect(store.names[0]).toMatch(new RegExp(`^${CACHE_PREFIX}`));
		console.log(
			`precache: ${store.entries} files, ${Math.round(store.bytes / 1024)} KB, ` +
				`${precacheMs} ms from the first request to a controlling worker`
		);
		// Light: English pages and data, not the other languages, embeds, or the static maps.
		expect(store.paths).toContain('/places/tokyo');
		expect(store.paths).toContain('/content/en.json');
		expect(
			store.paths.filter((p) => /^\/(ru|ja)(\/|$)|^\/embed|^\/maps\/|\/tour\/maps\//.test(p))
		).toEqual([]);
		// Of Noto Sans JP only the three pieces that write 日本語 in the language switch.
		expect(
			store.paths.filter((p) => p.includes('noto-sans-jp-')).map((p) => /jp-(\d+)-400/.exec(p)?.[1])
		).toEqual(['113', '117', '118']);
		expect(store.entries).toBeLessThan(300);
		expect(
			await page.evaluate(() => (window as unknown as { __firstLoad?: boolean }).__firstLoad)
		).toBe(true);
		await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);

		const reached = await goOffline(context);
		const counts = countRequests(page);

		await page.reload();
		await expect(page.locator('h1')).toHaveText(site.tagline);
		await expectMapDrawn(page);

		const tokyo = places.find((p) => p.slug === 'tokyo')!;
		await page.goto('/places/tokyo');
		await expect(page.locator('h1')).toHaveText(tokyo.name);
		await expect(page.locator('#panel')).toContainText(tokyo.summary);
		await expectMapDrawn(page);

		// A link followed inside the app (client-side navigation) works offline too.
		await page.locator('.index-nav').getByRole('link', { name: 'Places' }).click();
		const nagato = places.find((p) => p.slug === 'nagato')!;
		await page.locator('#panel').getByRole('link', { name: nagato.name }).first().click();
		await expect(page).toHaveURL(/\/places\/nagato(#.*)?$/);
		await expect(page.locator('h1')).toHaveText(nagato.name);

		await page.goto('/tour/3');
		await expect(page.locator('h1.step-title')).toContainText(tour[2].title);
		await expectMapDrawn(page);

		// Another language was not stored on an English visit: a message in that language, with links
		// to what is stored (never the browser's error page).
		await page.goto('/ja/places/tokyo');
		await expect(page.locator('h1')).toHaveText(jaMessages.offline_page_heading);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		const back = page.getByRole('link', { name: 'This page in English' });
		await expect(back).toHaveAttribute('href', '/places/tokyo');
		await back.click();
		await expect(page.locator('h1')).toHaveText(tokyo.name);

		console.log(
			`offline: ${counts.requests} requests, ${counts.fromServiceWorker} answered by the ` +
				`service worker, ${reached.length} reached the network`
		);
		// Only the page that is not stored was tried on the network (and refused): nothing else.
		expect(
			reached.map((u) => new URL(u).pathname),
			'requests that reached the network'
		).toEqual(['/ja/places/tokyo']);
		expect(counts.unanswered(), 'requests the service worker did not answer').toEqual([]);
	});

	test('after one visit to the editor, a teacher’s own tour opens offline from its link @desktop', async ({
		page,
		context
	}) => {
		await freshInstall(page, '/tour/new', (p) =>
			expect(p.locator('h1')).toHaveText('Make your own tour')
		);
		await goOffline(context);
		await page.reload();
		await expect(page.locator('h1')).toHaveText('Make your own tour');
		const code = encodeTour({ s: [{ r: 'p:tokyo', t: 'My Tokyo' }, { r: `t:${tour[2].slug}` }] });
		await page.goto(`/tour/custom/1#t=${code}`);
		await expect(page.locator('h1.step-title')).toContainText('My Tokyo');
		await expectMapDrawn(page);
		// Moving on needs no download: the step pages share one layout, already running.
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('h1.step-title')).toContainText(tour[2].title);
	});

	test('offline, an unknown page answers the site’s 404 page @desktop', async ({
		page,
		context
	}) => {
		await freshInstall(page, '/');
		// Only offline, not refused: the worker tries the network for a page it does not have.
		await context.setOffline(true);
		const res = await page.goto('/places/atlantis');
		expect(res?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Not found');
	});

	test('after one visit in Russian, the footer’s data link opens /ru/data offline, with its sizes @desktop', async ({
		page,
		context
	}) => {
		await freshInstall(page, '/ru/places/tokyo');
		const reached = await goOffline(context);
		// A client-side visit: the page's load fetches the list of files (/data/index.json).
		await page.getByRole('link', { name: ruMessages.data_link }).click();
		await expect(page).toHaveURL(/\/ru\/data$/);
		const sizes = page.locator('td.size');
		await expect(sizes).toHaveCount(5);
		for (const size of await sizes.all())
			expect(Number(await size.getAttribute('data-bytes'))).toBeGreaterThan(1000);
		expect(reached).toEqual([]);
	});

	test('Chromium finds the site installable: a valid manifest, its icons, a worker @desktop', async ({
		page
	}) => {
		await freshInstall(page, '/ru/places/tokyo');
		const cdp = await page.context().newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.url).toMatch(/\/ru\/manifest\.webmanifest$/);
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		// A Playwright context is an incognito profile, where nothing installs; nothing else may be
		// missing (manifest fields, icon sizes, a worker with a fetch handler).
		expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
	});

	test('an embed inside another page registers no service worker @desktop', async ({ page }) => {
		// The host page here is on this origin (no SvelteKit, so nothing registers on its own): this
		// Chromium refuses service workers to frames from another site outright, so a cross-site host
		// would prove nothing. In browsers that allow them, the same check keeps embeds out.
		await page.route('/a-page-that-embeds', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: '<iframe src="/embed/places/tokyo" width="800" height="500"></iframe>'
			})
		);
		await page.goto('/a-page-that-embeds');
		const embed = page.frames().find((f) => f.url().includes('/embed/places/tokyo'))!;
		await embed.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
			timeout: BUDGET.mapReady
		});
		await embed.waitForFunction(() => document.readyState === 'complete');
		expect(
			await embed.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()))
		).toBe(false);
	});

	test('a new deployment waits until the reader reloads, then every open page switches @desktop', async ({
		page,
		context
	}) => {
		const deployment = await ownDeployment();
		const { root, origin } = deployment;
		const deployedAs = () => page.locator('body').getAttribute('data-deployment');
		try {
			await freshInstall(page, `${origin}/`);
			const other = await context.newPage();
			await other.goto(`${origin}/places/tokyo`);
			await installed(other);
			await other.evaluate(() => ((window as unknown as { __old: boolean }).__old = true));
			const before = await cached(page);

			// The next deployment: another build version (all SvelteKit puts in the worker's cache name)
			// and a home page that says which deployment it is.
			const version = JSON.parse(readFileSync(`${root}/_app/version.json`, 'utf8')).version;
			const edit = (file: string, from: string, to: string) => {
				const text = readFileSync(join(root, file), 'utf8');
				expect(text).toContain(from);
				writeFileSync(join(root, file), text.replaceAll(from, to));
			};
			edit('service-worker.js', JSON.stringify(version), JSON.stringify(`${version}-next`));
			// The host says which build it serves: the new worker stores only files of its own build.
			edit('_app/version.json', JSON.stringify(version), JSON.stringify(`${version}-next`));
			edit('index.html', '<body ', '<body data-deployment="next" ');
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

			const notice = page.getByText('A new version of the map is available.');
			const reload = page.getByRole('button', { name: 'Reload' });
			// Shown once the new version has stored the whole site beside the old one.
			await expect(notice).toBeVisible({ timeout: BUDGET.offlineInstall });
			// Until the reader accepts, the old version keeps serving, even across a reload; the new one
			// waits beside it, complete.
			await page.reload();
			await mapReady(page);
			expect(await deployedAs()).toBeNull();
			const next = `${CACHE_PREFIX}${version}-next`;
			expect((await cached(page)).names.sort()).toEqual([...before.names, next].sort());
			await expect(notice).toBeVisible();

			await Promise.all([page.waitForEvent('load'), reload.click()]);
			await installed(page);
			expect(await deployedAs()).toBe('next');
			expect((await cached(page)).names).toEqual([next]);
			await expect(reload).toHaveCount(0);
			await expectMapDrawn(page);
			// The other tab did not stay on the old scripts either.
			await expect
				.poll(() => other.evaluate(() => (window as unknown as { __old?: boolean }).__old ?? false))
				.toBe(false);
		} finally {
			deployment.close();
		}
	});
});
