// Run after `vite build`: gives every page a second address with a trailing slash.
//
// The site's addresses have none (`/places/tokyo`, served from `places/tokyo.html`). A reader who
// types `/ru/` or pastes `/places/tokyo/` asks a plain static host for `ru/index.html` or
// `places/tokyo/index.html`, which it does not have: a 404. Each page gets that file too, a stub
// that sends the reader on to the page itself, keeping the query and the `#zoom/lat/lng` view.
// It is not a copy of the page: the page's asset links are relative to where it is served from.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build');

// The address without its trailing slashes, with everything after it. Only from an address that
// has one: a host that served this stub for the page's own address would otherwise reload forever.
const script =
	"var p=location.pathname;if(/\\/$/.test(p))location.replace(p.replace(/\\/+$/,'')+location.search+location.hash)";
const hash = createHash('sha256').update(script).digest('base64');

/**
 * Whether a built file (relative to the build) is one of these stubs, not a page: every page is
 * `x.html`, so every `x/index.html` below the root is a stub.
 * @param {string} file
 */
export const isStub = (file) => file.endsWith('/index.html');

/**
 * The stub for the page at `page` (`places/tokyo`), served as `places/tokyo/index.html`.
 * @param {string} page
 */
export function stub(page) {
	// Relative, so the stub works under any base path: from `/places/tokyo/`, `../tokyo`.
	const target = `../${page.split('/').at(-1)}`;
	return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${hash}'">
<meta name="robots" content="noindex">
<link rel="canonical" href="${target}">
<title>${page}</title>
<script>${script}</script>
<noscript><meta http-equiv="refresh" content="0; url=${target}"></noscript>
</head>
<body><p><a href="${target}">${page}</a></p></body>
</html>
`;
}

/**
 * Every prerendered page of `dir`: `places/tokyo` for `places/tokyo.html`; not the 404 pages.
 * @param {string} dir
 */
function pages(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).slice(0, -'.html'.length))
		.filter((p) => p !== 'index' && !p.endsWith('/index') && !/(^|\/)404$/.test(p))
		.filter((p) => !p.startsWith('_app/'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	let written = 0;
	for (const page of pages(root)) {
		const file = join(root, page, 'index.html');
		if (existsSync(file)) continue;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, stub(page));
		written++;
	}
	console.log(`trailing-slash: ${written} pages also answer with a trailing slash`);
}
