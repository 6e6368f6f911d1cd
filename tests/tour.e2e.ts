import type { Page } from '@playwright/test';
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import { expect, geo, mapReady, mapSettled, pixelOf, test } from './fixtures';

// A classroom projector. Every title carries @desktop so the phone project skips these tests.
test.use({ viewport: { width: 1280, height: 720 } });

const COUNT = tour.length;
const caption = (page: Page) => page.locator('h1.step-title');

/** The projected window shows step n: its URL, its caption and its progress. */
async function expectStep(page: Page, n: number) {
	// Step 1 also answers at /tour, where the tour starts.
	await expect(page).toHaveURL(new RegExp(n === 1 ? '/tour(/1)?(#.*)?$' : `/tour/${n}(#.*)?$`));
	await expect(caption(page)).toContainText(tour[n - 1].title);
	await expect(page.locator('.progress-count')).toHaveText(`Step ${n} / ${COUNT}`);
}

async function openStep(page: Page, n: number) {
	await page.goto(`/tour/${n}`);
	await expect(caption(page)).toContainText(tour[n - 1].title);
	await mapReady(page);
}

/** Whether a keydown reached the map canvas (MapLibre's keyboard handler listens there). */
async function watchCanvasKeys(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __canvasKeys: string[] };
		w.__canvasKeys = [];
		document
			.querySelector('canvas.maplibregl-canvas')!
			.addEventListener('keydown', (e) => w.__canvasKeys.push((e as KeyboardEvent).key));
	});
	return () => page.evaluate(() => (window as unknown as { __canvasKeys: string[] }).__canvasKeys);
}

