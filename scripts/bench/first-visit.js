// What a first visit costs the reader's data: the bytes the service worker fetches on a first
// visit to one page at phone size, until its offline copy is stored and it controls the page,
// gzip as a compressing host sends them (the budget, scripts/bench/budgets.js: English ≤ 1.5 MB).
// Each language's page is visited in a fresh browser context: an empty HTTP cache and no worker.
// The worker's downloads of hashed files the page already fetched (MapLibre, the fonts) come from
// the browser's HTTP cache; they are counted apart, as `fromHttpCache`, and not in `network`.
//   node scripts/bench/first-visit.js [--no-build]   (alone; `npm run bench` runs it too)
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolveFile, startServer } from '../serve.js';
import { launchChromium } from '../chromium.js';
import { firstVisitTable } from './first-visit-report.js';
import { writeDocs } from './write-docs.js';
import { checkBudgets } from './budgets.js';

export const FIRST_VISIT_PAGES = {
	en: '/places/tokyo',
	ru: '/ru/places/tokyo',
	ja: '/ja/places/tokyo'
};

/** Pixel 7, as the phone tests run. */
const PHONE = {
	viewport: { width: 412, height: 839 },
	deviceScaleFactor: 2.625,
	isMobile: true,
	hasTouch: true
};

const gzipCache = new Map();
/** A file's size gzip, as the test server (a compressing host) sends it. */
function gzipSize(root, path) {
	if (!gzipCache.has(path)) {
		const file = resolveFile(root, path);
		gzipCache.set(path, file ? gzipSync(readFileSync(file)).length : 0);
	}
	return gzipCache.get(path);
}

/**
 * One first visit: the page, its map, then the worker's install, until it controls the page.
 * Returns what the worker fetched, by whether it reached the network.
 */
export async function firstVisit(browser, origin, path, root = 'build') {
	const context = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
	const fetched = [];
	// Requests a service worker makes (Chromium reports them on the context).
	context.on('requestfinished', async (request) => {
		if (!request.serviceWorker()) return;
		const url = new URL(request.url());
		if (url.origin !== origin) return;
		const response = await request.response();
		if (!response) return;
		const sizes = await request.sizes().catch(() => null);
		fetched.push({
			path: url.pathname,
			status: response.status(),
			// Nothing came over the wire: the browser's HTTP cache answered.
			fromCache: sizes ? sizes.responseHeadersSize + sizes.responseBodySize <= 0 : false
		});
	});
	const page = await context.newPage();
	const started = Date.now();
	await page.goto(origin + path);
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 120_000
	});
	await page.waitForFunction(
		() => navigator.serviceWorker.controller?.state === 'activated',
		null,
		{
			timeout: 180_000,
			polling: 250
		}
	);
	const ms = Date.now() - started;
	const stored = await page.evaluate(async () => {
		let entries = 0;
		let bytes = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				entries++;
				bytes += (await (await cache.match(request)).blob()).size;
			}
		}
		return { entries, bytes };
	});
	await context.close();
	const sum = (list) => list.reduce((s, f) => s + gzipSize(root, f.path), 0);
	const network = fetched.filter((f) => !f.fromCache);
	const cached = fetched.filter((f) => f.fromCache);
	return {
		path,
		files: fetched.length,
		gzipBytes: sum(fetched),
		network: { files: network.length, gzipBytes: sum(network) },
		fromHttpCache: { files: cached.length, gzipBytes: sum(cached) },
		stored,
		ms
	};
}

/** Every language's first visit, in one browser. */
export async function measureFirstVisits(browser, origin, root = 'build') {
	const out = {};
	for (const [language, path] of Object.entries(FIRST_VISIT_PAGES))
		out[language] = await firstVisit(browser, origin, path, root);
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
	const port = Number(process.env.BENCH_PORT ?? 4190) + 10;
	const server = await startServer({ port });
	const browser = await launchChromium();
	try {
		const visits = await measureFirstVisits(browser, `http://127.0.0.1:${port}`);
		console.log(firstVisitTable(visits));
		// Alone, it updates the last full bench's figures with these, and the docs' table.
		const latest = 'bench-results/latest.json';
		if (existsSync(latest)) {
			const results = {
				...JSON.parse(readFileSync(latest, 'utf8')),
				firstVisit: visits,
				firstVisitMeasured: {
					date: new Date().toISOString(),
					commit: execSync('git rev-parse --short HEAD').toString().trim()
				}
			};
			writeFileSync(latest, JSON.stringify(results, null, 2) + '\n');
			const budget = checkBudgets(results).find((b) => b.name.startsWith('first visit'));
			console.log(
				`\n${budget.met ? 'met   ' : 'NOT MET'} ${budget.name}: ${budget.figure} ${budget.unit} (≤ ${budget.limit})`
			);
			await writeDocs(results);
			console.log(`Written to ${latest} and docs/performance.md`);
		} else {
			mkdirSync('bench-results', { recursive: true });
			writeFileSync('bench-results/first-visit.json', JSON.stringify(visits, null, 2) + '\n');
			console.log('\nWritten to bench-results/first-visit.json');
		}
	} finally {
		await browser.close();
		server.close();
	}
}
