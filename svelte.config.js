import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { prerenderEntries } from './src/lib/site-pages.js';

/**
 * The optional online basemap (PUBLIC_BASEMAP_STYLE, see vite.config.ts) is the one thing the page
 * may fetch from another host; its origin is allowed only when it is configured (a path on this
 * site needs nothing).
 */
const basemap = process.env.PUBLIC_BASEMAP_STYLE ?? '';
const basemapOrigin = URL.canParse(basemap) ? new URL(basemap).origin : null;
const online = basemapOrigin ? [basemapOrigin] : [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered: the site is plain files any host, CDN or classroom laptop can serve.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Every page in every language from one list (src/lib/site-pages.js); '*' adds the files
			// that are not pages (the sitemap, robots.txt, the content JSON and the static maps).
			entries: ['*', ...prerenderEntries()]
		},
		// Root-relative asset URLs, so 404.html works when a host serves it at any depth.
		paths: { relative: false },
		// Written into every prerendered page as <meta http-equiv>, with the hashes of SvelteKit's inline
		// boot script added. A meta tag cannot carry frame-ancestors: see "Publish it" in the README.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (`style:--c` in the legend, `style="display: contents"` in
				// app.html); those cannot be hashed without 'unsafe-hashes' per value, so styles allow
				// inline. Scripts never do.
				'style-src': ['self', 'unsafe-inline'],
				// MapLibre's worker is its own same-origin module file (set in src/lib/map/maplibre.ts),
				// never a blob; so are the WebGL2 probe's worker and the service worker.
				'worker-src': ['self'],
				'connect-src': ['self', ...online],
				// data: is MapLibre's control icons (its CSS). An online basemap's sprites may be decoded
				// through blob: URLs.
				'img-src': ['self', 'data:', ...(basemapOrigin ? ['blob:', basemapOrigin] : [])],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		serviceWorker: {
			// Registered by UpdateNotice.svelte instead, which leaves it out of other sites' frames.
			register: false,
			// Offline needs neither the link-preview image (fetched by other sites' crawlers, online)
			// nor the GeoJSON's README.
			files: (file) => !/(^|\/)(og-image\.png|README\.md)$/.test(file)
		}
	}
};

export default config;
