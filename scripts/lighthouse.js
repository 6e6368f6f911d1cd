// `npm run lighthouse`: Lighthouse 12 (desktop preset) on the built site, served locally, with
// Debian's Chromium. Prints the four category scores and every audit that is not passed, and
// writes bench-results/lighthouse.json (full reports: bench-results/lighthouse-*.report.json).
//   LH_PORT (4191), CHROME_PATH (scripts/chromium.js's); --no-build uses the build/ that is there.
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, executablePath } from './chromium.js';
import { startServer } from './serve.js';

const PORT = Number(process.env.LH_PORT ?? 4191);
const PAGES = ['/', '/places/tokyo'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
mkdirSync('bench-results', { recursive: true });
const server = await startServer({ port: PORT });
const results = { date: new Date().toISOString(), lighthouse: null, pages: {} };
try {
	for (const path of PAGES) results.pages[path] = await audit(path);
} finally {
	server.close();
}
writeFileSync('bench-results/lighthouse.json', JSON.stringify(results, null, 2) + '\n');
print(results);

/** One Lighthouse run through its own CLI (which starts and stops Chromium). Asynchronous: the
 * server answering it runs in this process. */
async function audit(path) {
	const out = `bench-results/lighthouse-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.report.json`;
	await promisify(execFile)(
		'node_modules/.bin/lighthouse',
		[
			`http://127.0.0.1:${PORT}${path}`,
			'--preset=desktop',
			`--only-categories=${CATEGORIES.join(',')}`,
			`--chrome-flags=${FLAGS.join(' ')}`,
			'--output=json',
			`--output-path=${out}`,
			'--quiet'
		],
		{
			stdio: 'inherit',
			env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? executablePath }
		}
	);
	const lhr = JSON.parse(readFileSync(out, 'utf8'));
	results.lighthouse = lhr.lighthouseVersion;
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score]));
	// Audits below a pass, with what they measured: what is left to fix. Weight 0: shown, not scored.
	const weights = new Map(
		Object.values(lhr.categories).flatMap((c) => c.auditRefs.map((r) => [r.id, r.weight]))
	);
	const failing = Object.values(lhr.audits)
		.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
		.map((a) => ({
			id: a.id,
			title: a.title,
			score: a.score,
			weight: weights.get(a.id) ?? 0,
			value: a.displayValue ?? null
		}));
	const metrics = Object.fromEntries(
		[
			'first-contentful-paint',
			'largest-contentful-paint',
			'total-blocking-time',
			'cumulative-layout-shift',
			'speed-index'
		].map((id) => [id, lhr.audits[id]?.displayValue ?? null])
	);
	return { scores, metrics, failing, report: out };
}

function print(r) {
	console.log(`\nLighthouse ${r.lighthouse}, desktop preset\n`);
	for (const [path, p] of Object.entries(r.pages)) {
		const s = CATEGORIES.map((c) => `${c} ${p.scores[c]}`).join(', ');
		console.log(`${path}: ${s}`);
		console.log(
			`  ${Object.entries(p.metrics)
				.map(([k, v]) => `${k} ${v}`)
				.join(', ')}`
		);
		for (const a of p.failing)
			console.log(
				`  ✗ ${a.title}${a.value ? ` (${a.value})` : ''} [${a.id}: score ${a.score}, weight ${a.weight}]`
			);
	}
	console.log('\nWritten to bench-results/lighthouse.json');
}
