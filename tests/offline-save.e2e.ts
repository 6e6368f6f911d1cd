import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
	type Dirent
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import en from '../messages/en.json' with { type: 'json' };
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import { encodeTour, LIMITS } from '../src/lib/tour/custom';
import { agreements, BUDGET, events, expect, mapReady, places, test } from './fixtures';
import { cached, countRequests, freshInstall, goOffline, ownDeployment } from './offline-helpers';

// "Save for offline" (src/lib/components/offline/): the service worker runs here, as in
// tests/offline.e2e.ts (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });
// A first visit, a save of up to the whole site (about 10 MB in three languages), then up to 36
// pages opened offline, a dozen of them waiting for their map.
test.describe.configure({
	timeout: BUDGET.offlineInstall + BUDGET.offlineSave + 12 * BUDGET.mapReady
});

const LANGS = ['en', 'ru', 'ja'] as const;
const inLang = (path: string, lang: (typeof LANGS)[number]) =>
	lang === 'en' ? path : path === '/' ? `/${lang}` : `/${lang}${path}`;

async function openSave(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: en.offline_save }).first().click();
	const dialog = page.getByRole('dialog', { name: en.offline_save });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** "12 of 200 files · …": the files saved so far, from the dialog's figures. */
async function filesSaved(dialog: Locator): Promise<number> {
	const text = (await dialog.locator('.figures').textContent()) ?? '';
	return Number(/(\d+) of \d+ files/.exec(text)?.[1] ?? 0);
}

/**
 * Slows the service worker's downloads (a school connection, not localhost), so a save can be
 * stopped half-way; counts them by path as they go on to the host (after the wait: a file the
 * test changes meanwhile, synchronously, is served changed to every one counted after it).
 */
async function slowWorker(context: BrowserContext, ms = 150) {
	const fetched: string[] = [];
	await context.route('**/*', async (route) => {
		const request = route.request();
		if (request.serviceWorker()) {
			await new Promise((r) => setTimeout(r, ms));
			fetched.push(new URL(request.url()).pathname);
		}
		await route.continue();
	});
	return fetched;
}

/**
 * Changes the host (`change`, synchronous) when the worker asks it for a page in Russian or
 * Japanese, before that request goes on to the host: the change lands while a save is downloading
 * pages, never between two of its batches (whose build check would see it first), and that page
 * is the changed one. Resolves then, with how many requests `slowWorker` had let through before.
 */
async function changeAtNextPage(context: BrowserContext, fetched: string[], change: () => void) {
	let changed!: (before: number) => void;
	const before = new Promise<number>((resolve) => (changed = resolve));
	let done = false;
	await context.route('**/*', (route) => {
		const request = route.request();
		const path = new URL(request.url()).pathname;
		if (!done && request.serviceWorker() && /^\/(ru|ja)\/[^.]*$/.test(path)) {
			done = true;
			changed(fetched.length);
			change();
		}
		return route.fallback();
	});
	return before;
}

/**
 * A first visit to `url`, then a save of all three languages from a slowed worker, well under way
 * (past 300 files). The save's pace follows the machine's load, not the clock: this waits on its
 * own progress.
 */
async function saveUnderWay(page: Page, context: BrowserContext, url: string) {
	await freshInstall(page, url);
	const fetched = await slowWorker(context, 60);
	const dialog = await openSave(page);
	await dialog.getByRole('radio', { name: en.offline_save_all_languages }).check();
	await expect(dialog.getByText(/It will take/)).toBeVisible();
	await dialog.getByRole('button', { name: en.offline_save_start, exact: true }).click();
	await expect.poll(() => filesSaved(dialog), { timeout: BUDGET.offlineSave }).toBeGreaterThan(300);
	return { fetched, dialog };
}

/** Serious and critical WCAG 2.1 AA violations, as tests/a11y.e2e.ts counts them. */
async function seriousViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Paths fetched more than once (the version check aside). */
const repeated = (paths: string[]) =>
	[...new Set(paths.filter((p, i) => paths.indexOf(p) !== i))].filter(
		(p) => p !== '/_app/version.json'
	);

