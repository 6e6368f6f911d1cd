// Writes the latest `npm run bench` figures into docs/performance.md, between its `bench:latest`
// markers, from bench-results/latest.json: the table is generated, never typed.
// `node scripts/bench/write-docs.js` rewrites it from the JSON that is there.
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { checkBudgets } from './budgets.js';
import { summary, table } from './report.js';
import { firstVisitSection } from './first-visit-report.js';

const DOC = 'docs/performance.md';
const START = '<!-- bench:latest:start (written by npm run bench; do not edit) -->';
const END = '<!-- bench:latest:end -->';

/** The generated part of the page, as Markdown. */
export function latestSection(r) {
	const when = r.date.slice(0, 10);
	const machine = r.loadAverage === undefined ? '' : `, load average ${r.loadAverage} at the start`;
	const budgets = checkBudgets(r).map(
		(b) =>
			`| ${b.name} | ≤ ${b.limit} ${b.unit} | ${b.figure} ${b.unit} | ${b.met ? 'yes' : 'no'} |`
	);
	return [
		`${r.runs} rounds on ${when}${r.commit ? ` at commit ${r.commit}` : ''}${machine}.`,
		'',
		table(r),
		'',
		summary(r),
		'',
		...(r.firstVisit ? [firstVisitSection(r.firstVisit, r.firstVisitMeasured), ''] : []),
		'| budget | limit | figure | met |',
		'| --- | --- | --- | --- |',
		...budgets
	].join('\n');
}

/** Puts the section between the markers of the page's text. */
export function replaceSection(doc, section) {
	const a = doc.indexOf(START);
	const b = doc.indexOf(END);
	if (a < 0 || b < a) throw new Error(`${DOC}: the bench:latest markers are missing`);
	return `${doc.slice(0, a + START.length)}\n\n${section}\n\n${doc.slice(b)}`;
}

export async function writeDocs(results, file = DOC) {
	const text = replaceSection(readFileSync(file, 'utf8'), latestSection(results));
	const options = (await prettier.resolveConfig(file)) ?? {};
	writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await writeDocs(JSON.parse(readFileSync('bench-results/latest.json', 'utf8')));
	console.log(`${DOC}: latest figures written from bench-results/latest.json`);
}
