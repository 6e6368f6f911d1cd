import { beforeAll, describe, expect, it } from 'vitest';
import { init } from '../../hooks.server';
import { content, contentIn, english } from '$lib/server/content';
import {
	FALLBACK_MAP,
	fallbackMapResponse,
	mapSelections,
	selectionMapSvg
} from './selection-map.server';
import { selectionKey, slugsOfKey, staticMapPath, staticMapTitle } from './static-map-url';
import { sitePages } from '$lib/site-pages';

type Load = (event: {
	params: Record<string, string>;
	url: URL;
	parent: () => Promise<unknown>;
	fetch: typeof globalThis.fetch;
}) => unknown;
type Route = { load?: Load; entries?: () => Record<string, string>[] };

type Matcher = { match: (param: string) => boolean };
const matchers = import.meta.glob<Matcher>('/src/params/*.ts', { eager: true });

/**
 * The params of each page in the site's list ($lib/site-pages.js, what the prerenderer builds)
 * that a route's file serves: `{ slug: 'tokyo' }` for `(app)/places/[slug]/+page.ts`.
 */
function listedParams(file: string): Record<string, string>[] {
	const route = file.replace(/^\/src\/routes|\/\+page\.ts$|\/\([^)]*\)/g, '') || '/';
	const params: { name: string; matcher?: string }[] = [];
	const pattern = route.replace(/\[(\w+)(?:=(\w+))?\]/g, (_, name: string, matcher?: string) => {
		params.push({ name, matcher });
		return '([^/]+)';
	});
	return sitePages().flatMap(({ path }) => {
		const values = path.match(new RegExp(`^${pattern}$`))?.slice(1);
		if (!values) return [];
		const fits = params.every(
			({ matcher }, i) => !matcher || matchers[`/src/params/${matcher}.ts`].match(values[i])
		);
		return fits ? [Object.fromEntries(params.map(({ name }, i) => [name, values[i]]))] : [];
	});
}

// Every page of the site, so a new route with a new kind of selection is checked too.
const loads = import.meta.glob<Route>('/src/routes/**/+page.ts', { eager: true });
const routes = Object.fromEntries(
	Object.entries(loads).map(([file, route]) => [
		file,
		{ ...route, entries: route.entries ?? (() => listedParams(file)) }
	])
);

// What a page's load fetches from the site while prerendering (`/data/index.json`): the
// endpoints without parameters, answered by their own GET.
const endpoints = import.meta.glob<{ GET: () => Response | Promise<Response> }>(
	'/src/routes/**/+server.ts',
	{ eager: true }
);
const siteFetch: typeof fetch = async (url) => {
	const endpoint = endpoints[`/src/routes${String(url)}/+server.ts`];
	if (!endpoint) throw new Error(`no endpoint for ${url}`);
	return endpoint.GET();
};

describe('the static maps for browsers without WebGL2', () => {
	const keys = new Set(mapSelections().keys());
	// The pages' loads read the content as when prerendering: from the modules the server gives.
	beforeAll(() => init());

	it.each(Object.entries(routes).filter(([, r]) => r.load))(
		'%s: every page has a prerendered map of its selection',
		async (_file, route) => {
			const pages = route.entries!();
			expect(pages.length, 'pages listed in site-pages.js').toBeGreaterThan(0);
			for (const params of pages) {
				const data = (await route.load!({
					params,
					url: new URL('http://localhost/'),
					parent: async () => ({ l10n: english, locale: 'en' }),
					fetch: siteFetch
				})) as {
					selection?: string[];
				};
				const selection = data.selection ?? [];
				if (selection.length)
					expect(keys, JSON.stringify(params)).toContain(selectionKey(selection));
				else expect(staticMapPath(selection)).toBe('/maps/overview.svg');
			}
		}
	);

	it('shares one file between pages that select the same places, in any order', () => {
		expect(selectionKey(['tokyo', 'nagato', 'tokyo'])).toBe(selectionKey(['nagato', 'tokyo']));
		expect(staticMapPath(['tokyo', 'nagato'])).toBe('/maps/places/nagato_tokyo.svg');
		expect(keys.size).toBeLessThan(40);
	});

	it('draws each language’s map with that language’s names, in its own folder', async () => {
		expect(staticMapPath(['tokyo'], 'ru')).toBe('/maps/ru/places/tokyo.svg');
		expect(staticMapPath([], 'ja')).toBe('/maps/ja/overview.svg');
		const ru = contentIn('ru');
		const svg = await (await fallbackMapResponse(['tokyo'], 'ru')).text();
		expect(svg).toContain(`>${ru.q.place('tokyo')!.name}<`);
		expect(svg).not.toContain('>Tokyo<');
		expect(svg).toContain('lang="ru"');
		expect(svg).toContain(staticMapTitle(['tokyo'], ru));
	});

	it.each([
		'',
		'Tokyo',
		'tokyo_',
		'_tokyo',
		'tokyo__nagato',
		'../tokyo',
		'tokyo.svg',
		'a'.repeat(401)
	])('rejects the key %j', (key) => expect(slugsOfKey(key)).toBeNull());

	it('names the places it shows in its alt text', () => {
		expect(staticMapTitle(['nagato', 'tokyo'], english)).toMatch(/Nagato, Tokyo$/);
		expect(staticMapTitle([], english)).not.toBe('');
	});

	it('highlights and labels the selection, for wide and narrow screens, in a few kB', () => {
		const svg = selectionMapSvg({ ...FALLBACK_MAP, slugs: ['tokyo'], title: 'Tokyo' });
		expect(svg).toContain('data-slug="tokyo" class="step-place"');
		expect(svg.match(/class="label">Tokyo</g)).toHaveLength(1);
		expect(svg.match(/class="label-narrow">Tokyo</g)).toHaveLength(1);
		expect(svg).toMatch(/@media \(max-width:560px\)/);
		expect(svg).not.toMatch(/stroke="#333" stroke-width="2"/);
		expect(svg.length).toBeLessThan(60_000);
	});

	it('shows every place in the default view when nothing is selected', () => {
		const svg = selectionMapSvg({ ...FALLBACK_MAP, slugs: [], title: 'All' });
		for (const slug of ['nagato', 'tokyo', 'vladivostok', 'south-kurils'])
			expect(svg).toContain(`data-slug="${slug}" class="step-place"`);
		const tokyo = content.places.find((p) => p.slug === 'tokyo')!;
		expect(svg).toContain(`>${tokyo.name}</text>`);
	});
});