/** The save's record, as the page keeps it. */
const record = (page: Page) =>
	page.evaluate(async () => {
		const r = await caches.match('/__offline-saved.json', { cacheName: 'nagato-atlas:saved' });
		return r
			? ((await r.json()) as { state: string; languages: string[]; files: number; version: string })
			: null;
	});

/**
 * Turns the copy of the build in `root` into the next deployment, as a real one differs: another
 * version (in the worker, the app's code and /_app/version.json); the code that carries it, and
 * every file that imports that code, under new hashed names; pages that say which deployment
 * they are.
 */
function deployNext(root: string) {
	const version: string = JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8')).version;
	// Same length, so the recorded file sizes stay true.
	const next = String(Number(version) + 1);
	const immutable = readdirSync(join(root, '_app/immutable'), {
		recursive: true,
		withFileTypes: true
	}).filter((entry) => entry.isFile());
	const text = (entry: Dirent) => readFileSync(join(entry.parentPath, entry.name), 'utf8');
	// A hashed name changes with its content: the file with the version, then its importers.
	const renamed = new Map<string, string>();
	for (let grew = true; grew;) {
		grew = false;
		for (const entry of immutable) {
			if (renamed.has(entry.name)) continue;
			const content = text(entry);
			if (content.includes(version) || [...renamed.keys()].some((n) => content.includes(n))) {
				renamed.set(
					entry.name,
					entry.name.replace(/(.)(\.\w+)$/, (_, c, ext) => (c === 'X' ? 'Y' : 'X') + ext)
				);
				grew = true;
			}
		}
	}
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(html|js|json|css|webmanifest)$/.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		const content = readFileSync(file, 'utf8');
		let changed = content.replaceAll(version, next);
		for (const [from, to] of renamed) changed = changed.replaceAll(from, to);
		if (entry.name.endsWith('.html')) {
			changed = changed.replace('<body ', '<body data-deployment="next" ');
			// The policy allows the page's inline script by its hash, which changed with it.
			const hashes = (html: string) =>
				[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
					([, code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`
				);
			const [before, after] = [hashes(content), hashes(changed)];
			before.forEach((hash, i) => (changed = changed.replaceAll(hash, after[i])));
		}
		if (changed !== content) writeFileSync(file, changed);
	}
	for (const entry of immutable)
		if (renamed.has(entry.name))
			renameSync(
				join(entry.parentPath, entry.name),
				join(entry.parentPath, renamed.get(entry.name)!)
			);
	return next;
}

/** Pages (addresses without a file ending) stored in any cache that are the next build's. */
const pagesOfNext = (page: Page) =>
	page.evaluate(async () => {
		const found: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const path = new URL(request.url).pathname;
				if (/\.[a-z0-9]+$/.test(path)) continue;
				const text = await (await cache.match(request))!.text();
				if (text.includes('data-deployment="next"')) found.push(`${name} ${path}`);
			}
		}
		return { found };
	});

/** Pages (addresses without a file ending) stored in any cache that are not of the next build. */
const pagesNotOfNext = (page: Page) =>
	page.evaluate(async () => {
		const found: string[] = [];
		let pages = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const path = new URL(request.url).pathname;
				if (/\.[a-z0-9]+$/.test(path)) continue;
				pages++;
				const text = await (await cache.match(request))!.text();
				if (!text.includes('data-deployment="next"')) found.push(`${name} ${path}`);
			}
		}
		return { pages, found };
	});

test.describe('Save for offline', () => {
	test('saves the whole site in three languages; offline, every kind of page opens in each @phone', async ({
		page,
		context
	}) => {
		await freshInstall(page, '/');
		const dialog = await openSave(page);
		await dialog.getByRole('radio', { name: en.offline_save_all_languages }).check();
		await expect(dialog.getByText(/It will take [\d.]+\sMB on this device\./)).toBeVisible();
		await expect(
			dialog.getByText(/Space the browser has left for this site: [\d.,]+\s[MG]B\./)
		).toBeVisible();
		expect(await seriousViolations(page), 'the dialog before a save').toEqual([]);
		const started = Date.now();
		await dialog.getByRole('button', { name: en.offline_save_start, exact: true }).click();
		await expect(
			dialog.getByText(/Saved for offline: [\d.]+\sMB, English, Russian, and Japanese · /)
		).toBeVisible({
			timeout: BUDGET.offlineSave
		});
		// The progress bar reached 100 %, and says so in files and megabytes.
		const bar = dialog.locator('progress');
		expect(await bar.evaluate((p: HTMLProgressElement) => p.value / p.max)).toBe(1);
		const figures = (await dialog.locator('.figures').textContent()) ?? '';
		const [, files, total] = /(\d+) of (\d+) files/.exec(figures)!;
		expect(files).toBe(total);
		const store = await cached(page);
		console.log(
			`saved: ${total} files, ${Math.round(store.bytes / 1024)} KB in ${Date.now() - started} ms`
		);
		expect(store.entries).toBeGreaterThanOrEqual(Number(total));
		expect((await record(page))?.state).toBe('done');
		expect(await seriousViolations(page), 'the dialog after a save').toEqual([]);
		await dialog.getByRole('button', { name: en.close }).click();

		const reached = await goOffline(context);
		const counts = countRequests(page);
		const place = 'nagato';
		const kinds = [
			{ path: '/', map: true },
			{ path: `/places/${place}`, map: true },
			{ path: `/agreements/${agreements[0].slug}`, map: true },
			{ path: `/events/${events[0].slug}`, map: false },
			{ path: '/places', map: false },
			{ path: '/agreements', map: false },
			{ path: '/events', map: false },
			{ path: '/tour/3', map: true },
			{ path: '/tour/presenter', map: false },
			{ path: '/tour/print', map: false },
			{ path: '/embed/places/tokyo', map: false },
			{ path: '/data', map: false }
		];
		for (const lang of LANGS)
			for (const { path, map } of kinds) {
				const url = inLang(path, lang);
				const response = await page.goto(url);
				expect(response?.status(), url).toBe(200);
				await expect(page.locator('html'), url).toHaveAttribute('lang', lang);
				await expect(page.getByText(en.offline_page_heading)).toHaveCount(0);
				if (map && lang === 'en') await mapReady(page);
				// As a reader would: the page's fonts have loaded before the next page replaces it (a font
				// cut off by the navigation makes the browser try its WOFF twin, which is never stored).
				await page.evaluate(() => document.fonts.ready.then(() => undefined));
				await page.waitForLoadState('networkidle');
				if (path === '/tour/print') {
					// The handout's maps are pictures: each one loaded.
					const images = page.locator('img');
					expect(await images.count()).toBeGreaterThan(0);
					await expect
						.poll(() =>
							images.evaluateAll((all) =>
								all.every(
									(i) =>
										(i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0
								)
							)
						)
						.toBe(true);
				}
			}
		// A font piece still loading when the next page replaces this one is cut off, and Chromium
		// then tries its WOFF twin from the departing page. WOFF is never stored (every browser with
		// service workers reads WOFF2): that try may reach the network, as long as the WOFF2 twin
		// the pages use is stored.
		const woff = reached.filter((u) => u.endsWith('.woff'));
		const stored = (await cached(page)).paths;
		for (const url of woff) {
			const twin = new URL(url).pathname.replace(/\.[^.]+\.woff$/, '.');
			expect(
				stored.some((p) => p.startsWith(twin) && p.endsWith('.woff2')),
				twin
			).toBe(true);
		}
		expect(
			reached.filter((u) => !u.endsWith('.woff')),
			'requests that reached the network'
		).toEqual([]);
		expect(
			counts.unanswered().filter((u) => !u.endsWith('.woff')),
			'requests the service worker did not answer'
		).toEqual([]);
	});

	test('after a save with WebGL2, a teacher’s own tour prints every map offline @desktop', async ({
		page,
		context
	}) => {
		await freshInstall(page, '/');
		// The browser draws the live map, so the explorer never shows the static maps.
		expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(
			true
		);
		const dialog = await openSave(page);
		await expect(dialog.getByText(/It will take [\d.]+\sMB on this device\./)).toBeVisible();
		await dialog.getByRole('button', { name: en.offline_save_start, exact: true }).click();
		await expect(dialog.getByText(/Saved for offline: [\d.]+\sMB, English · /)).toBeVisible({
			timeout: BUDGET.offlineSave
		});
		console.log(`saved with WebGL2: ${await dialog.locator('.figures').textContent()}`);
		await dialog.getByRole('button', { name: en.close }).click();

		// Every step a tour can have, as the editor offers them, in tours of the most steps allowed.
		const refs = [
			...tour.map((t) => `t:${t.slug}`),
			...places.map((p) => `p:${p.slug}`),
			...agreements.map((a) => `a:${a.slug}`),
			...events.filter((e) => e.places.length).map((e) => `e:${e.slug}`)
		];
		const reached = await goOffline(context);
		for (let from = 0; from < refs.length; from += LIMITS.steps) {
			const steps = refs.slice(from, from + LIMITS.steps);
			const code = encodeTour({ s: steps.map((r) => ({ r })) });
			// A new document each time, not a change of the hash.
			await page.goto('about:blank');
			const response = await page.goto(`/tour/custom/print#t=${code}`);
			expect(response?.status()).toBe(200);
			const maps = page.locator('.print-step img');
			await expect(maps).toHaveCount(steps.length);
			await expect
				.poll(() =>
					maps.evaluateAll((all) =>
						(all as HTMLImageElement[])
							.filter((i) => !(i.complete && i.naturalWidth > 0))
							.map((i) => new URL(i.src).pathname)
					)
				)
				.toEqual([]);
		}
		expect(reached, 'requests that reached the network').toEqual([]);
	});

	test('Cancel stops a save, Resume finishes it; a reload resumes it where it stopped @desktop', async ({
		page,
		context
	}) => {
		await freshInstall(page, '/');
		const fetched = await slowWorker(context);
		let dialog = await openSave(page);
		await expect(dialog.getByText(/It will take/)).toBeVisible();
		await dialog.getByRole('button', { name: en.offline_save_start, exact: true }).click();
		await expect
			.poll(() => filesSaved(dialog), { timeout: BUDGET.offlineSave })
			.toBeGreaterThan(230);
		await dialog.getByRole('button', { name: en.offline_save_cancel }).click();
		await expect(dialog.getByText(/Stopped: \d+ of \d+ files are saved\./)).toBeVisible();
		expect((await record(page))?.state).toBe('paused');
		const stopped = await filesSaved(dialog);
		await page.waitForTimeout(500);
		// Stopped means stopped: nothing more is saved (a reload does not resume it either).
		await page.reload();
		await mapReady(page);
		dialog = await openSave(page);
		await expect(dialog.getByText(/Stopped: \d+ of \d+ files are saved\./)).toBeVisible();
		await dialog.getByRole('button', { name: en.offline_save_resume }).click();
		await expect
			.poll(() => filesSaved(dialog), { timeout: BUDGET.offlineSave })
			.toBeGreaterThanOrEqual(stopped);
		await expect(dialog.getByText(/Saved for offline: /)).toBeVisible({
			timeout: BUDGET.offlineSave
		});
		// Nothing saved before the stop was downloaded again, beyond the batch in flight.
		expect(repeated(fetched).length).toBeLessThanOrEqual(24);

		// Remove: back to what the first visit keeps.
		await dialog.getByRole('button', { name: en.offline_save_remove }).click();
		await expect(dialog.getByText(en.offline_save_removed)).toBeVisible();
		expect(await record(page)).toBeNull();
		expect((await cached(page)).entries).toBeLessThan(300);

		// A reload in the middle of a save: it goes on by itself in the reloaded page.
		fetched.length = 0;
		await dialog.getByRole('button', { name: en.offline_save_start, exact: true }).click();
		await expect
			.poll(() => filesSaved(dialog), { timeout: BUDGET.offlineSave })
			.toBeGreaterThan(230);
		await page.reload();
		await mapReady(page);
		await expect
			.poll(async () => (await record(page))?.state, { timeout: BUDGET.offlineSave })
			.toBe('done');
		expect(repeated(fetched).length).toBeLessThanOrEqual(24);
	});

	test('a save overtaken by a new deployment stops, and never mixes the two builds’ pages @desktop', async ({
		page,
		context
	}) => {
		const deployment = await ownDeployment();
		const { root, origin } = deployment;
		try {
			const { fetched, dialog } = await saveUnderWay(page, context, `${origin}/`);
			// The next deployment, under the save, once it is downloading pages (whose names are not
			// hashed, so the build check matters): another version, and pages that say so.
			const switched = await changeAtNextPage(context, fetched, () => {
				const version = JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8')).version;
				writeFileSync(
					join(root, '_app/version.json'),
					JSON.stringify({ version: `${version}-next` })
				);
				for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }))
					if (entry.isFile() && entry.name.endsWith('.html')) {
						const file = join(entry.parentPath, entry.name);
						writeFileSync(
							file,
							readFileSync(file, 'utf8').replace('<body ', '<body data-deployment="next" ')
						);
					}
			});

			await expect(dialog.getByText(en.offline_save_new_version)).toBeVisible({
				timeout: BUDGET.offlineSave
			});
			// Pages were still downloading once the version changed (the batch under way); none of the
			// new build's was kept.
			expect(
				fetched
					.slice(switched)
					.some((p) => !p.startsWith('/_app/immutable/') && p !== '/_app/version.json')
			).toBe(true);
			expect((await pagesOfNext(page)).found).toEqual([]);
			expect((await cached(page)).names.filter((n) => n.endsWith('-staging'))).toEqual([]);
			// It is still to do: after the reader's Reload into the new version it saves again.
			expect((await record(page))?.state).toBe('saving');
		} finally {
			deployment.close();
		}
	});

	test('a save that meets the next build’s pages before its version.json keeps none of them @desktop', async ({
		page,
		context
	}) => {
		const deployment = await ownDeployment();
		const { root, origin } = deployment;
		// The next build, made beside the host's copy: a deployment that uploads files in any order
		// (rsync, a static host) serves its pages before its /_app/version.json.
		const nextRoot = mkdtempSync(join(tmpdir(), 'nagato-atlas-next-'));
		try {
			cpSync(root, nextRoot, { recursive: true });
			deployNext(nextRoot);
			const { fetched, dialog } = await saveUnderWay(page, context, `${origin}/`);
			// Under the save, once it is downloading pages: the next build's hashed files join the
			// host, then its pages replace the old ones. Its version.json never comes (nor its
			// worker): the host still says the old version.
			const switched = await changeAtNextPage(context, fetched, () => {
				cpSync(join(nextRoot, '_app/immutable'), join(root, '_app/immutable'), { recursive: true });
				for (const entry of readdirSync(nextRoot, { recursive: true, withFileTypes: true }))
					if (entry.isFile() && entry.name.endsWith('.html'))
						cpSync(
							join(entry.parentPath, entry.name),
							join(root, relative(nextRoot, entry.parentPath), entry.name)
						);
			});

			const saved = dialog.getByText(/Saved for offline: /);
			const newVersion = dialog.getByText(en.offline_save_new_version);
			await expect(saved.or(newVersion)).toBeVisible({ timeout: BUDGET.offlineSave });
			// Pages of the next build reached the save (every page fetched after the switch), and none
			// of them was kept.
			const pagesAfter = fetched
				.slice(switched)
				.filter((p) => !p.startsWith('/_app/') && !/\.[a-z0-9]+$/.test(p));
			expect(pagesAfter.length, 'pages fetched after the switch').toBeGreaterThan(0);
			expect((await pagesOfNext(page)).found, 'pages of the next build stored').toEqual([]);
			expect((await cached(page)).names.filter((n) => n.endsWith('-staging'))).toEqual([]);
			// The reader is told a new version is out; the save is still to do.
			await expect(newVersion).toBeVisible();
			expect((await record(page))?.state).toBe('saving');
		} finally {
			deployment.close();
			rmSync(nextRoot, { recursive: true, force: true });
		}
	});

	test('after a new deployment and the reader’s Reload, the saved copy is redone in the same languages @desktop', async ({
		page,
		context
	}) => {
		const deployment = await ownDeployment();
		const { root, origin } = deployment;
		try {
			await freshInstall(page, `${origin}/places/tokyo`);
			let dialog = await openSave(page);
			await dialog.getByRole('button', { name: en.offline_save_start, exact: true }).click();
			await expect(dialog.getByText(/Saved for offline: [\d.]+\sMB, English · /)).toBeVisible({
				timeout: BUDGET.offlineSave
			});
			await dialog.getByRole('button', { name: en.close }).click();
			const before = (await record(page))!;
			expect(before.languages).toEqual(['en']);

			const next = deployNext(root);
			// The browser looks for a new worker (it does on navigations; here, at once).
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			const reload = page.getByRole('button', { name: en.update_reload });
			await expect(reload).toBeVisible({ timeout: BUDGET.offlineInstall });
			// Nothing is replaced before the reader says so.
			expect((await record(page))?.version).toBe(before.version);

			// Slowed, so the redone save is seen under way.
			await slowWorker(context, 40);
			await reload.click();
			await page.waitForFunction(() => document.body.dataset.deployment === 'next');
			await mapReady(page);
			dialog = await openSave(page);
			await expect(dialog.getByText(en.offline_save_updating)).toBeVisible({
				timeout: BUDGET.offlineInstall
			});
			await expect(dialog.locator('progress')).toBeVisible();
			await expect(dialog.getByText(/Saved for offline: [\d.]+\sMB, English · /)).toBeVisible({
				timeout: BUDGET.offlineSave
			});
			expect(
				await dialog.locator('progress').evaluate((p: HTMLProgressElement) => p.value / p.max)
			).toBe(1);
			const after = (await record(page))!;
			expect(after).toMatchObject({ state: 'done', version: next, languages: ['en'] });
			expect(after.files).toBe(before.files);
			// Every page kept is the new build's, and none of the old build's caches is left.
			const stored = await pagesNotOfNext(page);
			expect(stored.pages).toBeGreaterThan(50);
			expect(stored.found).toEqual([]);
			expect((await cached(page)).names.filter((n) => n.includes(before.version))).toEqual([]);
		} finally {
			deployment.close();
		}
	});

	test('the service worker never stores a failed response @desktop', async ({ page, context }) => {
		await freshInstall(page, '/');
		// Another tab, so this test's failures are not the page's console errors.
		const other = await context.newPage();
		await other.goto('/places');
		const failing = ['/ru/places/tokyo', '/maps/overview.svg', '/content/ja.json'];
		await context.route('**/*', (route) => {
			const path = new URL(route.request().url()).pathname;
			return failing.includes(path)
				? route.fulfill({ status: 500, body: 'Internal error' })
				: route.continue();
		});
		expect((await other.goto('/ru/places/tokyo'))?.status()).toBe(500);
		await other.goto('/places');
		for (const path of failing.slice(1))
			expect(await other.evaluate(async (p) => (await fetch(p)).status, path)).toBe(500);
		expect((await cached(page)).paths.filter((p) => failing.includes(p))).toEqual([]);

		// The same addresses, answered properly: stored when first used.
		await context.unrouteAll();
		expect((await other.goto('/ru/places/tokyo'))?.status()).toBe(200);
		for (const path of failing.slice(1))
			expect(await other.evaluate(async (p) => (await fetch(p)).status, path)).toBe(200);
		await expect
			.poll(async () => (await cached(page)).paths.filter((p) => failing.includes(p)).sort())
			.toEqual([...failing].sort());
		await other.close();
	});
});
