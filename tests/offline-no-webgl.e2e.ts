import en from '../messages/en.json' with { type: 'json' };
import { BUDGET, expect, places, test, withoutWebGL } from './fixtures';
import { cached, freshInstall, goOffline } from './offline-helpers';

// "Save for offline" in a browser without WebGL2: the static SVG maps are what it shows, so the
// save keeps them (a browser with WebGL2 never downloads them: tests/offline.e2e.ts).
test.use(withoutWebGL);
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: BUDGET.offlineInstall + BUDGET.offlineSave + 30_000 });

test('without WebGL2, a save keeps the static maps, and offline a place shows its map @desktop', async ({
	page,
	context
}) => {
	await freshInstall(page, '/places/tokyo', (p) =>
		expect(p.locator('.static-map img')).toBeVisible()
	);
	await page.getByRole('button', { name: en.offline_save }).first().click();
	const dialog = page.getByRole('dialog', { name: en.offline_save });
	await expect(dialog.getByText(/It will take/)).toBeVisible();
	await dialog.getByRole('button', { name: en.offline_save_start, exact: true }).click();
	await expect(dialog.getByText(/Saved for offline: [\d.]+\sMB, English · /)).toBeVisible({
		timeout: BUDGET.offlineSave
	});
	// Every place's English static map is kept (and the maps of several places together); no
	// other language's.
	const maps = (await cached(page)).paths.filter((p) => /\/maps\/.+\.svg$/.test(p));
	expect(maps).toEqual(expect.arrayContaining(places.map((p) => `/maps/places/${p.slug}.svg`)));
	expect(maps.filter((p) => !p.startsWith('/maps/') && !p.startsWith('/tour/maps/'))).toEqual([]);

	await dialog.getByRole('button', { name: en.close }).click();
	const reached = await goOffline(context);
	await page.goto(`/places/${places.at(-1)!.slug}`);
	const img = page.locator('.static-map img');
	await expect(img).toBeVisible();
	await expect
		.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
		.toBeGreaterThan(0);
	expect(reached).toEqual([]);
});
