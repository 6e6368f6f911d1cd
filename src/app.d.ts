// See https://svelte.dev/docs/kit/types#app.d.ts
import type { L10n } from '$lib/content/load';
import type { Locale } from '$lib/i18n/locale';

declare global {
	/** Set at build time from PUBLIC_SITE_URL (vite.config.ts); empty when unset. */
	const __PUBLIC_SITE_URL__: string;
	/** Set at build time from PUBLIC_BASEMAP_STYLE (vite.config.ts); empty when unset. */
	const __PUBLIC_BASEMAP_STYLE__: string;
	const __MAP_PATCHES__: string;
	namespace App {
		// interface Error {}
		// interface Locals {}
		/** What the root layout gives every page: its language and the content in it. */
		interface PageData {
			locale: Locale;
			l10n: L10n;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
