// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Set at build time from PUBLIC_SITE_URL (vite.config.ts); empty when unset. */
	const __PUBLIC_SITE_URL__: string;
	/** Set at build time from PUBLIC_BASEMAP_STYLE (vite.config.ts); empty when unset. */
	const __PUBLIC_BASEMAP_STYLE__: string;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
