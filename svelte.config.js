import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { localizedEntries } from './src/lib/i18n/prerender-entries.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered: the site is plain files any host, CDN or classroom laptop can serve.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Russian and Japanese pages too (`/ru/…`, `/ja/…`), which no route file lists.
			entries: ['*', ...localizedEntries()]
		},
		// Root-relative asset URLs, so 404.html works when a host serves it at any depth.
		paths: { relative: false }
	}
};

export default config;
