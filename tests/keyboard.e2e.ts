import type { Locator, Page } from '@playwright/test';
import { agreements, agreementsFor, expect, mapReady, mapSettled, places, test } from './fixtures';

/** What has focus, in words a failure message can show. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'body';
		return `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.getAttribute('aria-label') ?? el.getAttribute('type') ?? ''}`.trim();
	});

/** Presses Tab until the locator has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 300) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached the target; focus ended on ${await focused(page)}`);
}

/** The focus indicator of the focused element: its outline, or failing that its box shadow. */
const focusRing = (page: Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.activeElement!);
		return {
			outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
			shadow: style.boxShadow
		};
	});

const tokyo = places.find((p) => p.slug === 'tokyo')!;
const tokyoCount = agreementsFor('tokyo').length;

test.describe('keyboard only', () => {
	// Up to a few hundred key presses per test, each checked: more than an ordinary test's time.
	test.slow();
	test('Tab goes skip links → masthead → search → places → agreements → map', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		const order: string[] = [];
		for (let i = 0; i < 150 && !order.at(-1)?.startsWith('canvas'); i++) {
			await page.keyboard.press('Tab');
			order.push(await focused(page));
		}
		const at = (what: string) => {
			const i = order.indexOf(what);
			expect(i, `${what} in the Tab order:\n${order.join('\n')}`).toBeGreaterThanOrEqual(0);
			return i;
		};
		const sequence = [
			at('a #panel'),
			at('a #map'),
			at('a /'),
			at('input search'),
			at('select'),
			at(`a /places/${places[0].slug}`),
			at(`a /places/${places.at(-1)!.slug}`),
			at(`a /agreements/${agreements[0].slug}`),
			at('canvas Map of the places in the article')
		];
		expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
	});

	test('Enter on a place selects it, moves focus to its panel and announces it', async ({
		page
	}) => {
		await page.goto('/');
		await mapReady(page);
		const link = page.getByRole('link', { name: new RegExp(`^${tokyo.name} \\d+ agreements?$`) });
		// The count is read with the name, as it is shown (WCAG 2.5.3).
		await expect(link).toHaveAccessibleName(`${tokyo.name} ${tokyoCount} agreements`);
		await tabTo(page, link);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/places\/tokyo/);
		const heading = page.getByRole('heading', { level: 1, name: tokyo.name });
		await expect(heading).toBeFocused();
		await expect(page.locator('.announcer')).toHaveText(
			`${tokyo.name} selected, ${tokyoCount} agreements`
		);
	});

	test('Esc goes back to the list as it was, focus on the place it left', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await page.getByRole('searchbox').fill('Tokyo');
		await expect(page).toHaveURL(/\?q=Tokyo/);
		const link = page.getByRole('link', { name: new RegExp(`^${tokyo.name} \\d+ agreements?$`) });
		await tabTo(page, link);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name: tokyo.name })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/\?q=Tokyo/);
		await expect(page.getByRole('searchbox')).toHaveValue('Tokyo');
		await expect(link).toBeFocused();
	});

	test('Esc on a page opened directly goes to the list too', async ({ page }) => {
		await page.goto('/places/tokyo');
		await mapReady(page);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/(#.*)?$/);
		await expect(
			page.getByRole('link', { name: new RegExp(`^${tokyo.name} \\d+ agreements?$`) })
		).toBeFocused();
	});

	test('Esc closes the share dialog and stays on the place', async ({ page }) => {
		await page.goto('/places/tokyo');
		await mapReady(page);
		const share = page.getByRole('button', { name: 'Share' });
		await tabTo(page, share);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(page).toHaveURL(/\/places\/tokyo/);
		await expect(share).toBeFocused();
	});

	test('the map canvas takes focus, says which keys move it, and they do', async ({ page }) => {
		await page.goto('/places/tokyo#6/35.68/139.76');
		await mapReady(page);
		await mapSettled(page);
		const canvas = page.getByRole('region', { name: 'Map of the places in the article' });
		await expect(canvas).toHaveAccessibleDescription(/arrow keys to pan.*plus or minus to zoom/);
		const help = page.locator('.map-keys');
		expect((await help.boundingBox())!.width).toBeLessThanOrEqual(1);
		// The skip link is the second stop from the top of the page.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(canvas).toBeFocused();
		// While the canvas has keyboard focus its help is on screen for sighted readers too.
		expect((await help.boundingBox())!.width).toBeGreaterThan(100);
		expect((await focusRing(page)).outline).toBeGreaterThanOrEqual(2);
		await page.keyboard.press('ArrowRight');
		// The hash follows the camera once it stops; a loaded machine needs more than the default.
		await expect(page).not.toHaveURL(/#6\/35\.68\/139\.76$/, { timeout: 15_000 });
	});

	test('every kind of control shows where the focus is', async ({ page }) => {
		await page.goto('/places/tokyo');
		await mapReady(page);
		// The skip link, hidden above the page until focused, comes into view.
		await page.keyboard.press('Tab');
		await expect(page.locator('.skip').first()).toBeFocused();
		await expect(page.locator('.skip').first()).toBeInViewport();
		await page.screenshot({ path: test.info().outputPath('focus-skip-link.png') });
		// In Tab order from there: masthead, a button, a link in the panel, the legend.
		const targets = [
			page.locator('.skip').first(),
			page.locator('.brand'),
			page.getByRole('button', { name: 'Share' }),
			page.getByRole('link', { name: '← All places and agreements' }),
			page.locator('.legend summary')
		];
		for (const target of targets) {
			if (!(await target.evaluate((el) => el === document.activeElement)))
				await tabTo(page, target);
			const ring = await focusRing(page);
			expect(
				ring.outline >= 2 || ring.shadow !== 'none',
				`focus ring on ${await focused(page)}: ${JSON.stringify(ring)}`
			).toBe(true);
		}
	});
});
