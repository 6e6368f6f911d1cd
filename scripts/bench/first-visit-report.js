// The first visit's figures (scripts/bench/first-visit.js) as Markdown, for the bench's printout
// and docs/performance.md. Apart from first-visit.js so the docs writer does not load a browser.

const mb = (bytes) => (bytes / 1_000_000).toFixed(2);

/** A table of each language's first visit. */
export function firstVisitTable(visits) {
	const rows = Object.entries(visits).map(
		([language, v]) =>
			`| ${language} \`${v.path}\` | ${v.files} | **${mb(v.gzipBytes)} MB** | ${mb(v.network.gzipBytes)} MB (${v.network.files}) | ${mb(v.fromHttpCache.gzipBytes)} MB (${v.fromHttpCache.files}) | ${v.stored.entries}, ${mb(v.stored.bytes)} MB | ${(v.ms / 1000).toFixed(1)} s |`
	);
	return [
		'| first visit (phone size) | files the worker fetched | gzip | from the network (files) | from the HTTP cache (files) | stored: entries, MB as stored | until it controls the page |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows
	].join('\n');
}

/** `measured`: when `node scripts/bench/first-visit.js` ran alone, apart from the rounds above. */
export function firstVisitSection(visits, measured) {
	const when = measured
		? ` (measured alone on ${measured.date.slice(0, 10)} at commit ${measured.commit})`
		: '';
	return [
		`What the service worker fetches on a first visit, until it controls the page${when}: gzip, as`,
		'a compressing host sends it; the budget is on English, Russian and Japanese are stated.',
		'',
		firstVisitTable(visits)
	].join('\n');
}
