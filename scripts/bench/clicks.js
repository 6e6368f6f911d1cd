// Click → panel latency: click places on the map, time until the frame that shows the place's
// heading has been produced.
import { readFileSync } from 'node:fs';

const centres = JSON.parse(
	readFileSync(new URL('../../src/lib/content/generated/places-geo.json', import.meta.url), 'utf8')
);
/** Places drawn apart at the starting view: two venues, a city and an island group (a polygon). */
const TARGETS = ['tokyo', 'nagato', 'vladivostok', 'south-kurils'];
/** The view every click starts from, so each click hits the same pixel for the same place. */
const VIEW = { center: [139, 39.5], zoom: 4.4 };

/** Listens from the pointer going down (its event timestamp) to the frame showing the heading. */
function arm(slug) {
	const canvas = window.__atlasMap.getCanvas();
	window.__latency = null;
	let down = 0;
	canvas.addEventListener('pointerdown', (e) => (down = e.timeStamp), {
		capture: true,
		once: true
	});
	const found = () => document.querySelector(`article[data-place="${slug}"] h1`);
	const observer = new MutationObserver(() => {
		if (!found()) return;
		observer.disconnect();
		const dom = performance.now() - down;
		// The heading is in the DOM; the frame that paints it comes next. Its rAF timestamp is when
		// the frame began, which may be before a busy main thread got to it: time instead the end of
		// the frame's work on the main thread (a message posted from its rAF arrives after it).
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (window.__latency = { dom, frame: performance.now() - down });
			channel.port2.postMessage(null);
		});
	});
	observer.observe(document.body, { childList: true, subtree: true });
}

async function settle(page) {
	await page.waitForFunction(() => {
		const m = window.__atlasMap;
		return m && !m.isMoving() && m.loaded();
	});
}

export async function clickLatency(browser, origin, clicks) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
	const page = await context.newPage();
	await page.goto(origin + '/');
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 60_000
	});
	const samples = [];
	try {
		for (let i = 0; i < clicks; i++) {
			const slug = TARGETS[i % TARGETS.length];
			await settle(page);
			await page.evaluate((view) => window.__atlasMap.jumpTo(view), VIEW);
			await settle(page);
			const { x, y } = await page.evaluate((ll) => {
				const m = window.__atlasMap;
				const p = m.project(ll);
				const r = m.getCanvas().getBoundingClientRect();
				return { x: r.left + p.x, y: r.top + p.y };
			}, centres[slug].center);
			// A reader's pointer rests on the place before the press (the cursor turns to a hand, the
			// place is highlighted): hover first and let the map draw that, then time the click.
			await page.mouse.move(x, y);
			await page.waitForTimeout(300);
			await settle(page);
			await page.evaluate(arm, slug);
			await page.mouse.down();
			await page.mouse.up();
			await page.waitForFunction(() => window.__latency !== null, null, { timeout: 10_000 });
			samples.push(await page.evaluate(() => window.__latency));
		}
	} finally {
		await context.close();
	}
	return samples;
}
