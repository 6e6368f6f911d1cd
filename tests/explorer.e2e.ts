import {
	agreements,
	agreementsFor,
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

const CARD_PLACES = [
	'nagato',
	'tokyo',
	'vladivostok',
	'sakhalin-2',
	'south-kurils',
	'sakhalin-hokkaido-bridge'
];
const placeBySlug = new Map(places.map((p) => [p.slug, p]));

test.describe('place pages', () => {
	for (const slug of CARD_PLACES) {
		test(`/places/${slug} shows the place and its agreements`, async ({ page }) => {
			const place = placeBySlug.get(slug)!;
			await page.goto(`/places/${slug}`);
			await expect(page).toHaveTitle(new RegExp(place.name.replace(/[/()]/g, '.')));
			await expect(page.getByRole('heading', { level: 1, name: place.name })).toBeVisible();
			const expected = agreementsFor(slug);
			expect(expected.length, 'the article ties agreements to every card place').toBeGreaterThan(0);
			await expect(page.locator('article.agreement')).toHaveCount(expected.length);
			for (const a of expected) {
				await expect(page.locator(`[data-agreement="${a.slug}"]`)).toContainText(a.source[0].quote);
			}
			await mapReady(page);
			await mapSettled(page);
			// The map was fitted to the place: its label point is in view.
			const view = await mapView(page);
			const [[w, s], [e, n]] = view.bounds;
			const [lng, lat] = geo[slug].center;
			expect(lng).toBeGreaterThan(w);
			expect(lng).toBeLessThan(e);
			expect(lat).toBeGreaterThan(s);
			expect(lat).toBeLessThan(n);
		});
	}

	test('the disputed islands carry both names and a neutral statement', async ({ page }) => {
		await page.goto('/places/south-kurils');
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toContainText('South Kurils');
		await expect(h1).toContainText('Northern Territories');
		await expect(page.locator('article.place')).toContainText(/Russia administers/);
		await expect(page.locator('article.place')).toContainText(/Japan claims/);
		await expect(page.locator('.measures')).toContainText('km²');
	});

	test('a bridge panel shows its length measured from the geometry', async ({ page }) => {
		await page.goto('/places/sakhalin-hokkaido-bridge');
		await expect(page.locator('.measures')).toContainText(/\d+(\.\d)? km/);
	});
});

test.describe('the map', () => {
	test('clicking a feature opens its place, and Back returns', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await mapSettled(page);
		const { x, y } = await pixelOf(page, geo.tokyo.center);
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(/\/places\/tokyo(#.*)?$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Tokyo' })).toBeVisible();
		await expect(page.locator('article.agreement').first()).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(#.*)?$/);
		await expect(page.getByRole('heading', { name: 'Places', exact: true })).toBeVisible();
	});

	test('clicking the islands’ polygons opens the South Kurils', async ({ page }) => {
		await page.goto('/#7/44.3/146.5');
		await mapReady(page);
		await mapSettled(page);
		const { x, y } = await pixelOf(page, geo['south-kurils'].center);
		await page.mouse.click(x, y);
		await expect(page).toHaveURL(/\/places\/south-kurils/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Northern Territories');
	});

	test('the pointer shows what is clickable @desktop', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await mapSettled(page);
		const { x, y } = await pixelOf(page, geo.nagato.center);
		await page.mouse.move(x, y);
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
	});

	test('the URL hash opens that view, in MapLibre’s format', async ({ page }) => {
		await page.goto('/#6/45.0/147.8');
		await mapReady(page);
		const view = await mapView(page);
		expect(view.zoom).toBeCloseTo(6, 1);
		expect(view.lat).toBeCloseTo(45, 1);
		expect(view.lng).toBeCloseTo(147.8, 1);
	});

	test('a malformed hash falls back to the default view', async ({ page }) => {
		await page.goto('/#not/a/view');
		await mapReady(page);
		const view = await mapView(page);
		expect(view.lng).toBeGreaterThan(120);
		expect(view.lng).toBeLessThan(160);
	});

	test('an agreement highlights and fits every place it involves', async ({ page }) => {
		const multi = agreements.find((a) => a.slug === 'sakhalin-railway-bridges')!;
		const involved = involvedPlaces(multi);
		await page.goto('/');
		await mapReady(page);
		await page.getByRole('link', { name: multi.title }).click();
		await expect(page).toHaveURL(new RegExp(`/agreements/${multi.slug}`));
		await mapSettled(page);
		const view = await mapView(page);
		const [[w, s], [e, n]] = view.bounds;
		for (const slug of involved) {
			const [lng, lat] = geo[slug].center;
			expect(lng, slug).toBeGreaterThan(w);
			expect(lng, slug).toBeLessThan(e);
			expect(lat, slug).toBeGreaterThan(s);
			expect(lat, slug).toBeLessThan(n);
		}
		const highlighted = await page.evaluate(() => {
			const m = (
				window as unknown as {
					__atlasMap: { queryRenderedFeatures(o: object): { properties: { slug: string } }[] };
				}
			).__atlasMap;
			return [
				...new Set(
					m
						.queryRenderedFeatures({
							layers: ['selected-point', 'selected-line', 'selected-outline', 'selected-marker']
						})
						.map((f) => f.properties.slug)
				)
			].sort();
		});
		expect(highlighted).toEqual([...involved].sort());
	});

	test('the legend hides and shows a kind of place', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		const count = () =>
			page.evaluate(() => {
				const m = (
					window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): unknown[] } }
				).__atlasMap;
				return m.queryRenderedFeatures({ layers: ['places-fill'] }).length;
			});
		await page.goto('/#6/44.5/146.5');
		await mapReady(page);
		await mapSettled(page);
		expect(await count()).toBeGreaterThan(0);
		const legend = page.locator('details.legend');
		if (!(await legend.evaluate((d: HTMLDetailsElement) => d.open)))
			await legend.locator('summary').click();
		const toggle = page.getByRole('checkbox', { name: /disputed/i });
		await toggle.uncheck();
		await expect.poll(count).toBe(0);
		await toggle.check();
		await expect.poll(count).toBeGreaterThan(0);
	});
});

