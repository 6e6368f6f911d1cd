import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { agreements, events, expect, mapReady, mapSettled, test } from './fixtures';

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
	{ path: '/tour/3', map: true },
	{ path: '/tour/presenter', map: false },
	{ path: '/tour/print', map: false },
	{ path: '/404', map: true },
	{ path: '/no-such-page', map: true },
	{ path: '/embed/places/tokyo', map: true }
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
