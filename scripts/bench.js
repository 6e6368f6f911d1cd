// `npm run bench`: builds the site, serves it, and measures it in headless Chromium against a bare
// MapLibre page served by the same server in the same run. A benchmark, not a test: it prints
// figures and writes bench-results/latest.json; it asserts nothing.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);
const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = { home: '/', place: '/places/tokyo', bare: '/_bench/bare.html' };

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
writeBarePage();
const server = await startServer({ port: PORT });
const browser = await chromium.launch({
	executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
	args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']
});

const results = { date: new Date().toISOString(), runs: RUNS, pages: {} };
try {
	for (const [name, path] of Object.entries(PAGES)) {
		const times = [];
		let bytes, lcp, longTasks;
		for (let i = 0; i < RUNS; i++) {
			const run = await loadOnce(path);
			times.push(run.ready);
			if (i === 0) ({ bytes, lcp, longTasks } = run);
		}
		results.pages[name] = { path, mapReadyMs: stats(times), bytes, lcp, longTasks };
	}
	results.ratio = results.pages.home.mapReadyMs.median / results.pages.bare.mapReadyMs.median;
	results.clickToPanelMs = await clickLatency();
} catch (error) {
	console.error(error);
	process.exitCode = 1;
} finally {
	await browser.close();
	server.close();
	rmSync('build/_bench', { recursive: true, force: true });
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
print(results);

/** One cold load in a fresh context: time to map:ready, bytes by kind, LCP and long tasks. */
async function loadOnce(path) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
	const page = await context.newPage();
	await page.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries())).observe({
			type: 'longtask',
			buffered: true
		});
		window.__lcp = null;
		new PerformanceObserver((l) => {
			const e = l.getEntries().at(-1);
			window.__lcp = { time: e.startTime, element: e.element?.tagName ?? null };
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	const responses = [];
	page.on('response', (r) => responses.push(r));
	await page.goto(ORIGIN + path);
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 60_000
	});
	const ready = await page.evaluate(() => performance.getEntriesByName('map:ready')[0].startTime);
	const lcp = await page.evaluate(() => window.__lcp);
	const longTasks = await page.evaluate(() => ({
		count: window.__longTasks.length,
		totalMs: Math.round(window.__longTasks.reduce((s, t) => s + t.duration, 0))
	}));
	const bytes = { js: 0, maplibreJs: 0, css: 0, fonts: 0, geo: 0, html: 0, other: 0 };
	for (const r of responses) {
		const url = new URL(r.url());
		if (url.origin !== ORIGIN || r.status() >= 400) continue;
		const body = await r.body().catch(() => null);
		if (!body) continue;
		const gz = gzipSync(body).length;
		const kind = classify(url.pathname, body);
		bytes[kind] += gz;
		if (kind === 'maplibreJs') bytes.js += gz;
	}
	await context.close();
	return { ready, bytes, lcp, longTasks };
}

function classify(path, body) {
	if (/\.m?js$/.test(path))
		return body.length > 400_000 && body.includes('maplibre') ? 'maplibreJs' : 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.woff2?$/.test(path)) return 'fonts';
	if (path.endsWith('.geojson')) return 'geo';
	if (path.endsWith('.html') || !/\.[a-z0-9]+$/.test(path)) return 'html';
	return 'other';
}

/** Click a place on the map, wait for its panel heading; back to the start; repeat. */
async function clickLatency() {
	const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
	const page = await context.newPage();
	await page.goto(ORIGIN + '/#5/38/136');
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0);
	const targets = [
		['tokyo', [139.69, 35.69]],
		['nagato', [131.18, 34.37]]
	];
	const samples = [];
	for (let i = 0; i < CLICKS; i++) {
		const [slug, lngLat] = targets[i % targets.length];
		await page.waitForFunction(() => !window.__atlasMap.isMoving());
		const { x, y } = await page.evaluate((ll) => {
			const m = window.__atlasMap;
			const p = m.project(ll);
			const r = m.getCanvas().getBoundingClientRect();
			return { x: r.left + p.x, y: r.top + p.y };
		}, lngLat);
		await page.evaluate((s) => {
			window.__latency = null;
			let t0 = 0;
			addEventListener('mousedown', () => (t0 = performance.now()), { once: true });
			const check = () =>
				document.querySelector(`article[data-place="${s}"] h1`)
					? (window.__latency = performance.now() - t0)
					: requestAnimationFrame(check);
			requestAnimationFrame(check);
		}, slug);
		await page.mouse.click(x, y);
		await page.waitForFunction(() => window.__latency !== null, null, { timeout: 10_000 });
		samples.push(await page.evaluate(() => window.__latency));
		await page.goBack();
		await page.waitForSelector('#places-heading');
	}
	await context.close();
	const sorted = [...samples].sort((a, b) => a - b);
	const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
	return { p50: round(pct(0.5)), p95: round(pct(0.95)), samples: samples.length };
}

function writeBarePage() {
	const dir = 'build/_bench';
	mkdirSync(dir, { recursive: true });
	for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
		cpSync(`node_modules/maplibre-gl/dist/${f}`, `${dir}/${f}`);
	writeFileSync(
		`${dir}/bare.html`,
		readFileSync(new URL('./bench-bare.html', import.meta.url), 'utf8')
	);
}

function stats(values) {
	const s = [...values].sort((a, b) => a - b);
	return { median: round(s[Math.floor(s.length / 2)]), min: round(s[0]), max: round(s.at(-1)) };
}

function round(n) {
	return Math.round(n * 10) / 10;
}

function print(r) {
	const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
	console.log(`\nNagato Atlas benchmark, ${r.runs} cold runs each (median, min–max)\n`);
	for (const [name, p] of Object.entries(r.pages)) {
		const b = p.bytes;
		console.log(
			`${name.padEnd(6)} ${p.path.padEnd(20)} map:ready ${p.mapReadyMs.median} ms (${p.mapReadyMs.min}–${p.mapReadyMs.max})`
		);
		console.log(
			`       gzip: JS ${kib(b.js)} (MapLibre ${kib(b.maplibreJs)}, rest ${kib(b.js - b.maplibreJs)}), CSS ${kib(b.css)}, fonts ${kib(b.fonts)}, geo ${kib(b.geo)}, HTML ${kib(b.html)}`
		);
		console.log(
			`       LCP ${p.lcp ? `${round(p.lcp.time)} ms on <${p.lcp.element}>` : 'n/a'}; long tasks ${p.longTasks.count} (${p.longTasks.totalMs} ms)`
		);
	}
	console.log(`\nhome ÷ bare MapLibre: ${r.ratio.toFixed(2)}×`);
	if (!r.clickToPanelMs) return console.log('click → panel: not measured (see the error above)');
	console.log(
		`click → panel: p50 ${r.clickToPanelMs.p50} ms, p95 ${r.clickToPanelMs.p95} ms (${r.clickToPanelMs.samples} clicks)`
	);
}
