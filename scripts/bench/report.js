// Medians and percentiles of the benchmark's runs, and the table it prints (and the README shows).

export const round = (n) => Math.round(n * 10) / 10;

export function stats(values) {
	const s = [...values].sort((a, b) => a - b);
	return { median: round(median(s)), min: round(s[0]), max: round(s.at(-1)) };
}

export function median(values) {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile: p95 of 20 samples is the 19th smallest, not the largest. */
export function percentile(values, p) {
	const s = [...values].sort((a, b) => a - b);
	return round(s[Math.max(0, Math.ceil(p * s.length) - 1)]);
}

const kib = (b) => (b / 1024).toFixed(1);

/** The results as a Markdown table: the same text goes to the terminal and into the README. */
export function table(r) {
	const rows = [
		'| page | map:ready ms, median (min–max) | ÷ bare | CPU ms | JS gzip KiB: MapLibre + rest | CSS | fonts | geo | content data | HTML | LCP ms (element) | long tasks (ms) |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
	];
	const bare = r.pages.bare.mapReadyMs.median;
	for (const [name, p] of Object.entries(r.pages)) {
		const b = p.bytes;
		const t = p.mapReadyMs;
		rows.push(
			[
				`${name} \`${p.path}\``,
				`${t.median} (${t.min}–${t.max})`,
				`${(t.median / bare).toFixed(2)}×`,
				String(p.cpuMs.median),
				`${kib(b.maplibreJs)} + ${kib(b.js - b.maplibreJs)}`,
				kib(b.css),
				kib(b.fonts),
				kib(b.geo),
				kib(b.data ?? 0),
				kib(b.html),
				p.lcp ? `${p.lcp.median} (${p.lcp.element})` : 'n/a',
				`${p.longTasks.count} (${p.longTasks.totalMs})`
			].join(' | ')
		);
	}
	return rows.map((row) => (row.startsWith('|') ? row : `| ${row} |`)).join('\n');
}

export function summary(r) {
	const lines = [
		`Home ÷ bare MapLibre: **${r.ratio.toFixed(2)}×** (medians; per-round median ${r.ratioPerRound.toFixed(2)}×).`
	];
	const clicks = (c, of = '') =>
		c
			? `Click → panel${of} (${c.samples} clicks on the map): p50 **${c.p50} ms**, p95 **${c.p95} ms** (DOM updated: p50 ${c.dom.p50}, p95 ${c.dom.p95}).`
			: 'Click → panel: not measured (see the error above).';
	lines.push(clicks(r.clickToPanelMs));
	for (const [name, c] of Object.entries(r.compareClickToPanelMs ?? {}))
		lines.push(clicks(c, ` (${name})`));
	return lines.join('\n');
}
