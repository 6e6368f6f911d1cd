import { alternates } from '$lib/i18n/locale';
import { absoluteUrl } from '$lib/page-meta';

export const prerender = true;

export function GET() {
	const body = [
		'User-agent: *',
		// Embeds in every language: `/embed/`, `/ru/embed/`, `/ja/embed/`.
		...alternates('/embed').map((e) => `Disallow: ${e.path}/`),
		`Sitemap: ${absoluteUrl('/sitemap.xml')}`,
		''
	];
	return new Response(body.join('\n'), { headers: { 'content-type': 'text/plain' } });
}