test.describe('the projected tour', () => {
	test('/tour is step 1, readable at projector size, announced to screen readers @desktop', async ({
		page
	}) => {
		await openStep(page, 1);
		await page.goto('/tour');
		await expect(caption(page)).toContainText(tour[0].title);
		await expect(page.locator('.progress-count')).toHaveText(`Step 1 / ${COUNT}`);
		await expect(caption(page)).toHaveAttribute('aria-live', 'polite');
		const size = (sel: string) =>
			page.locator(sel).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(await size('h1.step-title')).toBeGreaterThanOrEqual(40);
		expect(await size('.narrative')).toBeGreaterThanOrEqual(24);
		for (const name of ['← Previous', 'Next →']) {
			const box = (await page.getByRole('button', { name }).boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(56);
			expect(box.width).toBeGreaterThanOrEqual(160);
		}
		// No side list: the tour has its own layout.
		await expect(page.locator('#panel')).toHaveCount(0);
	});

	test('next and previous keys move one step, also with focus on the map canvas @desktop', async ({
		page
	}) => {
		// Fourteen steps, each a page change and a camera flight: 16 s on a quiet machine, and 48 s
		// in a clean-clone CI run beside a build (load 10), over the default 45 s.
		test.slow();
		await openStep(page, 3);
		const reached = await watchCanvasKeys(page);
		let n = 3;
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space']) {
			await page.keyboard.press(key);
			await expectStep(page, ++n);
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space']) {
			await page.keyboard.press(key);
			await expectStep(page, --n);
		}
		await page.locator('canvas.maplibregl-canvas').focus();
		for (const key of ['ArrowRight', 'PageDown', 'Space']) {
			await page.keyboard.press(key);
			await expectStep(page, ++n);
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'Shift+Space']) {
			await page.keyboard.press(key);
			await expectStep(page, --n);
		}
		await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
		// Shift alone is no tour key; every key the tour used stopped before the map.
		const reachedKeys = (await reached()).filter((k) => k !== 'Shift');
		expect(reachedKeys, 'tour keys that reached the map canvas').toEqual([]);
	});

	test('Home and End go to the first and last step; the map does not pan at the ends @desktop', async ({
		page
	}) => {
		await openStep(page, 4);
		await page.locator('canvas.maplibregl-canvas').focus();
		await page.keyboard.press('End');
		await expectStep(page, COUNT);
		await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
		await mapSettled(page);
		const center = () =>
			page.evaluate(() => {
				const c = (
					window as unknown as { __atlasMap: { getCenter(): { lng: number; lat: number } } }
				).__atlasMap.getCenter();
				return [c.lng, c.lat];
			});
		const before = await center();
		// A pan would start its move while the key is handled: watch for one, then let the map idle.
		await page.evaluate(() => {
			const w = window as unknown as {
				__moved?: boolean;
				__atlasMap: { once(e: 'movestart', f: () => void): void };
			};
			w.__moved = false;
			w.__atlasMap.once('movestart', () => (w.__moved = true));
		});
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		await mapSettled(page);
		await expectStep(page, COUNT);
		expect(await page.evaluate(() => (window as unknown as { __moved: boolean }).__moved)).toBe(
			false
		);
		expect(await center()).toEqual(before);
		await page.keyboard.press('Home');
		await expectStep(page, 1);
		await expect(page.getByRole('button', { name: '← Previous' })).toBeDisabled();
	});

	test('digits then Enter jump to that step @desktop', async ({ page }) => {
		await openStep(page, 1);
		const target = COUNT - 1;
		for (const digit of String(target)) await page.keyboard.press(digit);
		await expect(page.locator('.goto-step')).toContainText(`Go to step ${target}`);
		await page.keyboard.press('Enter');
		await expectStep(page, target);
		await expect(page.locator('.goto-step')).toHaveCount(0);
		// A step that does not exist is ignored.
		await page.keyboard.press('9');
		await page.keyboard.press('9');
		await page.keyboard.press('Enter');
		await page.waitForTimeout(300);
		await expectStep(page, target);
		// With focus on the map, too.
		await page.locator('canvas.maplibregl-canvas').focus();
		await page.keyboard.press('2');
		await page.keyboard.press('Enter');
		await expectStep(page, 2);
	});

	test('F toggles fullscreen @desktop', async ({ page }) => {
		await openStep(page, 2);
		const fullscreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBe('HTML');
		await page.locator('canvas.maplibregl-canvas').focus();
		await page.keyboard.press('F');
		await expect.poll(fullscreen).toBeNull();
		await expectStep(page, 2);
	});

	test('B and . blank the screen and bring it back; Esc closes the blank, then leaves @desktop', async ({
		page
	}) => {
		await openStep(page, 2);
		const blank = page.locator('.blank');
		await page.keyboard.press('b');
		await expect(blank).toBeVisible();
		await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
		await page.keyboard.press('b');
		await expect(blank).toHaveCount(0);
		await page.locator('canvas.maplibregl-canvas').focus();
		await page.keyboard.press('.');
		await expect(blank).toBeVisible();
		await page.keyboard.press('.');
		await expect(blank).toHaveCount(0);
		await page.keyboard.press('B');
		await expect(blank).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(blank).toHaveCount(0);
		await expectStep(page, 2);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/(#.*)?$/);
		await expect(page.getByRole('link', { name: 'Start the classroom tour' })).toBeVisible();
	});

	test('? toggles the key help; Esc closes it first @desktop', async ({ page }) => {
		await openStep(page, 2);
		const help = page.getByRole('dialog', { name: 'Tour keys' });
		await page.keyboard.press('?');
		await expect(help).toBeVisible();
		await expect(help).toContainText('Blank the screen');
		await page.keyboard.press('?');
		await expect(help).toBeHidden();
		await page.locator('canvas.maplibregl-canvas').focus();
		await page.keyboard.press('?');
		await expect(help).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(help).toBeHidden();
		await expectStep(page, 2);
	});

	test('the big buttons move between steps @desktop', async ({ page }) => {
		await openStep(page, 1);
		await page.getByRole('button', { name: 'Next →' }).click();
		await expectStep(page, 2);
		await page.getByRole('button', { name: 'Next →' }).click();
		await expectStep(page, 3);
		await page.getByRole('button', { name: '← Previous' }).click();
		await expectStep(page, 2);
	});
});

