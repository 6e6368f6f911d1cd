import { homeOf, LANGUAGES, pageIn, type Language } from './plan';

/** The interface strings the offline message uses, in one language (from messages/<lang>.json). */
export interface OfflineWords {
	language_name: string;
	offline_page_site: string;
	offline_page_title: string;
	offline_page_heading: string;
	offline_page_body: string;
	offline_page_stored: string;
	offline_page_this_page: string;
	offline_page_home: string;
	offline_page_tour: string;
	offline_page_nothing: string;
}

const escape = (s: string) =>
	s.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string
	);

/**
 * The page the service worker answers, offline, for a page of the site it has not stored: what
 * happened, in the page's language, and links to what it has, each in its own language. Plain
 * HTML with no script: it works with nothing else of the site stored.
 *
 * `stored(path)` says whether the copy holds a page; `base` is the site's base path.
 */
export function offlinePage(
	path: string,
	language: Language,
	words: Record<Language, OfflineWords>,
	stored: (path: string) => boolean,
	base = ''
): string {
	const w = words[language];
	const links: string[] = [];
	for (const other of [language, ...LANGUAGES.filter((l) => l !== language)]) {
		const o = words[other];
		const item = (href: string, label: string) =>
			links.push(
				`<li lang="${other}"><a href="${escape(base + href)}" hreflang="${other}">${escape(label)}</a></li>`
			);
		const same = pageIn(path, other);
		if (other !== language && stored(same)) item(same, o.offline_page_this_page);
		if (stored(homeOf(other))) item(homeOf(other), `${o.offline_page_home} (${o.language_name})`);
		const tour = pageIn('/tour', other);
		if (stored(tour)) item(tour, `${o.offline_page_tour} (${o.language_name})`);
	}
	const list = links.length
		? `<p>${escape(w.offline_page_stored)}</p>\n<ul>\n${links.join('\n')}\n</ul>`
		: `<p>${escape(w.offline_page_nothing)}</p>`;
	return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'unsafe-inline'; script-src 'none'">
<meta name="robots" content="noindex">
<link rel="icon" href="${escape(base)}/favicon.svg" type="image/svg+xml">
<title>${escape(w.offline_page_title)}</title>
<style>
body { margin: 0; font: 1.05rem/1.5 'Noto Sans', system-ui, sans-serif; color: #1b1b1b; background: #f4f6f8; }
header { background: #12263a; color: #fff; padding: 0.75rem 1rem; font-weight: 700; }
main { max-width: 36rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; }
h1 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 0.75rem; }
ul { padding: 0; list-style: none; }
li { margin: 0.5rem 0; }
a { display: inline-block; padding: 0.35rem 0; color: #0b5cad; font-weight: 700; }
a:focus-visible { outline: 3px solid #d55e00; outline-offset: 2px; }
.note { border-left: 4px solid #e69f00; padding-left: 0.75rem; }
</style>
</head>
<body>
<header>${escape(w.offline_page_site)}</header>
<main>
<h1>${escape(w.offline_page_heading)}</h1>
<p class="note">${escape(w.offline_page_body)}</p>
${list}
</main>
</body>
</html>
`;
}
