// A tiny static server for the built site, used by the end-to-end tests and the benchmark.
// Unlike a dev server it behaves like a real host: unknown paths answer 404 with build/404.html.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|txt|xml|webmanifest)$/;

/**
 * Maps a URL path to a file of the build: `/places/tokyo` → `places/tokyo.html`.
 * @param {string} root
 * @param {string} urlPath
 */
export function resolveFile(root, urlPath) {
	let path;
	try {
		path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return null;
	}
	const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
	const candidates = [safe, `${safe}.html`, join(safe, 'index.html')];
	for (const c of candidates) {
		const file = join(root, c);
		if (!file.startsWith(root)) return null;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/**
 * The 404 page in the language of the address asked for: `/ru/…` answers `ru/404.html`, like a
 * host configured with one 404 page per language directory; everything else `404.html`.
 * @param {string} root
 * @param {string} urlPath
 */
export function notFoundPage(root, urlPath) {
	const lang = /^\/([a-z]{2})(?:[/?#]|$)/.exec(urlPath)?.[1];
	const localized = lang && join(root, lang, '404.html');
	return localized && existsSync(localized) ? localized : join(root, '404.html');
}

/**
 * Each file gzipped once, as a host or CDN keeps it compressed: compressing MapLibre (1 MB) on
 * every request cost this machine's CPU some 30 ms a time, in the middle of the page load the
 * benchmark measures. A rebuilt file (new mtime or size) is compressed again.
 * @type {Map<string, { stamp: string, body: Buffer }>}
 */
const gzipped = new Map();

/** @param {string} file */
function gzipOf(file) {
	const { mtimeMs, size } = statSync(file);
	const stamp = `${mtimeMs}:${size}`;
	const cached = gzipped.get(file);
	if (cached?.stamp === stamp) return cached.body;
	const body = gzipSync(readFileSync(file));
	gzipped.set(file, { stamp, body });
	return body;
}

/**
 * @param {{ root?: string, port?: number, host?: string, onRequest?: (path: string) => void }} [options]
 *   `onRequest` hears every request that reaches the server (the first-visit bench counts them).
 */
export function startServer({
	root = resolve('build'),
	port = 4173,
	host = '127.0.0.1',
	onRequest = undefined
} = {}) {
	const server = createServer((req, res) => {
		onRequest?.(req.url ?? '/');
		const file = resolveFile(root, req.url ?? '/');
		const status = file ? 200 : 404;
		const body = file ?? notFoundPage(root, req.url ?? '/');
		const type = TYPES[extname(body)] ?? 'application/octet-stream';
		/** @type {Record<string, string>} */
		const headers = { 'content-type': type, 'cache-control': 'no-cache' };
		const gzip = COMPRESSIBLE.test(body) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		if (gzip) headers['content-encoding'] = 'gzip';
		res.writeHead(status, headers);
		if (req.method === 'HEAD') return res.end();
		if (gzip) res.end(gzipOf(body));
		else createReadStream(body).pipe(res);
	});
	return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	startServer({ port }).then(() => console.log(`Serving build/ on http://127.0.0.1:${port}`));
}
