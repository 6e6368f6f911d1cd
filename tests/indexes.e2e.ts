import type { Page } from '@playwright/test';
import {
	agreements,
	events,
	expect,
	geo,
	mapReady,
	mapSettled,
	mapView,
	places,
	test
} from './fixtures';

type Agreement = (typeof agreements)[number];

/** Date order; on the same day the longer event (the visit) comes before its parts. */
const timeline = [...events].sort(
	(a, b) =>
		a.date.localeCompare(b.date) ||
		('endDate' in b ? b.endDate! : b.date).localeCompare('endDate' in a ? a.endDate! : a.date)
);
const agreementsAt = (slug: string) => agreements.filter((a) => a.event === slug);
const slugsOf = (list: Agreement[]) => list.map((a) => a.slug).sort();

const rowSlugs = (page: Page) =>
	page
		.locator('tbody tr[data-agreement]')
		.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.agreement!));

/** True when every place's label point is inside the map's current view. */
async function fitsAll(page: Page, slugs: string[]) {
	const [[w, s], [e, n]] = (await mapView(page)).bounds;
	return slugs.every((slug) => {
		const [lng, lat] = geo[slug].center;
		return lng > w && lng < e && lat > s && lat < n;
	});
}

test.describe('events', () => {
	test('/events lists every event in date order', async ({ page }) => {
		await page.goto('/events');
		await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
		const items = page.locator('.timeline > li');
		await expect(items).toHaveCount(events.length);
		const order = await items.evaluateAll((lis) =>
			lis.map((li) => (li as HTMLElement).dataset.event)
		);
		expect(order).toEqual(timeline.map((e) => e.slug));
		const dates = await page
			.locator('.timeline time')
			.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
		expect(dates).toEqual([...dates].sort());
		for (const e of timeline) {
			const item = page.locator(`[data-event="${e.slug}"]`);
			await expect(item.getByRole('link', { name: e.title })).toHaveAttribute(
				'href',
				`/events/${e.slug}`
			);
			await expect(item).toContainText(new RegExp(`\\b${agreementsAt(e.slug).length} agreement`));
		}
	});

	test('an event page shows its agreements, each linking back to it', async ({ page }) => {
		const event = events.find((e) => e.slug === 'tokyo-business-forum-2016')!;
		await page.goto(`/events/${event.slug}`);
		await expect(page).toHaveTitle(new RegExp(event.title));
		await expect(page.getByRole('heading', { level: 1, name: event.title })).toBeVisible();
		const expected = agreementsAt(event.slug);
		await expect(page.locator('article.agreement')).toHaveCount(expected.length);
		for (const a of expected)
			await expect(
				page.locator(`[data-agreement="${a.slug}"] a[href="/events/${event.slug}"]`)
			).toHaveText(event.title);
		await expect(page.getByRole('link', { name: 'Tokyo', exact: true }).first()).toHaveAttribute(
			'href',
			'/places/tokyo'
		);
	});

	test('opening an event fits the map to every place of it', async ({ page }) => {
		const event = events.find((e) => e.slug === 'putin-visit-japan-2016')!;
		expect(event.places.length).toBeGreaterThan(1);
		await page.goto(`/events/${event.slug}`);
		await mapReady(page);
		await mapSettled(page);
		expect(await fitsAll(page, event.places)).toBe(true);

		// And from the timeline, by a client-side navigation.
		const far = events.find((e) => e.slug === 'taormina-summit-2017')!;
		await page.getByRole('link', { name: 'All events' }).click();
		await expect(page).toHaveURL(/\/events(#.*)?$/);
		await page.getByRole('link', { name: far.title }).click();
		await expect(page.getByRole('heading', { level: 1, name: far.title })).toBeVisible();
		await expect.poll(() => fitsAll(page, far.places), { timeout: 10_000 }).toBe(true);
	});

	test('a place page links each of its events', async ({ page }) => {
		await page.goto('/places/nagato');
		for (const e of events.filter((e) => e.places.includes('nagato')))
			await expect(page.locator('ul.events').getByRole('link', { name: e.title })).toHaveAttribute(
				'href',
				`/events/${e.slug}`
			);
	});
});

test.describe('the agreements table', () => {
	test('shows a row per agreement, also without JavaScript', async ({ page, browser }) => {
		await page.goto('/agreements');
		await expect(page.locator('tbody tr[data-agreement]')).toHaveCount(agreements.length);
		expect((await rowSlugs(page)).sort()).toEqual(slugsOf(agreements));

		const context = await browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto('/agreements');
		await expect(plain.getByRole('table')).toContainText('not converted');
		await expect(plain.locator('tbody tr[data-agreement]')).toHaveCount(agreements.length);
		await context.close();
	});

	test('sorting by value puts the largest dollar value first', async ({ page }) => {
		const largest = agreements
			.filter((a) => a.value?.currency === 'USD')
			.sort((a, b) => b.value!.amount - a.value!.amount)[0];
		await page.goto('/agreements');
		await page.getByRole('button', { name: 'Value' }).click();
		const th = page.getByRole('columnheader', { name: 'Value' });
		await expect(th).toHaveAttribute('aria-sort', 'descending');
		await expect(page.locator('tbody tr').first()).toHaveAttribute('data-agreement', largest.slug);
		await expect(page).toHaveURL(/sort=value&dir=desc/);
		await page.getByRole('button', { name: 'Value' }).click();
		await expect(th).toHaveAttribute('aria-sort', 'ascending');
		// Agreements without a figure stay last either way.
		const last = await page.locator('tbody tr').last().getAttribute('data-agreement');
		expect(agreements.find((a) => a.slug === last)!.value).toBeUndefined();
	});

	test('filters keep exactly the matching rows, and a reload keeps them', async ({ page }) => {
		await page.goto('/agreements');
		const pick = (name: string, value: string) =>
			page.getByRole('combobox', { name }).selectOption(value);

		await pick('Sector', 'energy');
		let expected = agreements.filter((a) => a.sector === 'energy');
		await expect.poll(async () => (await rowSlugs(page)).sort()).toEqual(slugsOf(expected));

		await pick('Party', 'mitsui');
		expected = expected.filter((a) => a.parties.includes('mitsui'));
		await expect.poll(async () => (await rowSlugs(page)).sort()).toEqual(slugsOf(expected));

		await pick('Status', 'agreed');
		await expect(page.locator('tbody tr[data-agreement]')).toHaveCount(0);
		await expect(page.getByText('No agreement matches these filters.')).toBeVisible();

		await pick('Status', 'signed');
		expected = expected.filter((a) => a.status === 'signed');
		expect(expected.length).toBeGreaterThan(0);
		await expect.poll(async () => (await rowSlugs(page)).sort()).toEqual(slugsOf(expected));

		await expect(page).toHaveURL(/\?sector=energy&party=mitsui&status=signed(#|$)/);
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Sector' })).toHaveValue('energy');
		await expect(page.getByRole('combobox', { name: 'Party' })).toHaveValue('mitsui');
		await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('signed');
		await expect.poll(async () => (await rowSlugs(page)).sort()).toEqual(slugsOf(expected));
	});

	test('the status filter alone, and search, reduce to the matching rows', async ({ page }) => {
		await page.goto('/agreements');
		await page.getByRole('combobox', { name: 'Status' }).selectOption('proposed');
		await expect
			.poll(async () => (await rowSlugs(page)).sort())
			.toEqual(slugsOf(agreements.filter((a) => a.status === 'proposed')));
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.locator('tbody tr[data-agreement]')).toHaveCount(agreements.length);
		await page.getByRole('searchbox', { name: 'Search' }).fill('Sojits');
		await expect
			.poll(async () => (await rowSlugs(page)).sort())
			.toEqual(slugsOf(agreements.filter((a) => a.parties.includes('sojitz'))));
		await expect(page).toHaveURL(/q=Sojits/);
	});

	test('changing filters adds no history entries', async ({ page }) => {
		await page.goto('/places');
		await page.locator('.masthead').getByRole('link', { name: 'Agreements' }).click();
		await expect(page).toHaveURL(/\/agreements(#.*)?$/);
		await page.getByRole('combobox', { name: 'Sector' }).selectOption('energy');
		await expect(page).toHaveURL(/sector=energy/);
		await page.getByRole('combobox', { name: 'Status' }).selectOption('signed');
		await expect(page).toHaveURL(/status=signed/);
		await page.goBack();
		await expect(page).toHaveURL(/\/places(#.*)?$/);
	});

	test('a hostile query renders as text and runs nothing', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const hostile = '<img src=x onerror=alert(1)>';
		await page.goto(
			`/agreements?q=${encodeURIComponent(hostile)}&sector=%3Cscript%3E&sort=__proto__`
		);
		await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(hostile);
		await expect(page.getByRole('status')).toContainText(`matching “${hostile}”`);
		await expect(page.getByRole('combobox', { name: 'Sector' })).toHaveValue('');
		await expect(page.getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await page.goto(`/agreements?q=${encodeURIComponent('<script>alert(2)</script>')}`);
		await expect(page.getByRole('status')).toContainText('<script>alert(2)</script>');
		expect(dialogs).toEqual([]);
	});
});

test.describe('places index', () => {
	test('/places lists every place under its kind', async ({ page }) => {
		await page.goto('/places');
		await expect(page.getByRole('heading', { level: 1, name: 'Places' })).toBeVisible();
		await expect(page.locator('li[data-place]')).toHaveCount(places.length);
		for (const p of places) {
			const item = page.locator(`li[data-place="${p.slug}"]`);
			await expect(item.getByRole('link', { name: p.name, exact: true })).toHaveAttribute(
				'href',
				`/places/${p.slug}`
			);
			await expect(item).toContainText(p.summary);
		}
		const kinds = new Set(places.map((p) => p.kind));
		await expect(page.getByRole('heading', { level: 2 })).toHaveCount(kinds.size);
	});
});

test.describe('navigation', () => {
	test('the home page links the three indexes', async ({ page }) => {
		await page.goto('/');
		const nav = page.locator('main').getByRole('navigation', { name: 'Indexes' });
		for (const [name, href] of [
			['Places', '/places'],
			['Agreements', '/agreements'],
			['Events', '/events']
		])
			await expect(nav.getByRole('link', { name })).toHaveAttribute('href', href);
	});

	test('the masthead links fit a phone without overflow @phone', async ({ page }) => {
		await page.goto('/agreements');
		const nav = page.locator('.masthead').getByRole('navigation', { name: 'Indexes' });
		await expect(nav.getByRole('link', { name: 'Events' })).toBeInViewport();
		const overflow = await page.evaluate(() => {
			const m = document.querySelector('.masthead')!;
			return {
				page: document.documentElement.scrollWidth - innerWidth,
				masthead: m.scrollWidth - m.clientWidth
			};
		});
		expect(overflow).toEqual({ page: 0, masthead: 0 });
		// The table's rows are stacked in the sheet: nothing scrolls sideways.
		const panel = page.locator('#panel');
		expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
	});
});
