import { absoluteUrl } from '$lib/page-meta';

export const prerender = true;

export function GET() {
	const body = [
		'User-agent: *',
		'Disallow: /embed/',
		`Sitemap: ${absoluteUrl('/sitemap.xml')}`,
		''
	];
	return new Response(body.join('\n'), { headers: { 'content-type': 'text/plain' } });
}
