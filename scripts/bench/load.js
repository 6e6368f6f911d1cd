// One cold page load for the benchmark: time to map:ready, bytes by kind, LCP and long tasks.
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';
import { cpuProbe, cpuUsed } from './cpu.js';

/** Observers installed before any page script, so nothing during load is missed. */
function observe() {
	window.__longTasks = [];
	new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries())).observe({
		type: 'longtask',
		buffered: true
	});
	window.__lcp = null;
	new PerformanceObserver((l) => {
		const e = l.getEntries().at(-1);
		const el = e.element;
		window.__lcp = {
			time: e.startTime,
			element: el
				? el.tagName.toLowerCase() + (el.className ? `.${el.className.split(' ')[0]}` : '')
				: null,
			text: el?.textContent?.trim().slice(0, 40) || null
		};
	}).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** A fresh context each time: an empty HTTP cache, like a first visit. */
export async function loadOnce(browser, origin, path) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
	const page = await context.newPage();
	await page.addInitScript(observe);
	const responses = [];
	page.on('response', (r) => responses.push(r));
	const cpu = await cpuProbe(browser);
	const cpuBefore = await cpu();
	await page.goto(origin + path);
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 60_000
	});
	const cpuMs = cpuUsed(cpuBefore, await cpu());
	// Only what the first view needed: what was asked for up to map:ready. What the page starts
	// after (the offline store's code) may already have answered by the time this looks.
	const readyAt = await page.evaluate(
		() => performance.timeOrigin + performance.getEntriesByName('map:ready')[0].startTime
	);
	const firstView = responses.filter((r) => r.request().timing().startTime <= readyAt);
	// LCP is final once the page has had input or is hidden; a click on the map would move it, so
	// read it as it stands at map:ready (the text has long painted by then).
	const result = await page.evaluate(() => ({
		ready: performance.getEntriesByName('map:ready')[0].startTime,
		lcp: window.__lcp,
		longTasks: {
			count: window.__longTasks.length,
			totalMs: Math.round(window.__longTasks.reduce((s, t) => s + t.duration, 0))
		}
	}));
	const bytes = await bytesByKind(firstView, origin);
	await context.close();
	return { ...result, bytes, cpuMs };
}

async function bytesByKind(responses, origin) {
	const bytes = { js: 0, maplibreJs: 0, css: 0, fonts: 0, geo: 0, data: 0, html: 0, other: 0 };
	for (const r of responses) {
		const url = new URL(r.url());
		if (url.origin !== origin || r.status() >= 400) continue;
		// A worker that has ended (the WebGL2 probe's) no longer has its body: ask the server.
		const body =
			(await r.body().catch(() => null)) ?? (r.status() < 300 ? await download(url) : null);
		if (!body) continue;
		const gz = gzipSync(body).length;
		const kind = classify(url.pathname, body);
		bytes[kind] += gz;
		if (kind === 'maplibreJs') bytes.js += gz;
	}
	return bytes;
}

/** MapLibre's share is its main bundle and its worker: the two files over 400 kB naming it. */
export function classify(path, body) {
	if (/\.m?js$/.test(path))
		return body.length > 400_000 && body.includes('maplibre') ? 'maplibreJs' : 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.woff2?$/.test(path)) return 'fonts';
	if (/\.(geo|topo)?json$/.test(path) && path.includes('/geo/')) return 'geo';
	// The content the pages start from (src/routes/content/): data, not code, but counted.
	if (path.endsWith('.json') && path.includes('/content/')) return 'data';
	if (path.endsWith('.html') || !/\.[a-z0-9]+$/.test(path)) return 'html';
	return 'other';
}

/** A file from the bench's own server (fetch() refuses its port, 4190, as a "bad port"). */
function download(url) {
	return new Promise((resolve, reject) =>
		get(url, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve(Buffer.concat(chunks)));
		}).on('error', reject)
	);
}
