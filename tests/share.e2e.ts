import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, mapReady, mapSettled, test } from './fixtures';

const require = createRequire(import.meta.url);
const jsQR: (
	d: Uint8ClampedArray,
	w: number,
	h: number
) => { data: string } | null = require('jsqr');
/** The size the QR code is drawn at for decoding. */
const QR_PIXELS = 400;

/** A fixed map position, so the URL (hash included) does not change while a test runs. */
const TOKYO = '/places/tokyo#6/35.68/139.76';

async function openShare(page: Page, path = TOKYO) {
	await page.goto(path);
	await mapReady(page);
	await mapSettled(page);
	await page.getByRole('button', { name: 'Share' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this view' });
	await expect(dialog).toBeVisible();
	return dialog;
}

test.describe('share dialog', () => {
	test('Copy link puts the page URL on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const dialog = await openShare(page);
		const url = page.url();
		expect(url).toMatch(/\/places\/tokyo#6\/35\.68\/139\.76$/);
		await expect(dialog.getByLabel('Link to this view')).toHaveValue(url);
		await dialog.getByRole('button', { name: 'Copy link' }).click();
		await expect(dialog.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
	});

	test('without the Clipboard API the link is selected for copying by hand', async ({ page }) => {
		await page.addInitScript(() => {
			// An old browser, or a page not served over HTTPS: no navigator.clipboard at all, and a
			// legacy copy command that does nothing.
			delete (Navigator.prototype as { clipboard?: unknown }).clipboard;
			document.execCommand = () => false;
		});
		const dialog = await openShare(page);
		expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
		await dialog.getByRole('button', { name: 'Copy link' }).click();
		await expect(
			dialog.getByRole('status').filter({ hasText: /Press (Ctrl\+C|⌘C) to copy/ })
		).toBeVisible();
		const field = dialog.getByLabel('Link to this view');
		await expect(field).toBeFocused();
		const selected = await field.evaluate((el: HTMLInputElement) =>
			el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)
		);
		expect(selected).toBe(page.url());
	});

	test('when the Clipboard API refuses, the legacy copy still runs on the selected text', async ({
		page
	}) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () =>
				Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
		});
		const dialog = await openShare(page);
		await dialog.getByRole('button', { name: 'Copy link' }).click();
		await expect(
			dialog.getByRole('status').filter({ hasText: /Link copied|Press (Ctrl\+C|⌘C) to copy/ })
		).toBeVisible();
		const field = dialog.getByLabel('Link to this view');
		await expect(field).toBeFocused();
		expect(
			await field.evaluate((el: HTMLInputElement) =>
				el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)
			)
		).toBe(page.url());
	});

	test('the QR code is drawn locally, big, and decodes to the page URL', async ({ page }) => {
		await page.goto(TOKYO);
		await mapReady(page);
		await mapSettled(page);
		// `qrcode` is not part of the first view: it arrives as a new chunk when the dialog opens.
		const chunks: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/_app/immutable/chunks/')) chunks.push(r.url());
		});
		await page.getByRole('button', { name: 'Share' }).click();
		const qr = page.getByRole('img', { name: 'QR code of the link' });
		await expect(qr).toBeVisible();
		expect(chunks.length, 'a chunk loaded on opening').toBeGreaterThan(0);

		const box = (await qr.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(280);
		expect(box.height).toBeCloseTo(box.width, 0);
		// A quiet zone of four modules on every side: the white background is 8 modules wider
		// than the darkest extent of the path.
		const quiet = await qr.evaluate((svg: SVGSVGElement) => {
			const path = svg.querySelector('path')!.getBBox();
			return { view: svg.viewBox.baseVal.width, x: path.x, w: path.width };
		});
		expect(quiet.x).toBe(4);
		expect(quiet.view - quiet.w).toBe(8);

		// Decoded here, not in the page: the page's CSP refuses injected scripts, as it should.
		const pixels = await qr.evaluate(async (svg: SVGSVGElement, size) => {
			const source = new XMLSerializer().serializeToString(svg);
			const img = new Image();
			img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = size;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0, size, size);
			return Array.from(ctx.getImageData(0, 0, size, size).data);
		}, QR_PIXELS);
		const decoded = jsQR(Uint8ClampedArray.from(pixels), QR_PIXELS, QR_PIXELS)?.data ?? null;
		expect(decoded).toBe(page.url());
	});

	test('Esc and Close shut the dialog and give focus back to Share', async ({ page }) => {
		await page.goto(TOKYO);
		await mapReady(page);
		const share = page.getByRole('button', { name: 'Share' });
		const dialog = page.getByRole('dialog', { name: 'Share this view' });

		await share.focus();
		await page.keyboard.press('Enter');
		await expect(dialog).toBeVisible();
		await expect(share).not.toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(share).toBeFocused();

		await share.click();
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
		await expect(share).toBeFocused();
	});

	test('the embed code frames the /embed twin of this page', async ({ page }) => {
		const dialog = await openShare(page);
		const origin = new URL(page.url()).origin;
		const code = await dialog.getByLabel('Embed this map in a page').inputValue();
		expect(code).toContain(`src="${origin}/embed/places/tokyo"`);
		expect(code).toMatch(
			/^<iframe src="[^"]+" title="Tokyo · Nagato Atlas" width="800" height="500" loading="lazy"><\/iframe>$/
		);
	});

	test('agreement pages share too; the home page has no share button', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
		const link = page.locator('a[href^="/agreements/"]').first();
		const href = (await link.getAttribute('href'))!;
		await page.goto(href);
		await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
	});

	test('Download image saves a PNG of the map at screen resolution', async ({ page }) => {
		const dialog = await openShare(page);
		const button = dialog.getByRole('button', { name: 'Download image (PNG)' });
		await expect(button).toBeEnabled();
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toBe('nagato-atlas-tokyo.png');
		const png = await readFile((await download.path())!);

		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
		const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
		const expected = await page.evaluate(() => {
			const el = document.querySelector('.map') as HTMLElement;
			const dpr = window.devicePixelRatio;
			return {
				width: Math.round(el.clientWidth * dpr),
				height: Math.round(el.clientHeight * dpr)
			};
		});
		expect(size).toEqual(expected);

		// Not a blank frame: decode it in the page and look at the pixels.
		const stats = await page.evaluate(async (base64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${base64}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.naturalWidth;
			canvas.height = img.naturalHeight;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const { width, height } = canvas;
			const colours = (x0: number, y0: number, w: number, h: number) => {
				const { data } = ctx.getImageData(x0, y0, w, h);
				const seen = new Set<number>();
				let transparent = 0;
				for (let i = 0; i < data.length; i += 4) {
					seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
					if (data[i + 3] < 255) transparent++;
				}
				return { distinct: seen.size, transparent };
			};
			const px = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
			return {
				all: colours(0, 0, width, height),
				// The middle of the map, away from the title band and the corners' text.
				middle: colours(
					Math.round(width * 0.1),
					Math.round(height * 0.3),
					Math.round(width * 0.8),
					Math.round(height * 0.4)
				),
				bandCorner: px(width - 2, 2)
			};
		}, png.toString('base64'));
		expect(stats.all.distinct).toBeGreaterThan(50);
		expect(stats.all.transparent, 'every pixel opaque').toBe(0);
		expect(stats.middle.distinct, 'the map itself, not an empty canvas').toBeGreaterThan(5);
		expect(stats.bandCorner).toEqual([255, 255, 255, 255]);
		await expect(dialog.getByRole('status').filter({ hasText: 'Image downloaded' })).toBeVisible();
	});
});
