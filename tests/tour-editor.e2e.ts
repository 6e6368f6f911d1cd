import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import { decodeTour, encodeTour } from '../src/lib/tour/custom';
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

/** The references of the tour the editor's link holds, in order. */
async function linkRefs(page: Page) {
	const link = await page.getByLabel(/Link to this tour/).inputValue();
	const decoded = decodeTour(link.split('#t=')[1]);
	return decoded.ok ? decoded.tour.s.map((s) => s.r) : [];
}

/** The middle of a step's drag handle, in the window. */
async function gripOf(step: Locator) {
	const box = (await step.locator('.grip').boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Scrolls the page so that a step's top is 100 px below the window's, clear of its edges. */
const atTop = (step: Locator) =>
	step.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - 100));

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

	test('steps reorder by dragging them with the mouse; the link follows @desktop', async ({
		page
	}) => {
		await page.goto('/tour/new');
		await addStep(page, `3. ${builtIn.title}`);
		await addStep(page, place.name);
		await addStep(page, agreement.title);
		await addStep(page, event.title);
		const refs = [`t:${builtIn.slug}`, `p:${place.slug}`, `a:${agreement.slug}`, `e:${event.slug}`];
		expect(await linkRefs(page)).toEqual(refs);
		const items = page.locator('li.step');
		await expect(page.getByText('drag a step by its handle')).toBeVisible();

		// Step 2, by its handle, up past the middle of step 1: a line shows where it will land.
		await atTop(items.nth(0));
		const start = await gripOf(items.nth(1));
		const first = (await items.nth(0).boundingBox())!;
		await page.mouse.move(start.x, start.y);
		await page.mouse.down();
		await page.mouse.move(start.x, first.y + first.height / 2 - 20, { steps: 8 });
		await expect(items.nth(1)).toHaveClass(/\bdragged\b/);
		await expect(items.nth(0)).toHaveClass(/\bdrop-before\b/);
		await expect(items.nth(0).locator('.drop-label')).toHaveText('Step 1');
		await page.mouse.up();
		await expect(page.locator('.drop-before, .drop-after, .dragged')).toHaveCount(0);
		expect(await titles(page)).toEqual([place.name, builtIn.title, agreement.title, event.title]);
		await expect(page.getByRole('status').first()).toHaveText(
			`“${place.name}” moved from step 2 to step 1.`
		);
		expect(await linkRefs(page)).toEqual([refs[1], refs[0], refs[2], refs[3]]);
		await expect(items.nth(0).getByRole('heading', { level: 3 })).toContainText('Step 1');

		// The last step to the top: held at the window's top edge, the page scrolls along.
		await atTop(items.nth(3));
		const last = await gripOf(items.nth(3));
		await page.mouse.move(last.x, last.y);
		await page.mouse.down();
		await page.mouse.move(last.x, 2, { steps: 8 });
		await expect(items.nth(0)).toHaveClass(/\bdrop-before\b/);
		await page.mouse.up();
		expect(await titles(page)).toEqual([event.title, place.name, builtIn.title, agreement.title]);
		await expect(page.getByRole('status').first()).toHaveText(
			`“${event.title}” moved from step 4 to step 1.`
		);
		expect(await linkRefs(page)).toEqual([refs[3], refs[1], refs[0], refs[2]]);

		// Esc while dragging puts the step back.
		await atTop(items.nth(0));
		const again = await gripOf(items.nth(1));
		const top = (await items.nth(0).boundingBox())!;
		await page.mouse.move(again.x, again.y);
		await page.mouse.down();
		await page.mouse.move(again.x, top.y + top.height / 2 - 20, { steps: 8 });
		await expect(items.nth(0)).toHaveClass(/\bdrop-before\b/);
		await page.keyboard.press('Escape');
		await expect(page.locator('.drop-before, .drop-after, .dragged')).toHaveCount(0);
		await page.mouse.up();
		expect(await linkRefs(page)).toEqual([refs[3], refs[1], refs[0], refs[2]]);

		// The link presents the tour in its new order.
		await page.getByRole('link', { name: 'Present', exact: true }).click();
		await expect(page.locator('h1.step-title')).toContainText(event.title);
		await expect(page.locator('.progress-count')).toHaveText('Step 1 / 4');
	});

	test('the handle drags a step on a touch screen @phone', async ({ page, context }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/tour/new');
		await addStep(page, place.name);
		await addStep(page, agreement.title);
		await addStep(page, event.title);
		const items = page.locator('li.step');
		await atTop(items.nth(1));
		const from = await gripOf(items.nth(2));
		const to = (await items.nth(1).boundingBox())!;
		// A finger, as the touch screen reports it (pointer events of type "touch").
		const cdp = await context.newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y?: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: y === undefined ? [] : [{ x: from.x, y }]
			});
		await page.evaluate(() => {
			const w = window as unknown as { __pointerTypes: string[] };
			w.__pointerTypes = [];
			addEventListener('pointerdown', (e) => w.__pointerTypes.push(e.pointerType));
		});
		await touch('touchStart', from.y);
		for (let i = 1; i <= 8; i++)
			await touch('touchMove', from.y + ((to.y + to.height / 2 - 20 - from.y) * i) / 8);
		await expect(items.nth(1)).toHaveClass(/\bdrop-before\b/);
		await touch('touchEnd');
		expect(
			await page.evaluate(() => (window as unknown as { __pointerTypes: string[] }).__pointerTypes)
		).toEqual(['touch']);
		expect(await titles(page)).toEqual([place.name, event.title, agreement.title]);
		expect(await linkRefs(page)).toEqual([
			`p:${place.slug}`,
			`e:${event.slug}`,
			`a:${agreement.slug}`
		]);
		await expect(page.getByRole('status').first()).toHaveText(
			`“${event.title}” moved from step 3 to step 2.`
		);
	});

	test('its presenter view follows the projected window and drives it @desktop', async ({
		page,
		context
	}) => {
		const code = encodeTour({
			n: 'Two windows',
			s: [
				{ r: `t:${builtIn.slug}`, t: 'Our own start', o: 'Greet the class.\nDim the lights.' },
				{ r: `p:${place.slug}`, t: 'Our own port', o: 'Ask who has seen the sea.' },
				{ r: `a:${agreement.slug}` }
			]
		});
		await page.goto(`/tour/custom/1#t=${code}`);
		await mapReady(page);
		await expect(page.locator('h1.step-title')).toContainText('Our own start');
		const presenter = await context.newPage();
		const errors: string[] = [];
		presenter.on('pageerror', (e) => errors.push(e.message));
		presenter.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await presenter.goto(`/tour/custom/presenter#t=${code}`);

		// It finds the projected window and shows its step, in the teacher's words.
		await expect(presenter.getByRole('status')).toContainText('Projected window connected');
		await expect(presenter.locator('.current-step')).toHaveText('1');
		await expect(presenter.locator('.now-title')).toHaveText('Our own start');
		await expect(presenter.locator('ul.notes li')).toHaveText([
			'Greet the class.',
			'Dim the lights.'
		]);
		await expect(presenter.locator('.next-title')).toHaveText('2. Our own port');

		// The presenter's keys move the projected window…
		await presenter.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/\/tour\/custom\/2#t=1\./);
		await expect(page.locator('h1.step-title')).toContainText('Our own port');
		await expect(presenter.locator('.now-title')).toHaveText('Our own port');
		await expect(presenter.locator('ul.notes li')).toHaveText(['Ask who has seen the sea.']);
		await presenter.keyboard.press('ArrowRight');
		await expect(page.locator('h1.step-title')).toContainText(agreement.title);
		await expect(page.locator('.progress-count')).toHaveText('Step 3 / 3');
		await expect(presenter.locator('.next-title')).toHaveText('End of the tour');

		// …and the projected window's keys move the presenter view.
		await page.bringToFront();
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('h1.step-title')).toContainText('Our own port');
		await expect(presenter.locator('.current-step')).toHaveText('2');
		await expect(presenter.locator('.now-title')).toHaveText('Our own port');
		await page.keyboard.press('Home');
		await expect(page.locator('h1.step-title')).toContainText('Our own start');
		await expect(presenter.locator('.current-step')).toHaveText('1');
		await expect(presenter.locator('ul.notes li')).toHaveText([
			'Greet the class.',
			'Dim the lights.'
		]);
		expect(errors).toEqual([]);
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
