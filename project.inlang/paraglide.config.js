import { defineConfig } from '@inlang/paraglide-js';

// Read by both the Vite plugin (dev, build, vitest) and `npm run i18n` (svelte-check on a clean
// clone), so the two always compile the same runtime.
export default defineConfig({
	outdir: './src/lib/paraglide',
	// The language is in the URL and nowhere else: prerendered pages cannot read a cookie or the
	// browser's languages, and a shared link must open in the language it was shared in. No
	// `urlPatterns`: the built-in pattern is exactly ours (English unprefixed, `/ru/…`, `/ja/…`)
	// and, unlike custom patterns, needs no URLPattern polyfill in the browser.
	strategy: ['url', 'baseLocale'],
	trailingSlash: 'never'
});
