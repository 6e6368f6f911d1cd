import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import { agreements, events, expect, mapReady, mapSettled, test } from './fixtures';

interface Atlas {
	__atlasMap: { once(type: string, listener: () => void): unknown };
}

/** WCAG 2.1 A and AA: what the issue asks of every page kind. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One page of every kind the site has; those with a map are checked once it has drawn. */
const PAGES: { path: string; map: boolean }[] = [
	{ path: '/', map: true },
	{ path: '/places/tokyo', map: true },
	{ path: `/agreements/${agreements[0].slug}`, map: true },
	{ path: `/events/${events[0].slug}`, map: true },
	{ path: '/agreements', map: true },
	{ path: '/events', map: true },
	{ path: '/places', map: true },
	{ path: '/data', map: true },
	{ path: '/tour/3', map: true },
	{ path: '/tour/presenter', map: false },
	{ path: '/tour/print', map: false },
	{ path: '/tour/new', map: false },
	{ path: '/404', map: true },
	{ path: '/no-such-page', map: true },
	{ path: '/embed/places/tokyo', map: true },
	// The translated pages: their own words, lengths and fonts, checked like the English ones.
	{ path: '/ru/places/tokyo', map: true },
	{ path: '/ja/places/tokyo', map: true },
	{ path: '/ru/agreements', map: true },
	{ path: '/ja/tour/3', map: true },
	{ path: '/ru/tour/new', map: false }
];

/** Serious and critical violations, one line each, so a failure says what to fix and where. */
async function seriousViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
}

test.describe('axe finds no serious or critical WCAG 2.1 AA violation', () => {
	for (const { path, map } of PAGES) {
		test(path, async ({ page }) => {
			await page.goto(path);
			if (map) {
				await mapReady(page);
				await mapSettled(page);
			}
			expect(await seriousViolations(page)).toEqual([]);
		});
	}

	test('the share dialog, open', async ({ page }) => {
		await page.goto('/places/tokyo');
		await mapReady(page);
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
});

test.describe('screen readers and motion', () => {
	test('each tour step is announced: one live title whose words follow the step @desktop', async ({
		page
	}) => {
		await page.goto('/tour/3');
		await mapReady(page);
		const title = page.locator('h1[aria-live="polite"]');
		await expect(title).toHaveText(`Step 3 of ${tour.length}: ${tour[2].title}`);
		// The same element, changed in place: a replaced live region would be announced by nothing.
		await title.evaluate((el) => (el.dataset.probe = 'kept'));
		await page.keyboard.press('ArrowRight');
		await expect(title).toHaveText(`Step 4 of ${tour.length}: ${tour[3].title}`);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(title).toHaveText(`Step 2 of ${tour.length}: ${tour[1].title}`);
		await expect(title).toHaveAttribute('data-probe', 'kept');
	});

	test('with reduced motion a selection and the map’s own keys jump; otherwise they glide', async ({
		page
	}) => {
		/**
		 * Presses a key and reports whether the camera glided: a jump starts and ends its move in
		 * one call, an animation ends it in a later frame. (Frame timing is not read, so a busy
		 * machine's slow frames cannot pass off a glide as a jump.)
		 */
		async function movingAfter(key: string) {
			await page.evaluate(() => {
				const w = window as unknown as Atlas & { __glided?: boolean };
				delete w.__glided;
				w.__atlasMap.once('movestart', () => {
					let sameCall = true;
					w.__atlasMap.once('moveend', () => (w.__glided = !sameCall));
					queueMicrotask(() => (sameCall = false));
				});
			});
			await page.keyboard.press(key);
			const handle = await page.waitForFunction(() => {
				const { __glided } = window as unknown as { __glided?: boolean };
				return __glided === undefined ? null : { glided: __glided };
			});
			const result = ((await handle.jsonValue()) as { glided: boolean }).glided;
			await mapSettled(page);
			return result;
		}

		for (const reducedMotion of ['no-preference', 'reduce'] as const) {
			await page.emulateMedia({ reducedMotion });
			const animated = reducedMotion === 'no-preference';
			await page.goto('/#5/45/140');
			await mapReady(page);
			await mapSettled(page);
			await page.getByRole('link', { name: /^Tokyo \d+ agreements?$/ }).focus();
			expect(await movingAfter('Enter'), `selecting, ${reducedMotion}`).toBe(animated);
			await page.getByRole('region', { name: /^Map of the places/ }).focus();
			expect(await movingAfter('ArrowRight'), `panning, ${reducedMotion}`).toBe(animated);
		}
	});
});
