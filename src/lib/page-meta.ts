/**
 * What every page's load returns besides its own data. The layouts read it: `meta` becomes the
 * <title>, description, canonical, Open Graph and Twitter tags; `selection` is what the map
 * highlights and fits; `share` (when present) shows the share control for this page.
 */
export interface PageMeta {
	meta: { title: string; description: string; noindex?: boolean };
	selection: string[];
	share?: { title: string };
}

/** The public origin for canonical and Open Graph URLs, set at build time (PUBLIC_SITE_URL). */
export const SITE_URL = (__PUBLIC_SITE_URL__ || 'http://localhost:4173').replace(/\/+$/, '');

/** The absolute URL of a path on the published site. */
export function absoluteUrl(path: string): string {
	return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The one image link previews show. */
export const SITE_IMAGE = { path: '/og-image.png', width: 1200, height: 630 };
