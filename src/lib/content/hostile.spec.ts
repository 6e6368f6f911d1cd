import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import rawAgreements from './data/agreements.json';
import rawEvents from './data/events.json';
import rawOrganisations from './data/organisations.json';
import rawPlaces from './data/places.json';
import spellings from './data/spellings.json';
import { parseViewState } from '$lib/view-state';
import { ContentError, validateContent } from './validate';

/** Strings that would run or inject markup if any of them reached the page as HTML. */
const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'<script>alert(2)</script>',
	'"><svg onload=alert(3)>',
	"'><iframe src=javascript:alert(4)>"
];
const PAYLOAD = ' ' + HOSTILE.join(' ');

/** Every text a reader sees, in every record, with the hostile strings appended. */
function poison<T>(records: T[]): T[] {
	const walk = (value: unknown, key = ''): unknown => {
		if (typeof value === 'string')
			return [
				'slug',
				'parties',
				'places',
				'event',
				'date',
				'endDate',
				'kind',
				'sector',
				'status',
				'currency',
				'country',
				'type'
			].includes(key)
				? value
				: value + PAYLOAD;
		if (Array.isArray(value)) return value.map((v) => walk(v, key));
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
		return value;
	};
	return records.map((r) => walk(r) as T);
}

const poisoned = {
	places: poison(rawPlaces),
	organisations: poison(rawOrganisations),
	agreements: poison(rawAgreements),
	events: poison(rawEvents)
};

/** The rendered HTML holds each hostile string only as escaped text, never as markup. */
function expectInert(html: string) {
	expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	expect(html).toContain('&lt;script>alert(2)&lt;/script>');
	for (const tag of ['<img src=x', '<script>alert', '<svg onload', '<iframe src'])
		expect(html, tag).not.toContain(tag);
}

describe('hostile content', () => {
	// The real modules, fed the poisoned records: validation, queries and formatting as on the site.
	beforeAll(() => {
		vi.resetModules();
		vi.doMock('./data/places.json', () => ({ default: poisoned.places }));
		vi.doMock('./data/organisations.json', () => ({ default: poisoned.organisations }));
		vi.doMock('./data/agreements.json', () => ({ default: poisoned.agreements }));
		vi.doMock('./data/events.json', () => ({ default: poisoned.events }));
		// Components read the page's language from SvelteKit's page state: English, poisoned.
		vi.doMock('$app/state', async () => {
			const { english } = await import('$lib/server/content');
			return { page: { data: { l10n: english, locale: 'en' }, url: new URL('http://localhost/') } };
		});
	});

	it('passes validation: markup in text is allowed, and shown as text', async () => {
		const { content } = await import('$lib/server/content');
		expect(content.places.find((p) => p.slug === 'tokyo')?.name).toContain(HOSTILE[0]);
	});

	it('renders a place page, its agreements and quotes as inert text', async () => {
		const { q } = await import('$lib/server/content');
		const { english } = await import('$lib/server/content');
		// After resetModules: the same copy of Svelte as the freshly imported components.
		const { render } = await import('svelte/server');
		const Page = (await import('../../routes/(app)/places/[slug]/+page.svelte')).default;
		const { body } = render(Page, {
			props: { data: { place: q.place('tokyo')!, l10n: english } } as never
		});
		expect(body).toContain('data-agreement="');
		expectInert(body);
	});

	it('renders an agreement card, with parties, value, event and notes, as inert text', async () => {
		const { content } = await import('$lib/server/content');
		const { render } = await import('svelte/server');
		const Card = (await import('$lib/components/AgreementCard.svelte')).default;
		const agreement = content.agreements.find((a) => a.value && a.event && a.notes)!;
		const { body } = render(Card, { props: { agreement } });
		expectInert(body);
	});

	it('escapes it in the static map’s labels and title', async () => {
		const { selectionMapSvg, FALLBACK_MAP } = await import('$lib/map/selection-map.server');
		const { staticMapTitle } = await import('$lib/map/static-map-url');
		const { english } = await import('$lib/server/content');
		const svg = selectionMapSvg({
			...FALLBACK_MAP,
			slugs: ['tokyo'],
			title: staticMapTitle(['tokyo'], english)
		});
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(svg).not.toContain('<img');
		expect(svg).not.toContain('<script');
	});
});

describe('hostile identifiers', () => {
	it.each(['x"><script>alert(1)</script>', 'javascript:alert(1)', '../../etc/passwd', 'a b'])(
		'rejects the slug %j, so no URL is ever built from markup',
		(slug) => {
			const places = structuredClone(rawPlaces);
			places[0].slug = slug;
			const raw = {
				places,
				organisations: rawOrganisations,
				agreements: rawAgreements,
				events: rawEvents,
				spellings
			};
			expect(() => validateContent(raw)).toThrow(ContentError);
			expect(() => validateContent(raw)).toThrow(/places\.json: record ".*": field "slug"/);
		}
	);
});

describe('hostile URL state', () => {
	it('keeps markup in the query string as plain text for the search field', () => {
		for (const h of HOSTILE) expect(parseViewState(new URLSearchParams({ q: h })).q).toBe(h);
	});
});

describe('the source', () => {
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((f) => {
			const path = join(dir, f);
			return statSync(path).isDirectory() ? files(path) : [path];
		});
	const sources = files('src').filter(
		(f) => /\.(svelte|ts|js)$/.test(f) && !f.endsWith('.spec.ts')
	);

	it('never renders HTML from a string: no {@html}, innerHTML, outerHTML, setHTML or insertAdjacentHTML', () => {
		expect(sources.length).toBeGreaterThan(20);
		const offenders = sources.filter((f) =>
			/\{@html\b|\.innerHTML\b|\.outerHTML\b|\bsetHTML\b|insertAdjacentHTML|document\.write\b/.test(
				readFileSync(f, 'utf8')
			)
		);
		expect(offenders).toEqual([]);
	});
});
