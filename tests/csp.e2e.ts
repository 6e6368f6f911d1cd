import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import { agreements, events, expect, mapReady, places, test } from './fixtures';

const BUILD = 'build';
const META = /<meta http-equiv="content-security-policy" content="([^"]+)">/;

/** A policy as directive → sources. */
function parsePolicy(policy: string) {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name, sources] as const)
	);
}

/** What every page's policy must say, whatever else it holds. */
function expectStrict(policy: Map<string, readonly string[]>) {
	const scripts = policy.get('script-src') ?? [];
	expect(scripts).toContain("'self'");
	expect(scripts.filter((s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toEqual(["'self'"]);
	expect(policy.get('worker-src')).toEqual(["'self'"]);
	expect(policy.get('connect-src')).toEqual(["'self'"]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(policy.get('default-src')).toEqual(["'self'"]);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test.describe('content security policy', () => {
	test('every prerendered page carries the strict policy, with a hash for each inline script @desktop', () => {
		expect(existsSync(BUILD), 'build/ is missing: run `npm run build` first').toBe(true);
		// Not the trailing-slash stubs (`x/index.html`), which carry their own one-script policy.
		const files = htmlFiles(BUILD)
			.map((f) => relative(BUILD, f))
			.filter((f) => !f.endsWith('/index.html'));
		// The pages that must exist, so an empty or partial build cannot pass.
		const expected = [
			'index.html',
			'404.html',
			'places.html',
			'agreements.html',
			'events.html',
			'tour.html',
			'tour/presenter.html',
			'tour/print.html',
			...places.flatMap((p) => [`places/${p.slug}.html`, `embed/places/${p.slug}.html`]),
			...agreements.flatMap((a) => [
				`agreements/${a.slug}.html`,
				`embed/agreements/${a.slug}.html`
			]),
			...events.map((e) => `events/${e.slug}.html`),
			...tour.map((_, i) => `tour/${i + 1}.html`)
		];
		for (const file of expected) expect(files, 'prerendered pages').toContain(file);

		for (const file of files) {
			const html = readFileSync(join(BUILD, file), 'utf8');
			const meta = html.match(META);
			expect(meta, `${file}: CSP meta`).not.toBeNull();
			// The policy governs only what comes after it: every script and module preload.
			expect(html.indexOf(meta![0]), `${file}: CSP first`).toBeLessThan(
				html.search(/<script|<link href="\/_app/)
			);
			const policy = parsePolicy(meta![1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
			expectStrict(policy);
			// Inline scripts the browser runs (not src=, not JSON data): each needs its hash.
			const inline = /<script(?![^>]*\b(?:src=|type="application\/))[^>]*>([\s\S]*?)<\/script>/g;
			for (const [, body] of html.matchAll(inline)) {
				const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
				expect(policy.get('script-src'), `${file}: hash of an inline script`).toContain(hash);
			}
		}
	});

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
		expectStrict(parsePolicy(meta!));
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
