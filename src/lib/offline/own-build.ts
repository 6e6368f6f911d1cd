/**
 * Whether a page (HTML) belongs to a given build, from the page alone.
 *
 * `/_app/version.json` tells which build the host serves, but a host that is being deployed to
 * (rsync, an upload to a static host) replaces its files in any order: for a while it may serve
 * the next build's pages beside the old version.json. The page itself says which build it is:
 * SvelteKit writes into it the build's hashed files it needs (`<link rel="modulepreload">`, the
 * stylesheets, the fonts, and the `import(...)` of its start and app entries). Hashed names follow
 * the content, and the start entry imports the chunk that holds the build's version, so every
 * build has its own start entry: a page whose hashed files are all in a build's list (`build` from
 * `$service-worker`) is that build's page. Exact, and it costs one read of text already downloaded.
 */

/** Characters that end a URL in HTML or in the inline boot script. */
const END = `"'\`\\s<>()`;

/**
 * The `/_app/immutable/` files a page's HTML names, with the base path, in order and without
 * repeats. The site's asset paths are root-relative (`paths.relative: false` in svelte.config.js),
 * so each is written as `${base}/_app/immutable/…`.
 */
export function immutableFiles(html: string, base = ''): string[] {
	const prefix = `${base}/_app/immutable/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const found = html.matchAll(new RegExp(`(?<![^${END}])${prefix}[^${END}]+`, 'g'));
	return [...new Set([...found].map(([url]) => url))];
}

/**
 * The hashed files a page names that are not in `build` (its list, with the base path): none for a
 * page of that build. A page naming no hashed file at all is no SvelteKit page (a static file):
 * it runs no build's code, and has none to miss.
 */
export function foreignFiles(html: string, build: ReadonlySet<string>, base = ''): string[] {
	return immutableFiles(html, base).filter((file) => !build.has(file));
}