test.describe('tour URLs and history', () => {
	test('step URLs reload to the same step @desktop', async ({ page }) => {
		await openStep(page, 1);
		// Three quick presses of a clicker are three steps.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expectStep(page, 4);
		// Reloaded while the camera may still be flying: the step's URL, not a half-way hash, is the view.
		await page.reload();
		await expectStep(page, 4);
		expect(new URL(page.url()).hash).toBe('');
		await mapReady(page);
		await mapSettled(page);
		for (const slug of tour[3].places) {
			const p = await pixelOf(page, geo[slug].center);
			expect(p.x, slug).toBeGreaterThan(0);
			expect(p.x, slug).toBeLessThan(1280);
			expect(p.y, slug).toBeGreaterThan(0);
			expect(p.y, slug).toBeLessThan(720);
		}
	});

	test('a step can be shared: its link, and an embed that steps through the tour @desktop', async ({
		page
	}) => {
		await openStep(page, 3);
		await page.getByRole('button', { name: 'Share' }).click();
		const dialog = page.getByRole('dialog', { name: 'Share this view' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByLabel('Link to this view')).toHaveValue(page.url());
		await expect(dialog.getByLabel('Embed this map in a page')).toHaveValue(
			new RegExp(`src="${new URL(page.url()).origin}/embed/tour/3"`)
		);
		// Esc is the dialog's, not the tour's: it closes the dialog and the step stays.
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expectStep(page, 3);
	});

	test('Back leaves the tour in one press from step 5 @desktop', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Start the classroom tour' }).click();
		await expectStep(page, 1);
		for (let n = 2; n <= 5; n++) {
			await page.keyboard.press('ArrowRight');
			await expectStep(page, n);
		}
		await page.goBack();
		await expect(page).toHaveURL(/^[^#]*\/(#.*)?$/);
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(page.getByRole('link', { name: 'Start the classroom tour' })).toBeVisible();
	});
});

interface Camera {
	moving: boolean;
	lng: number;
	lat: number;
	zoom: number;
}

test.describe('the camera', () => {
	test('with reduced motion each step jumps; otherwise it flies @desktop', async ({ page }) => {
		await openStep(page, 2);
		await mapSettled(page);

		/**
		 * Presses → and reports the camera at its first move, and whether it glided: a jump starts
		 * and ends its move in one call, a flight ends it in a later frame. Events, not polled
		 * frames: a busy machine's slow frames could otherwise skip the whole flight.
		 */
		async function firstFrameAfterNext() {
			await page.evaluate(() => {
				type M = {
					once(e: 'movestart' | 'move' | 'moveend', f: () => void): void;
					getCenter(): { lng: number; lat: number };
					getZoom(): number;
				};
				const w = window as unknown as { __firstMove?: Camera; __atlasMap: M };
				delete w.__firstMove;
				const m = w.__atlasMap;
				m.once('movestart', () => {
					const c = m.getCenter();
					const first = { lng: c.lng, lat: c.lat, zoom: m.getZoom() };
					let sameCall = true;
					queueMicrotask(() => (sameCall = false));
					m.once('move', () => {
						const c = m.getCenter();
						Object.assign(first, { lng: c.lng, lat: c.lat, zoom: m.getZoom() });
					});
					m.once('moveend', () => (w.__firstMove = { ...first, moving: !sameCall }));
				});
			});
			await page.keyboard.press('ArrowRight');
			const handle = await page.waitForFunction(
				() => (window as unknown as { __firstMove?: Camera }).__firstMove ?? null
			);
			return (await handle.jsonValue()) as Camera;
		}

		const flying = await firstFrameAfterNext();
		expect(flying.moving, 'animated by default').toBe(true);
		await mapSettled(page);

		await page.emulateMedia({ reducedMotion: 'reduce' });
		const jumped = await firstFrameAfterNext();
		expect(jumped.moving, 'no animation with reduced motion').toBe(false);
		await mapSettled(page);
		const settled = await page.evaluate(() => {
			const m = (
				window as unknown as {
					__atlasMap: { getCenter(): { lng: number; lat: number }; getZoom(): number };
				}
			).__atlasMap;
			return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
		});
		expect(settled.lng).toBeCloseTo(jumped.lng, 6);
		expect(settled.lat).toBeCloseTo(jumped.lat, 6);
		expect(settled.zoom).toBeCloseTo(jumped.zoom, 6);
	});

	test('place names are projector-sized from the first frame, and grow on a wider screen @desktop', async ({
		page
	}) => {
		const selectedSize = () =>
			page.evaluate(() => {
				const m = (
					window as unknown as {
						__atlasMap: { getLayoutProperty(layer: string, name: string): unknown[] };
					}
				).__atlasMap;
				return m.getLayoutProperty('place-labels', 'text-size')[2] as number;
			});
		await openStep(page, 3);
		// The map's own pages name the selected place at 16 px; a projector needs at least 20.
		const first = await selectedSize();
		expect(first).toBeGreaterThanOrEqual(20);
		await page.setViewportSize({ width: 2560, height: 1440 });
		await expect.poll(selectedSize).toBeGreaterThan(first);
	});

	test('the caption never covers a step’s places @desktop', async ({ page }) => {
		// Thirteen steps, each settled and measured: more than one ordinary test's time.
		test.slow();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openStep(page, 1);
		const captionBox = (await page.locator('section.caption').boundingBox())!;
		const right = captionBox.x + captionBox.width;
		for (let n = 1; n <= COUNT; n++) {
			if (n > 1) await page.keyboard.press('ArrowRight');
			await expectStep(page, n);
			await mapSettled(page);
			for (const slug of tour[n - 1].places) {
				const [w, s, e, nn] = geo[slug].bbox;
				for (const corner of [
					[w, s],
					[e, nn],
					[w, nn],
					[e, s]
				] as [number, number][]) {
					const p = await pixelOf(page, corner);
					expect(p.x, `step ${n}: ${slug} clear of the caption`).toBeGreaterThan(right + 8);
					expect(p.x, `step ${n}: ${slug} on screen`).toBeLessThan(1280);
					expect(p.y, `step ${n}: ${slug} on screen`).toBeGreaterThan(0);
					expect(p.y, `step ${n}: ${slug} on screen`).toBeLessThan(720);
				}
			}
		}
	});
});

test.describe('the presenter view', () => {
	test('follows the projected window and drives it @desktop', async ({ page, context }) => {
		await openStep(page, 3);
		const presenter = await context.newPage();
		const errors: string[] = [];
		presenter.on('pageerror', (e) => errors.push(e.message));
		presenter.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await presenter.goto('/tour/presenter');

		// It asks where the projected window is, and shows that step.
		await expect(presenter.getByRole('status')).toContainText('Projected window connected');
		await expect(presenter.locator('.current-step')).toHaveText('3');
		await expect(presenter.locator('.now-title')).toHaveText(tour[2].title);
		await expect(presenter.locator('.next-title')).toContainText(tour[3].title);
		if (tour[2].notes?.length)
			await expect(presenter.locator('ul.notes')).toContainText(tour[2].notes[0]);
		await expect(presenter.locator('.clock')).toHaveText(/^\d+:\d\d$/);

		// The presenter drives the projected window…
		await presenter.getByRole('button', { name: 'Next →' }).click();
		await expectStep(page, 4);
		await presenter.keyboard.press('ArrowRight');
		await expectStep(page, 5);
		await presenter.getByRole('button', { name: '← Previous' }).click();
		await expectStep(page, 4);

		// …and follows it when the class's window moves on by itself.
		await page.bringToFront();
		await page.keyboard.press('End');
		await expectStep(page, COUNT);
		await expect(presenter.locator('.current-step')).toHaveText(String(COUNT));
		await expect(presenter.locator('.next-title')).toHaveText('End of the tour');
		await page.keyboard.press('Home');
		await expectStep(page, 1);
		await expect(presenter.locator('.current-step')).toHaveText('1');
		expect(errors).toEqual([]);
	});
});

test.describe('the handout', () => {
	for (const prefix of ['', '/ru', '/ja'])
		test(`prints ${prefix || '/en'} on one A4 page per step and one for the contents @desktop`, async ({
			page
		}) => {
			// A teacher prints one copy per pupil: a step that spills onto a second page costs
			// paper for the whole class, and Russian and Japanese steps carry each quote twice.
			await page.goto(`${prefix}/tour/print`);
			const images = page.locator('.print-step img');
			await expect(images).toHaveCount(COUNT);
			await expect
				.poll(() =>
					images.evaluateAll((all) => all.every((el) => (el as HTMLImageElement).complete))
				)
				.toBe(true);
			await page.evaluate(() => document.fonts.ready);
			const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
			expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(COUNT + 1);
		});

	test('has one page per step, each with its text and its map image @desktop', async ({
		page,
		request
	}) => {
		await page.goto('/tour/print');
		const steps = page.locator('.print-step');
		await expect(steps).toHaveCount(COUNT);
		for (let i = 0; i < COUNT; i++) {
			const step = steps.nth(i);
			await expect(step.getByRole('heading', { level: 2 })).toHaveText(tour[i].title);
			await expect(step).toContainText(tour[i].narrative);
			await expect(step).toContainText(tour[i].source[0].quote);
			const img = step.locator('img');
			await expect(img).toHaveAttribute('src', `/tour/maps/step-${i + 1}.svg`);
			await img.scrollIntoViewIfNeeded();
			await expect
				.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
				.toBeGreaterThan(0);
		}
		expect(
			await steps.first().evaluate((el) => getComputedStyle(el).getPropertyValue('break-after'))
		).toBe('page');
		const svg = await request.get('/tour/maps/step-1.svg');
		expect(svg.headers()['content-type']).toContain('image/svg+xml');
		const text = await svg.text();
		for (const slug of tour[0].places)
			expect(text).toContain(`data-slug="${slug}" class="step-place"`);
		// The handout loads no map library.
		const scripts = await page.evaluate(() =>
			performance.getEntriesByType('resource').map((r) => r.name)
		);
		expect(scripts.filter((s) => /maplibre/i.test(s))).toEqual([]);
	});
});
