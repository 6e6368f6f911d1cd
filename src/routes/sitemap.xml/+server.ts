import { sitePages } from '$lib/site-pages';
import { alternates } from '$lib/i18n/locale';
import { absoluteUrl } from '$lib/page-meta';

export const prerender = true;

/**
 * Every page worth indexing, in every language, from the site's one list of pages. Each entry
 * names its translations (`xhtml:link`), as search engines ask.
 */
export function GET() {
	const paths = sitePages()
		.filter((p) => p.indexed)
		.map((p) => p.path);
	const urls = paths.flatMap((path) => {
		const versions = alternates(path);
		const links = versions.map(
			(v) =>
				`    <xhtml:link rel="alternate" hreflang="${v.locale}" href="${absoluteUrl(v.path)}"/>`
		);
		return versions.map((v) =>
			[`  <url>`, `    <loc>${absoluteUrl(v.path)}</loc>`, ...links, `  </url>`].join('\n')
		);
	});
	const body = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>',
		''
	].join('\n');
	return new Response(body, { headers: { 'content-type': 'application/xml' } });
}