test.describe('the list', () => {
	test('search finds agreements by company, under either spelling', async ({ page }) => {
		await page.goto('/');
		const search = page.getByRole('searchbox');
		await search.fill('Sojits');
		const found = agreements.filter((a) => JSON.stringify(a).includes('sojitz'));
		await expect(page.locator('#agreements-heading + ul > li')).toHaveCount(found.length);
		await search.fill('Mitsui');
		await expect(page.locator('#agreements-heading + ul > li').first()).toBeVisible();
		await search.fill('zzzz-nothing');
		await expect(page.getByText('No agreement matches.')).toBeVisible();
	});

	test('the sector filter keeps only that sector', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('combobox', { name: 'Sector' }).selectOption('energy');
		const energy = agreements.filter((a) => a.sector === 'energy');
		await expect(page.locator('#agreements-heading + ul > li')).toHaveCount(energy.length);
	});

	test('a place in the list opens its panel and moves the map', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await page.getByRole('link', { name: /^Vladivostok/ }).click();
		await expect(page).toHaveURL(/\/places\/vladivostok/);
		await expect(page.getByRole('heading', { level: 1, name: 'Vladivostok' })).toBeVisible();
		await mapSettled(page);
		const view = await mapView(page);
		expect(Math.abs(view.lng - geo.vladivostok.center[0])).toBeLessThan(6);
	});
});

test.describe('not found', () => {
	test('an unknown place answers a real 404 with a way back', async ({ page }) => {
		const response = await page.goto('/places/atlantis');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Tokyo' })).toHaveAttribute(
			'href',
			'/places/tokyo'
		);
		await page.getByRole('link', { name: 'Back to the map' }).click();
		await expect(page.getByRole('heading', { name: 'Places', exact: true })).toBeVisible();
	});
});

test.describe('phone layout', () => {
	test('the panel is a bottom sheet over the map @phone', async ({ page }) => {
		await page.goto('/places/tokyo');
		await mapReady(page);
		const panel = await page.locator('#panel').boundingBox();
		const viewport = page.viewportSize()!;
		expect(panel!.y + panel!.height).toBeCloseTo(viewport.height, -1);
		expect(panel!.height).toBeLessThan(viewport.height * 0.6);
		const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
		expect(canvas!.height).toBeGreaterThan(viewport.height * 0.6);
		// The legend starts folded so it does not cover the map.
		await expect(page.getByRole('checkbox', { name: /railways/i })).toBeHidden();
		await page.getByText('Map layers').click();
		await expect(page.getByRole('checkbox', { name: /railways/i })).toBeVisible();
	});
});
