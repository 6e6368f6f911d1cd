import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import { agreements, events, expect, mapReady, places, test } from './fixtures';

// A teacher's own tour (/tour/new): built, presented, shared and printed as a teacher would.
// Every title carries @desktop, so the phone project runs only the one marked @phone.
test.use({ viewport: { width: 1280, height: 720 } });

const STORE = 'nagato-atlas:tours';
const place = places.find((p) => p.slug === 'vladivostok') ?? places[0];
const agreement = agreements[0];
const event = events.find((e) => e.places.length)!;
const builtIn = tour[2];

/** The editor's steps, in order, by their title fields. */
const titles = (page: Page) =>
	page
		.locator('li.step input[type=text]')
		.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

async function addStep(page: Page, label: string) {
	await page.getByLabel('Add a step').selectOption({ label });
	await page.getByRole('button', { name: 'Add step' }).click();
}

/** Builds the 4-step tour from scratch; returns the link the editor offers. */
async function buildTour(page: Page) {
	await page.goto('/tour/new');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make your own tour');
	await expect(page.locator('.limits')).toContainText('30 steps');
	await page.getByLabel('Tour name').fill('Energy and islands');
	await addStep(page, `3. ${builtIn.title}`);
	await addStep(page, place.name);
	await addStep(page, agreement.title);
	await addStep(page, event.title);
	await expect(page.locator('li.step')).toHaveCount(4);
	// Adding a step puts the focus in its title, ready to rewrite it.
	await expect(page.locator('li.step').nth(3).getByLabel('Title')).toBeFocused();

	const second = page.locator('li.step').nth(1);
	await second.getByLabel('Title').fill('Where the pipeline starts');
	await second.getByLabel(/Speaker notes/).fill('Ask who has been to the Far East.\nPoint north.');
	// The article's quotes are shown, and there is nothing to type them into.
	await second.getByText(/The article's words/).click();
	await expect(second.locator('blockquote').first()).toBeVisible();
	await expect(second.locator('blockquote textarea, blockquote input')).toHaveCount(0);

	// Reorder with the buttons: the event moves up to step 3, keeping the focus on its button.
	const fourth = page.locator('li.step').nth(3);
	await fourth.getByRole('button', { name: 'Move up' }).click();
	await expect(
		page.locator('li.step').nth(2).getByRole('button', { name: 'Move up' })
	).toBeFocused();
	await expect(page.getByRole('status').first()).toContainText('is now step 3');
	expect(await titles(page)).toEqual([
		builtIn.title,
		'Where the pipeline starts',
		event.title,
		agreement.title
	]);
	const link = await page.getByLabel(/Link to this tour/).inputValue();
	expect(link).toMatch(/\/tour\/custom\/1#t=1\.[A-Za-z0-9_-]+$/);
	return link;
}

test.describe('a teacher’s own tour', () => {
	test('built from scratch, presented with the clicker keys, printed @desktop', async ({
		page,
		browser
	}) => {
		const link = await buildTour(page);
		console.log(`4-step tour link: ${link.length} characters`);
		expect(link.length).toBeLessThan(600);

		// Present it exactly like the built-in tour.
		await page.getByRole('link', { name: 'Present', exact: true }).click();
		await mapReady(page);
		const caption = page.locator('h1.step-title');
		await expect(caption).toContainText(builtIn.title);
		await expect(page.locator('.progress-count')).toHaveText('Step 1 / 4');
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/\/tour\/custom\/2#t=1\./);
		await expect(caption).toContainText('Where the pipeline starts');
		await page.keyboard.press('PageDown');
		await expect(caption).toContainText(event.title);
		await page.keyboard.press('b');
		await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
		await page.keyboard.press('b');
		await expect(page.getByRole('button', { name: /Screen blanked/ })).toHaveCount(0);
		await page.keyboard.press('End');
		await expect(caption).toContainText(agreement.title);
		await expect(page.locator('.progress-count')).toHaveText('Step 4 / 4');
		await page.keyboard.press('PageUp');
		await expect(caption).toContainText(event.title);
		// The share dialog shares the tour itself; a custom tour has no embed.
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page.getByLabel('Link to this view')).toHaveValue(/\/tour\/custom\/3#t=1\./);
		await expect(page.getByLabel('QR code of the link')).toBeVisible();
		await expect(page.getByText('Embed this map in a page')).toHaveCount(0);
		await page.keyboard.press('Escape');

		// Edit this tour: the editor opens it again, and what is typed there stays typed.
		await page.getByRole('link', { name: 'Edit this tour' }).click();
		await expect(page).toHaveURL(/\/tour\/new#t=1\./);
		const first = page.locator('li.step').first().getByLabel('Title');
		await expect(first).toHaveValue(builtIn.title);
		await first.fill('Renamed in the editor');
		await page.getByLabel('Tour name').fill('Energy and islands');
		await expect(first).toHaveValue('Renamed in the editor');
		await expect(page.locator('.saved-list li')).toHaveCount(1);
		await page.goBack();

		// The link opens the same tour in a fresh browser, with nothing stored there.
		const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		const fresh = await other.newPage();
		await fresh.goto(link);
		await expect(fresh.locator('h1.step-title')).toContainText(builtIn.title);
		await fresh.keyboard.press('ArrowRight');
		await expect(fresh.locator('h1.step-title')).toContainText('Where the pipeline starts');
		expect(await fresh.evaluate((k) => localStorage.getItem(k), STORE)).toBeNull();
		await other.close();

		// The handout: one page and one map per step, the notes' step with its own title.
		await page.goto(link.replace('/tour/custom/1', '/tour/custom/print'));
		const steps = page.locator('.print-step');
		await expect(steps).toHaveCount(4);
		await expect(page.locator('.tour-name')).toHaveText('Energy and islands');
		await expect(steps.nth(1).getByRole('heading', { level: 2 })).toHaveText(
			'Where the pipeline starts'
		);
		for (let i = 0; i < 4; i++) {
			const img = steps.nth(i).locator('img');
			await expect(img).toHaveAttribute('src', /^\/maps\/places\/[a-z0-9_-]+\.svg$/);
			await img.scrollIntoViewIfNeeded();
			await expect
				.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
				.toBeGreaterThan(0);
		}

		// The presenter view shows the teacher's notes.
		await page.goto(link.replace('/tour/custom/1', '/tour/custom/presenter'));
		await page.getByRole('button', { name: 'Next →' }).click();
		await expect(page.locator('.notes li')).toHaveText([
			'Ask who has been to the Far East.',
			'Point north.'
		]);

		// Back in the editor, the tour is listed as made on this device.
		await page.goto('/tour/new');
		await expect(page.locator('.saved-list li')).toHaveCount(1);
		await expect(page.locator('.saved-name')).toHaveText('Energy and islands');
		await page.getByRole('button', { name: 'Edit “Energy and islands”' }).click();
		expect(await titles(page)).toHaveLength(4);
	});

	test('a hostile or broken link shows a message and keeps the saved tours @desktop', async ({
		page
	}) => {
		await buildTour(page);
		const stored = await page.evaluate((k) => localStorage.getItem(k), STORE);
		expect(stored).toContain('Energy and islands');
		const good = (await page.getByLabel(/Link to this tour/).inputValue()).split('#t=')[1];
		const hostile = [
			good.slice(0, 20), // truncated
			'2.' + good.slice(2), // a later version
			'1.' + 'A'.repeat(70_000), // oversized
			'<script>alert(1)</script>'
		];
		await page.exposeFunction('__alerted', () => {
			throw new Error('a link ran script');
		});
		page.on('dialog', () => {
			throw new Error('a link opened a dialog');
		});
		for (const code of hostile) {
			await page.goto('/tour/new');
			await page.goto(`/tour/custom/2#t=${code}`);
			await expect(page).toHaveURL(/\/tour\/new#t=/);
			await expect(page.getByRole('alert')).toContainText('This tour link cannot be opened');
			await expect(page.locator('li.step')).toHaveCount(0);
			expect(await page.evaluate((k) => localStorage.getItem(k), STORE)).toBe(stored);
			await expect(page.locator('.saved-list li')).toHaveCount(1);
		}
		await expect(page.getByRole('alert')).toContainText('damaged or cut short');
	});

	test('a title with script in it is shown as text @desktop', async ({ page }) => {
		await page.goto('/tour/new');
		await addStep(page, place.name);
		await page.locator('li.step').getByLabel('Title').fill('<img src=x onerror=alert(1)>');
		await page.getByRole('link', { name: 'Present', exact: true }).click();
		await expect(page.locator('h1.step-title')).toContainText('<img src=x onerror=alert(1)>');
		await expect(page.locator('h1.step-title img')).toHaveCount(0);
		await mapReady(page);
	});

	test('the editor and a presented step are axe clean @phone', async ({ page }) => {
		await page.goto('/tour/new');
		await addStep(page, place.name);
		await addStep(page, event.title);
		const editor = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(editor.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		await page.getByRole('link', { name: 'Present', exact: true }).click();
		await mapReady(page);
		const step = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			step.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.help}`)
		).toEqual([]);
	});
});
