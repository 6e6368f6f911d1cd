// What runs under each page's Content-Security-Policy in the browser. The policy in every built
// page is checked without a browser, in tests/build/csp.spec.ts.
import type { Page } from '@playwright/test';
import { parsePolicy, STRICT, strictPart } from './csp-policy';
import { agreements, expect, mapReady, test } from './fixtures';

test.describe('content security policy', () => {
	/** Records every CSP violation the page reports, from its first script on. */
	async function watchViolations(page: Page) {
		const logged: string[] = [];
		page.on('console', (msg) => {
			if (/Content Security Policy/i.test(msg.text())) logged.push(msg.text());
		});
		await page.addInitScript(() => {
			const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
			document.addEventListener('securitypolicyviolation', (e) =>
				seen.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		return async () => ({
			logged,
			reported: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
		});
	}

	/** Visits a page and checks its policy, and that nothing was refused while it ran. */
	async function visit(page: Page, path: string, map: boolean) {
		const violations = await watchViolations(page);
		await page.goto(path);
		if (map) await mapReady(page);
		const meta = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(strictPart(parsePolicy(meta!))).toEqual(STRICT);
		expect(await violations(), path).toEqual({ logged: [], reported: [] });
		return violations;
	}

	const PAGES: [path: string, map: boolean][] = [
		['/', true],
		[`/agreements/${agreements[0].slug}`, true],
		['/agreements?sector=energy', false],
		['/tour/3', true],
		['/tour/presenter', false],
		['/tour/print', false],
		['/embed/places/tokyo', true]
	];
	for (const [path, map] of PAGES) {
		test(`${path} runs under it with nothing refused @desktop`, async ({ page }) => {
			await visit(page, path, map);
		});
	}

	test('the share dialog draws its QR code and exports the map image under it @desktop', async ({
		page
	}) => {
		const violations = await visit(page, '/places/tokyo', true);
		await page.getByRole('button', { name: 'Share' }).click();
		const dialog = page.getByRole('dialog', { name: 'Share this view' });
		await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
		await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: 'Download image (PNG)' }).click()
		]);
		await expect(dialog.getByRole('status').filter({ hasText: 'Image downloaded' })).toBeVisible();
		expect(await violations()).toEqual({ logged: [], reported: [] });
	});

	test('an injected inline script is refused @desktop', async ({ page, guard }) => {
		const violations = await watchViolations(page);
		await page.goto('/places/tokyo');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
		});
		await expect
			.poll(async () => (await violations()).reported)
			.toEqual(['script-src-elem inline']);
		expect(await page.evaluate(() => '__injected' in window)).toBe(false);
		// The browser logs the refusal as an error: it is this test's point, not the page's fault.
		await expect
			.poll(() => guard.errors)
			.toEqual([expect.stringMatching(/Content Security Policy/)]);
		guard.errors.length = 0;
	});
});
