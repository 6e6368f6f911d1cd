// Takes screenshots of the built site at the sizes people use it: desktop, phone, tablet, projector.
// Usage: npm run build && node scripts/screenshots.js [outDir] [path …]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.js';
import { startServer } from './serve.js';

const out = process.argv[2] ?? 'screenshots';
const paths = process.argv.slice(3);
const views = paths.length
	? paths
	: ['/', '/places/tokyo', '/places/south-kurils', '/places/sakhalin-2', '/#2.6/52/85'];
const sizes = {
	desktop: { width: 1440, height: 900 },
	phone: { width: 390, height: 844 },
	// The widest layout with the panel as a bottom sheet.
	tablet: { width: 700, height: 844 },
	projector: { width: 1280, height: 720 }
};

mkdirSync(out, { recursive: true });
// Several checkouts can take screenshots side by side, each on its own port.
const port = Number(process.env.PORT ?? 4199);
const server = await startServer({ port });
const browser = await launchChromium();
try {
	for (const [name, viewport] of Object.entries(sizes)) {
		const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
		for (const path of views) {
			await page.goto(`http://127.0.0.1:${port}${path}`);
			// Pages without a map (the tour editor, the handout) are taken once they are loaded.
			if (await page.locator('.map:not([data-static])').count()) {
				await page.waitForFunction(
					() => performance.getEntriesByName('map:ready').length > 0,
					null,
					{
						timeout: 30000
					}
				);
				await page.waitForFunction(() => {
					const m = window.__atlasMap;
					return m && !m.isMoving() && m.loaded();
				});
			} else await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			const file = `${out}/${name}-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`;
			await page.screenshot({ path: file });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
