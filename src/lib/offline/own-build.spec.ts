import { describe, expect, it } from 'vitest';
import { foreignFiles, immutableFiles } from './own-build';

/** A page as SvelteKit prerenders it (trimmed): the files it preloads and its boot script. */
const page = (base: string, start: string, app = 'app.DnjCct-T.js') => `<!doctype html>
<html lang="en"><head>
<link href="${base}/_app/immutable/assets/0.osEybnJU.css" rel="stylesheet">
<link rel="preload" as="font" type="font/woff2" href="${base}/_app/immutable/assets/noto-sans-latin-400-normal.BTkUljjl.woff2" crossorigin>
<link rel="modulepreload" href="${base}/_app/immutable/entry/${start}">
<link rel="modulepreload" href="${base}/_app/immutable/chunks/-UyI9lYi.js">
<link rel="icon" href="${base}/favicon.svg">
</head><body data-sveltekit-preload-data="hover"><div style="display: contents">
<script>
	{
		__sveltekit_3ypndd = { base: "${base}" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("${base}/_app/immutable/entry/${start}"),
			import("${base}/_app/immutable/entry/${app}")
		]).then(([kit, app]) => kit.start(app, element, { node_ids: [0, 2] }));
	}
</script></div></body></html>`;

const files = (base: string, start = 'start.BonBzmrI.js') =>
	[
		'assets/0.osEybnJU.css',
		'assets/noto-sans-latin-400-normal.BTkUljjl.woff2',
		`entry/${start}`,
		'chunks/-UyI9lYi.js',
		'entry/app.DnjCct-T.js'
	].map((f) => `${base}/_app/immutable/${f}`);

describe('immutableFiles', () => {
	it('finds every hashed file a page names, once each, in order', () => {
		expect(immutableFiles(page('', 'start.BonBzmrI.js'))).toEqual(files(''));
	});

	it('reads them under the base path, and only under it', () => {
		const html = page('/atlas', 'start.BonBzmrI.js');
		expect(immutableFiles(html, '/atlas')).toEqual(files('/atlas'));
		// Another site's (or another base's) files are not this site's build.
		expect(immutableFiles(html, '')).toEqual([]);
		expect(immutableFiles(page('', 'start.BonBzmrI.js'), '/atlas')).toEqual([]);
	});

	it('finds none in a page that runs no build’s code', () => {
		expect(immutableFiles('<!doctype html><p>Offline. <a href="/places">Places</a></p>')).toEqual(
			[]
		);
	});
});

describe('foreignFiles', () => {
	const build = new Set(files(''));

	it('is empty for a page of the build', () => {
		expect(foreignFiles(page('', 'start.BonBzmrI.js'), build)).toEqual([]);
	});

	it('names the next build’s start entry in a page of the next build', () => {
		// A new build has a new version, in a chunk the start entry imports: a new start entry.
		expect(foreignFiles(page('', 'start.Xq1w2e3R.js'), build)).toEqual([
			'/_app/immutable/entry/start.Xq1w2e3R.js'
		]);
	});

	it('reads the base path as the worker has it', () => {
		const html = page('/atlas', 'start.BonBzmrI.js');
		expect(foreignFiles(html, new Set(files('/atlas')), '/atlas')).toEqual([]);
		expect(foreignFiles(html, build, '/atlas')).toHaveLength(5);
	});
});
