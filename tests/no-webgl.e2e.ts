import type { Page } from '@playwright/test';
import site from '../src/lib/content/data/site.json' with { type: 'json' };
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import ru from '../src/lib/content/data/i18n/ru.json' with { type: 'json' };
import { agreements, agreementsFor, expect, places, test, withoutWebGL } from './fixtures';

test.use(withoutWebGL);

const staticMap = (page: Page) => page.locator('.static-map img');

/** The static picture has arrived and decoded (an SVG that failed would have no width). */
async function expectStaticMap(page: Page, alt: RegExp | string) {
	const img = staticMap(page);
	await expect(img).toBeVisible();
	await expect(img).toHaveAttribute('alt', alt);
	await expect
		.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
		.toBeGreaterThan(0);
}

test.describe('without WebGL2', () => {
	test('the browser really has no WebGL2', async ({ page }) => {
		await page.goto('/404');
		const gl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
		expect(gl).toBe(false);
	});

	test('a place page lists its agreements, says why, and shows a static map', async ({ page }) => {
		// MapLibre is one chunk of about 1 MB plus a worker: the page loads neither (the service
		// worker may still store them for offline use; its requests are not the page's). The
		// WebGL2 probe's worker (0.2 KiB) does load, and has ended before its body can be read.
		const scripts: { url: string; bytes: number }[] = [];
		page.on('response', async (r) => {
			if (!/\.m?js$/.test(new URL(r.url()).pathname)) return;
			const bytes = await r.body().then(
				(b) => b.length,
				() => 0
			);
			scripts.push({ url: r.url(), bytes });
		});
		await page.goto('/places/tokyo');
		await expect(page.getByRole('heading', { level: 1, name: 'Tokyo' })).toBeVisible();
		await expect(page.locator('article.agreement')).toHaveCount(agreementsFor('tokyo').length);
		await expect(page.getByRole('status').filter({ hasText: site.map.noWebgl })).toBeVisible();
		await expectStaticMap(page, `${site.map.selection} Tokyo`);
		await expect(page.locator('canvas')).toHaveCount(0);
		// The share dialog's image export says why it cannot work, instead of "still loading".
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page.getByRole('status').filter({ hasText: site.map.noImage })).toBeVisible();
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.filter((s) => s.bytes > 500_000 || /maplibre/.test(s.url))).toEqual([]);
	});

	test('following links changes the static map to the new selection', async ({ page }) => {
		await page.goto('/');
		await expectStaticMap(page, site.map.overview);
		const multi = agreements.find((a) => a.slug === 'sakhalin-railway-bridges')!;
		await page.getByRole('link', { name: multi.title }).click();
		await expect(page.getByRole('heading', { level: 1, name: multi.title })).toBeVisible();
		const names = multi.places.map((s) => places.find((p) => p.slug === s)!.name);
		await expectStaticMap(page, new RegExp(names.map((n) => n.replace(/[()]/g, '.')).join('|')));
		await expect(staticMap(page)).toHaveAttribute('src', /^\/maps\/places\/[a-z0-9_-]+\.svg$/);
		await page.goBack();
		await expectStaticMap(page, site.map.overview);
	});

	test('a Russian page shows the Russian static map', async ({ page }) => {
		await page.goto('/ru/places/tokyo');
		await expect(page.getByRole('heading', { level: 1, name: ru.places.tokyo.name })).toBeVisible();
		await expectStaticMap(page, `${ru.site.map.selection} ${ru.places.tokyo.name}`);
		await expect(staticMap(page)).toHaveAttribute('src', '/maps/ru/places/tokyo.svg');
		await expect(page.getByRole('status')).toHaveText(ru.site.map.noWebgl);
		const svg = await (await page.request.get('/maps/ru/places/tokyo.svg')).text();
		expect(svg).toContain(`>${ru.places.tokyo.name}<`);
	});

	test('search and the sector filter still narrow the lists', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('searchbox').fill('Mitsui');
		const expected = agreements.filter((a) => JSON.stringify(a.parties).includes('mitsui'));
		await expect(page.locator('#agreements-heading + ul > li')).toHaveCount(expected.length);
		await expect(page).toHaveURL(/[?&]q=Mitsui/);
		await expectStaticMap(page, site.map.overview);
	});

	test('a tour step shows its caption over the static map, and the keys move on @desktop', async ({
		page
	}) => {
		await page.goto('/tour/3');
		await expect(page.locator('h1.step-title')).toContainText(tour[2].title);
		await expectStaticMap(page, new RegExp(`^${site.map.selection} `));
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/\/tour\/4$/);
		await expect(page.locator('h1.step-title')).toContainText(tour[3].title);
		await expectStaticMap(page, new RegExp(`^${site.map.selection} `));
	});

	test('an embed shows the static map and its caption', async ({ page }) => {
		await page.goto('/embed/places/nagato');
		await expect(page.getByRole('heading', { name: 'Nagato' })).toBeVisible();
		await expectStaticMap(page, `${site.map.selection} Nagato`);
	});
});
