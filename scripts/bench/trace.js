// Where a page's time goes before map:ready: a resource waterfall, and each thread's busy time by
// kind of work, from a Chromium trace. For analysis, beside `npm run bench`; run after a build:
//   node scripts/bench/trace.js [path …]    (BENCH_PORT, default 4190)
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { startServer } from '../serve.js';

const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
	const server = await startServer({ port: PORT });
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']
	});
	try {
		for (const path of paths) await trace(browser, path);
	} finally {
		await browser.close();
		server.close();
	}
}

async function trace(browser, path) {
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
	await page.goto(ORIGIN + path);
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 60_000
	});
	const timing = await page.evaluate(() => ({
		ready: performance.getEntriesByName('map:ready')[0].startTime,
		marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
		resources: performance
			.getEntriesByType('resource')
			.map((r) => [r.name.replace(location.origin, ''), r.startTime, r.responseEnd])
	}));
	const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
	await context.close();

	console.log(`\n${path}: map:ready at ${Math.round(timing.ready)} ms`);
	for (const [name, start, end] of timing.resources)
		console.log(`  ${fmt(start)}–${fmt(end)}  ${name.slice(0, 90)}`);
	for (const [name, t] of timing.marks) console.log(`  ${fmt(t)}  mark ${name}`);
	summariseThreads(events);
	// The trace's clock has another origin: map:ready, in both, ties them together.
	const mark = events.find((e) => e.name === 'map:ready');
	if (process.env.TRACE_TASKS && mark)
		for (const line of longTasks(events, mark, mark.ts - timing.ready * 1000)) console.log(line);
}

function fmt(ms) {
	return String(Math.round(ms)).padStart(6);
}

/** Busy time per thread, split by the top-level kind of work (scripts by file). */
function summariseThreads(events) {
	const names = new Map();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
	const byThread = new Map();
	const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask');
	for (const task of tasks) {
		const key = `${task.pid}:${task.tid}`;
		const name = names.get(key) ?? key;
		if (!/CrRendererMain|Worker/.test(name)) continue;
		const t = byThread.get(key) ?? { name, busy: 0, kinds: new Map() };
		t.busy += task.dur / 1000;
		byThread.set(key, t);
	}
	// The largest events directly inside tasks, by name (and by script for script work).
	for (const e of events) {
		if (e.ph !== 'X' || e.name === 'RunTask' || !e.dur) continue;
		const t = byThread.get(`${e.pid}:${e.tid}`);
		if (!t) continue;
		const url = e.args?.data?.url || e.args?.data?.functionName || '';
		const kind =
			/FunctionCall|EvaluateScript|v8.compile|TimerFire|FireAnimationFrame|EventDispatch/.test(
				e.name
			)
				? `${e.name} ${url.replace(/^.*\//, '').slice(0, 40)}`
				: e.name;
		t.kinds.set(kind, (t.kinds.get(kind) ?? 0) + e.dur / 1000);
	}
	for (const t of byThread.values()) {
		console.log(`  ${t.name}: busy ${Math.round(t.busy)} ms`);
		const top = [...t.kinds].sort((a, b) => b[1] - a[1]).slice(0, 8);
		for (const [kind, ms] of top) console.log(`    ${fmt(ms)} ms  ${kind}`);
	}
}

/** The main thread's long tasks in order, each with the work inside it that took longest. */
export function longTasks(events, main, navStart, minMs = 50) {
	const inMain = (e) => e.pid === main.pid && e.tid === main.tid;
	const tasks = events.filter(
		(e) => e.ph === 'X' && e.name === 'RunTask' && inMain(e) && e.dur / 1000 >= minMs
	);
	const inner = events.filter((e) => e.ph === 'X' && e.name !== 'RunTask' && inMain(e) && e.dur);
	return tasks.map((t) => {
		const kids = inner.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
		const top = kids.sort((a, b) => b.dur - a.dur)[0];
		const url = top?.args?.data?.url?.replace(/^.*\//, '') ?? '';
		return `${fmt((t.ts - navStart) / 1000)} +${fmt(t.dur / 1000)}  ${top?.name ?? ''} ${url}`;
	});
}
