// CPU time used by Chromium's processes (the page's renderer and the GPU process, where SwiftShader
// compiles shaders and draws) over a load, as Chromium itself reports it (DevTools protocol,
// SystemInfo.getProcessInfo). On a busy machine wall-clock times swell with every other job; the
// CPU a load consumes changes far less, so it shows what a change saves.

/** A function that returns CPU milliseconds used so far by each Chromium process, by id. */
export async function cpuProbe(browser) {
	const cdp = await browser.newBrowserCDPSession();
	return async () => {
		const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
		return new Map(processInfo.map((p) => [p.id, { ms: p.cpuTime * 1000, type: p.type }]));
	};
}

/** CPU milliseconds used between two snapshots by processes alive at the second, in all and by
 * kind of process (renderer, GPU, browser, utility…). */
export function cpuUsed(before, after) {
	const used = { total: 0 };
	for (const [id, { ms, type }] of after) {
		const delta = Math.round(ms - (before.get(id)?.ms ?? 0));
		used.total += delta;
		used[type] = (used[type] ?? 0) + delta;
	}
	return used;
}
