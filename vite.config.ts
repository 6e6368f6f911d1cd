import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Interface strings: messages/*.json compiled to src/lib/paraglide (options in
	// project.inlang/paraglide.config.js), kept in step while dev and build run. Vitest gets the
	// same output from `npm run i18n` (test:unit runs it first): the plugin's file watchers would
	// keep a one-off test run from exiting.
	plugins: [
		...(process.env.VITEST ? [] : [paraglideVitePlugin({ project: './project.inlang' })]),
		sveltekit(),
		// Svelte's runtime as one file in the browser: Rollup splits it into some twenty pieces by
		// which pages share them, each compressed apart; as one it is 4 KiB gzip smaller on the
		// first view. (Not for the server build, whose entry points SvelteKit analyses.)
		{
			name: 'svelte-runtime-chunk',
			apply: 'build',
			configResolved(c: { build: { ssr: unknown; rollupOptions: { output?: unknown } } }) {
				if (c.build.ssr) return;
				const out = c.build.rollupOptions.output as Record<string, unknown>;
				out.manualChunks = (id: string) =>
					id.includes('/node_modules/svelte/') ? 'svelte' : undefined;
			}
		}
	],
	// MapLibre is one large chunk by design; it loads after the prerendered text has painted.
	// No preload lists: SvelteKit writes each page's <link rel="modulepreload"> itself, and Vite's
	// lists of what every later import needs cost the first view 0.6–1.2 KiB gzip (the JS budget).
	build: { chunkSizeWarningLimit: 1200, modulePreload: false },
	// Build-time settings, both optional: the public origin for canonical URLs, and an online
	// basemap style for readers with internet. Unset, the site is fully offline.
	define: {
		__PUBLIC_SITE_URL__: JSON.stringify(process.env.PUBLIC_SITE_URL ?? ''),
		__PUBLIC_BASEMAP_STYLE__: JSON.stringify(process.env.PUBLIC_BASEMAP_STYLE ?? ''),
		__MAP_PATCHES__: JSON.stringify(process.env.MAP_PATCHES ?? 'all')
	},
	test: {
		environment: 'node',
		// The geometry checks read large files; a loaded 2-core CI machine needs the headroom.
		testTimeout: 30_000,
		projects: [
			// Specs beside the code.
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'] }
			},
			// Checks of the built site that need no browser (`npm run test:build`, after a build).
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.spec.ts'] } }
		]
	}
});
