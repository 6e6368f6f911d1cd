import { content } from '$lib/content';
import { absoluteUrl } from '$lib/page-meta';

export const prerender = true;

/** Every page worth indexing, from the content itself: nothing to keep in step by hand. */
export function GET() {
	const paths = [
		'/',
		'/places',
		'/agreements',
		'/events',
		...content.places.map((p) => `/places/${p.slug}`),
		...content.agreements.map((a) => `/agreements/${a.slug}`),
		...content.events.map((e) => `/events/${e.slug}`),
		'/tour',
		'/tour/print'
	];
	const body = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...paths.map((p) => `  <url><loc>${absoluteUrl(p)}</loc></url>`),
		'</urlset>',
		''
	].join('\n');
	return new Response(body, { headers: { 'content-type': 'application/xml' } });
}
