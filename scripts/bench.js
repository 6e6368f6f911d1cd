// `npm run bench`: builds the site, serves it, and measures it in headless Chromium against a bare
// MapLibre page served by the same server in the same run. A benchmark, not a test: it prints
// figures and writes bench-results/latest.json; it asserts nothing, and CI never runs it.
//   BENCH_RUNS (7) cold loads per page, BENCH_CLICKS (40) map clicks, BENCH_PORT (4190);
//   --no-build measures the build/ that is there; BENCH_COMPARE=<dir>[,<dir>…] also measures other
//   builds (served on BENCH_PORT + 1, + 2, …) in the same rounds: an A/B comparison that a busy
//   machine skews less.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { clickLatency } from './bench/clicks.js';
import { loadOnce } from './bench/load.js';
import { measureFirstVisits } from './bench/first-visit.js';
import { firstVisitTable } from './bench/first-visit-report.js';
import { median, percentile, round, stats, summary, table } from './bench/report.js';
import { checkBudgets } from './bench/budgets.js';
import { writeDocs } from './bench/write-docs.js';
import { startServer } from './serve.js';
import { launchChromium } from './chromium.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const COMPARE = (process.env.BENCH_COMPARE ?? '').split(',').filter(Boolean);
const compareOrigin = (i) => `http://127.0.0.1:${PORT + 1 + i}`;
const APP_PAGES = { home: '/', place: '/places/tokyo', tour: '/tour/3' };
const PAGES = {
	...Object.fromEntries(
		Object.entries(APP_PAGES).map(([k, path]) => [k, { path, origin: ORIGIN }])
	),
	...Object.fromEntries(
		COMPARE.flatMap((dir, i) =>
			Object.entries(APP_PAGES).map(([k, path]) => [
				`${k} (${basename(dir)})`,
				{ path, origin: compareOrigin(i) }
			])
		)
	),
	bare: { path: '/_bench/bare.html', origin: ORIGIN }
};

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
writeBarePage();
const server = await startServer({ port: PORT });
const others = await Promise.all(
	COMPARE.map((dir, i) => startServer({ port: PORT + 1 + i, root: resolve(dir) }))
);
const browser = await launchChromium();

const results = {
	date: new Date().toISOString(),
	commit: execSync('git rev-parse --short HEAD').toString().trim(),
	loadAverage: Math.round(loadavg()[0] * 10) / 10,
	runs: RUNS,
	pages: {}
};
try {
	// Round-robin, one load of each page per round, so a busy moment slows every page alike.
	const runs = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
	for (let i = 0; i < RUNS; i++)
		for (const [name, { path, origin }] of Object.entries(PAGES))
			runs[name].push(await loadOnce(browser, origin, path));
	for (const [name, { path }] of Object.entries(PAGES))
		results.pages[name] = summarise(path, runs[name]);
	results.ratio = results.pages.home.mapReadyMs.median / results.pages.bare.mapReadyMs.median;
	results.ratioPerRound = median(runs.home.map((h, i) => h.ready / runs.bare[i].ready));
	// With a second build, both are clicked in alternating blocks, like the loads' rounds.
	const origins = [ORIGIN, ...COMPARE.map((_, i) => compareOrigin(i))];
	const blocks = COMPARE.length ? 4 : 1;
	const clicks = origins.map(() => []);
	for (let b = 0; b < blocks; b++)
		for (const [i, origin] of origins.entries())
			clicks[i].push(...(await clickLatency(browser, origin, Math.ceil(CLICKS / blocks))));
	results.clickToPanelMs = clickStats(clicks[0]);
	results.compareClickToPanelMs = Object.fromEntries(
		COMPARE.map((dir, i) => [basename(dir), clickStats(clicks[i + 1])])
	);
	// Last: its service worker downloads in the background, which would skew the timings above.
	results.firstVisit = await measureFirstVisits(browser, ORIGIN);
} catch (error) {
	console.error(error);
	process.exitCode = 1;
} finally {
	await browser.close();
	server.close();
	for (const o of others) o.close();
	rmSync('build/_bench', { recursive: true, force: true });
}

if (results.ratio) {
	// A comparison is an experiment, not the site's figures: it leaves latest.json alone.
	const out = COMPARE.length ? 'bench-results/compare.tmp' : 'bench-results/latest.json';
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
	console.log(
		`\nNagato Atlas benchmark: ${RUNS} cold loads per page, gzip sizes of the first view\n`
	);
	console.log(table(results));
	console.log('\n' + summary(results));
	if (results.firstVisit) console.log('\n' + firstVisitTable(results.firstVisit));
	for (const b of checkBudgets(results))
		console.log(`${b.met ? 'met   ' : 'NOT MET'} ${b.name}: ${b.figure} ${b.unit} (≤ ${b.limit})`);
	console.log(`\nWritten to ${out}`);
	if (!COMPARE.length) {
		await writeDocs(results);
		console.log('and into docs/performance.md');
	}
}

function clickStats(clicks) {
	const frame = clicks.map((c) => c.frame);
	const dom = clicks.map((c) => c.dom);
	return {
		p50: percentile(frame, 0.5),
		p95: percentile(frame, 0.95),
		max: percentile(frame, 1),
		samples: clicks.length,
		dom: { p50: percentile(dom, 0.5), p95: percentile(dom, 0.95) }
	};
}

/** Medians over the runs; bytes from the first (they do not change between cold loads). */
function summarise(path, runs) {
	const lcp = runs[0].lcp && {
		median: round(median(runs.map((r) => r.lcp?.time ?? NaN))),
		element: runs[0].lcp.element,
		text: runs[0].lcp.text
	};
	return {
		path,
		mapReadyMs: stats(runs.map((r) => r.ready)),
		cpuMs: {
			...stats(runs.map((r) => r.cpuMs.total)),
			byProcess: Object.fromEntries(
				Object.keys(runs[0].cpuMs).map((k) => [k, median(runs.map((r) => r.cpuMs[k] ?? 0))])
			)
		},
		bytes: runs[0].bytes,
		lcp,
		longTasks: {
			count: median(runs.map((r) => r.longTasks.count)),
			totalMs: Math.round(median(runs.map((r) => r.longTasks.totalMs)))
		}
	};
}

/** The baseline: MapLibre's own files and one GeoJSON point, next to the site in build/_bench. */
function writeBarePage() {
	const dir = 'build/_bench';
	mkdirSync(dir, { recursive: true });
	for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
		cpSync(`node_modules/maplibre-gl/dist/${f}`, `${dir}/${f}`);
	const bare = readFileSync(new URL('./bench-bare.html', import.meta.url), 'utf8');
	writeFileSync(`${dir}/bare.html`, bare);
}
