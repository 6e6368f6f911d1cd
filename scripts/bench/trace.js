// Where a page's time goes before map:ready, from Chromium traces: each thread's busy time, as
// wall time and as CPU time (which a busy machine inflates far less), split by kind of work.
// For analysis beside `npm run bench`; run after a build:
//   node scripts/bench/trace.js [path …]   TRACE_RUNS (3), BENCH_PORT (4190), BENCH_COMPARE=<dir>
//   TRACE_DETAIL=1 also prints the resource waterfall, the kinds of work and the long tasks.
import { basename, resolve } from 'node:path';
import { launchChromium } from '../chromium.js';
import { startServer } from '../serve.js';
import { median, round } from './report.js';

const PORT = Number(process.env.BENCH_PORT ?? 4190);
const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const DETAIL = !!process.env.TRACE_DETAIL;
const COMPARE = process.env.BENCH_COMPARE;

if (import.meta.url === `file://${process.argv[1]}`) {
	const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
	const builds = [['build', PORT, await startServer({ port: PORT })]];
	if (COMPARE)
		builds.push([
			basename(COMPARE),
			PORT + 1,
			await startServer({ port: PORT + 1, root: resolve(COMPARE) })
		]);
	const browser = await launchChromium();
	const rows = new Map();
	try {
		for (let i = 0; i < RUNS; i++)
			for (const path of paths)
				for (const [name, port] of builds) {
					const key = `${name} ${path}`;
					rows.set(key, [...(rows.get(key) ?? []), await trace(browser, port, path)]);
				}
	} finally {
		await browser.close();
		for (const [, , server] of builds) server.close();
	}
	console.log(`\nmedians of ${RUNS} traced loads (ms): map:ready, then busy wall / CPU per thread`);
	const w = (f) => (r) => f(r).wall;
	const c = (f) => (r) => f(r).cpu;
	for (const [key, runs] of rows) {
		const m = (f) => round(median(runs.map(f)));
		console.log(
			`${key.padEnd(28)} ready ${m((r) => r.ready)}  ` +
				['main', 'worker', 'gpu']
					.map((t) => `${t} ${m(w((r) => r[t]))} / ${m(c((r) => r[t]))}`)
					.join('  ')
		);
	}
}

async function trace(browser, port, path) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
	const page = await context.newPage();
	await browser.startTracing(page, {
		categories: [
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'v8.execute',
			'blink.user_timing'
		]
	});
	await page.goto(`http://127.0.0.1:${port}${path}`);
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 90_000
	});
	const timing = await page.evaluate(() => ({
		ready: performance.getEntriesByName('map:ready')[0].startTime,
		resources: performance
			.getEntriesByType('resource')
			.map((r) => [r.name.replace(location.origin, ''), r.startTime, r.responseEnd])
	}));
	const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
	await context.close();

	// The page's main thread is the one that marked map:ready; its workers share its process.
	const mark = events.find((e) => e.name === 'map:ready');
	const zero = mark.ts - timing.ready * 1000;
	const threads = busy(events, mark, mark.ts);
	if (DETAIL) {
		console.log(`\n${path}: map:ready at ${Math.round(timing.ready)} ms`);
		for (const [name, start, end] of timing.resources)
			console.log(`  ${fmt(start)}–${fmt(end)}  ${name.slice(0, 90)}`);
		for (const t of threads.values()) {
			console.log(`  ${t.name}: busy ${Math.round(t.wall)} ms (CPU ${Math.round(t.cpu)} ms)`);
			const top = [...t.kinds].sort((a, b) => b[1] - a[1]).slice(0, 8);
			for (const [kind, ms] of top) console.log(`    ${fmt(ms)} ms  ${kind}`);
		}
		for (const line of longTasks(events, mark, zero)) console.log(line);
	}
	const sum = (re) =>
		[...threads.values()]
			.filter((t) => re.test(t.name))
			.reduce((a, t) => ({ wall: a.wall + t.wall, cpu: a.cpu + t.cpu }), { wall: 0, cpu: 0 });
	return {
		ready: timing.ready,
		main: sum(/CrRendererMain/),
		worker: sum(/Worker/),
		gpu: gpu(events, zero, mark.ts)
	};
}

function fmt(ms) {
	return String(Math.round(ms)).padStart(6);
}

/** Busy time of the GPU process (where SwiftShader compiles shaders and draws) while loading. */
function gpu(events, from, until) {
	const proc = events.find((e) => e.name === 'process_name' && e.args?.name === 'GPU Process');
	const total = { wall: 0, cpu: 0 };
	for (const e of events) {
		if (e.ph !== 'X' || e.pid !== proc?.pid || e.ts < from || e.ts > until) continue;
		if (!/RunTask|ThreadControllerImpl::RunTask/.test(e.name)) continue;
		total.wall += e.dur / 1000;
		total.cpu += (e.tdur ?? e.dur) / 1000;
	}
	return total;
}

/** Busy time (wall and CPU) of the page's threads up to `until`, split by kind of work. */
function busy(events, main, until) {
	const names = new Map();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
	const threads = new Map();
	for (const e of events) {
		if (e.ph !== 'X' || e.pid !== main.pid || e.ts > until) continue;
		const name = names.get(`${e.pid}:${e.tid}`) ?? '';
		if (!/CrRendererMain|Worker/.test(name) || (/Main/.test(name) && e.tid !== main.tid)) continue;
		const t = threads.get(e.tid) ?? { name, wall: 0, cpu: 0, kinds: new Map() };
		threads.set(e.tid, t);
		if (e.name === 'RunTask') {
			t.wall += e.dur / 1000;
			t.cpu += (e.tdur ?? e.dur) / 1000;
			continue;
		}
		const url = e.args?.data?.url || e.args?.data?.functionName || '';
		const kind = /FunctionCall|EvaluateScript|v8.compile|TimerFire|FireAnimationFrame/.test(e.name)
			? `${e.name} ${url.replace(/^.*\//, '').slice(0, 40)}`
			: e.name;
		t.kinds.set(kind, (t.kinds.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
	}
	return threads;
}

/** The main thread's long tasks in order, each with the work inside it that took longest. */
export function longTasks(events, main, zero, minMs = 50) {
	const inMain = (e) => e.pid === main.pid && e.tid === main.tid;
	const tasks = events.filter(
		(e) => e.ph === 'X' && e.name === 'RunTask' && inMain(e) && e.dur / 1000 >= minMs
	);
	const inner = events.filter((e) => e.ph === 'X' && e.name !== 'RunTask' && inMain(e) && e.dur);
	return tasks.map((t) => {
		const kids = inner.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
		const top = kids.sort((a, b) => b.dur - a.dur)[0];
		const url = top?.args?.data?.url?.replace(/^.*\//, '') ?? '';
		return `${fmt((t.ts - zero) / 1000)} +${fmt(t.dur / 1000)}  ${top?.name ?? ''} ${url}`;
	});
}
