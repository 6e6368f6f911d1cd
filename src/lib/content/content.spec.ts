import { describe, expect, it } from 'vitest';
import rawAgreements from './data/agreements.json';
import rawEvents from './data/events.json';
import rawOrganisations from './data/organisations.json';
import rawPlaces from './data/places.json';
import spellings from './data/spellings.json';
import rawTour from './data/tour.json';
import { content, tour } from '$lib/server/content';
import { ContentError, validateContent, validateTour, type RawContent } from './validate';
import article from './data/article.json';
// The article is part of the sources (data/article.json says what it is). It is read through
// Vite's `?raw` import, as the browser code it sits beside has no node:fs.
import ARTICLE from './data/article.txt?raw';

/** Body paragraphs, numbered from 1: blank-line separated blocks minus title, "« Back" and dateline. */
const PARAGRAPHS = ARTICLE.split(/\n\s*\n/)
	.map((block) => block.trim())
	.filter((block) => block.length > 0)
	.slice(3);

describe('the article', () => {
	it('is the one data/article.json describes: its title, date and author', () => {
		const [title, , dateline] = ARTICLE.split(/\n\s*\n/).map((b) => b.trim());
		expect(title).toBe(article.title);
		const [y, m, d] = article.published.split('-');
		expect(dateline).toContain(`${d}.${m}.${y}`);
		const [family, given] = ARTICLE.trim().split('\n').at(-1)!.split(/\s+/);
		expect(article.author).toBe(`${given} ${family}`);
	});
});

const raw = (): RawContent =>
	structuredClone({
		places: rawPlaces,
		organisations: rawOrganisations,
		agreements: rawAgreements,
		events: rawEvents,
		spellings
	}) as RawContent;

type Sourced = { slug: string; source: { paragraph: number; quote: string }[] };
const sourced: [string, Sourced[]][] = [
	['places', content.places],
	['agreements', content.agreements],
	['events', content.events],
	['tour', tour]
];

/** Every string a record says in the project's own words (everything except quotes and slugs). */
function ownText(value: unknown, key = ''): string[] {
	if (typeof value === 'string')
		return ['slug', 'quote', 'parties', 'places', 'event', 'date', 'endDate'].includes(key)
			? []
			: [value];
	if (Array.isArray(value)) return value.flatMap((v) => ownText(v, key));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (k === 'source' ? [] : ownText(v, k)));
	return [];
}

/** The fields shown as the project's own names and prose. */
function displayText(record: Record<string, unknown>): string[] {
	return ['name', 'title', 'summary', 'description', 'altNames'].flatMap((k) => {
		const v = record[k];
		return typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : [];
	});
}

const allRecords = (): Record<string, unknown>[] => [
	...content.places,
	...content.organisations,
	...content.agreements,
	...content.events
];

describe('article paragraphs', () => {
	it('splits the article as the schema documents', () => {
		expect(PARAGRAPHS[0]).toMatch(/^The end of the expiring year/);
		expect(PARAGRAPHS[6]).toMatch(/^Returning to the December visit/);
		expect(PARAGRAPHS.at(-1)).toMatch(/^Kharitonova Daria/);
	});
});

describe('sources', () => {
	for (const [file, records] of sourced) {
		it(`every ${file} quote occurs verbatim in its stated paragraph`, () => {
			const wrong: string[] = [];
			for (const r of records)
				for (const s of r.source) {
					const paragraph = PARAGRAPHS[s.paragraph - 1];
					if (!paragraph || !paragraph.includes(s.quote))
						wrong.push(`${r.slug} ¶${s.paragraph}: ${s.quote.slice(0, 60)}`);
				}
			expect(wrong).toEqual([]);
		});
	}

	it('stores quotes already trimmed', () => {
		const untrimmed = [rawPlaces, rawAgreements, rawEvents, rawTour]
			.flat()
			.flatMap((r) => r.source.map((s) => s.quote))
			.filter((q) => q !== q.trim());
		expect(untrimmed).toEqual([]);
	});

	it('gives every place at least one source', () => {
		expect(content.places.filter((p) => p.source.length === 0).map((p) => p.slug)).toEqual([]);
	});
});

describe('references', () => {
	it('has unique slugs in each collection', () => {
		for (const list of [
			content.places,
			content.organisations,
			content.agreements,
			content.events
		]) {
			const slugs = list.map((r) => r.slug);
			expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
		}
	});

	it("resolves every agreement's parties, places and event", () => {
		const orgs = new Set(content.organisations.map((o) => o.slug));
		const places = new Set(content.places.map((p) => p.slug));
		const events = new Set(content.events.map((e) => e.slug));
		const missing = content.agreements.flatMap((a) => [
			...a.parties.filter((p) => !orgs.has(p)).map((p) => `${a.slug}: party ${p}`),
			...a.places.filter((p) => !places.has(p)).map((p) => `${a.slug}: place ${p}`),
			...(a.event && !events.has(a.event) ? [`${a.slug}: event ${a.event}`] : [])
		]);
		expect(missing).toEqual([]);
	});

	it("resolves every event's places", () => {
		const places = new Set(content.places.map((p) => p.slug));
		const missing = content.events.flatMap((e) =>
			e.places.filter((p) => !places.has(p)).map((p) => `${e.slug}: ${p}`)
		);
		expect(missing).toEqual([]);
	});

	it('dates each agreement within its event', () => {
		const events = new Map(content.events.map((e) => [e.slug, e]));
		const outside = content.agreements
			.filter((a) => a.event)
			.filter((a) => {
				const e = events.get(a.event!)!;
				return a.date < e.date || a.date > (e.endDate ?? e.date);
			})
			.map((a) => a.slug);
		expect(outside).toEqual([]);
	});
});

describe('places', () => {
	it('has the six card places with their exact slugs and kinds', () => {
		const kinds = Object.fromEntries(content.places.map((p) => [p.slug, p.kind]));
		expect(kinds).toMatchObject({
			nagato: 'venue',
			tokyo: 'venue',
			vladivostok: 'venue',
			'sakhalin-2': 'energy',
			'south-kurils': 'disputed',
			'sakhalin-hokkaido-bridge': 'infrastructure'
		});
	});

	it('has exactly the agreed place list', () => {
		expect(content.places.map((p) => p.slug).sort()).toEqual(
			[
				'nagato',
				'tokyo',
				'vladivostok',
				'sakhalin-2',
				'south-kurils',
				'sakhalin-hokkaido-bridge',
				'mainland-sakhalin-bridge',
				'trans-siberian-railway',
				'baikal-amur-railway',
				'sochi',
				'moscow',
				'yekaterinburg',
				'yamal-lng',
				'taormina'
			].sort()
		);
	});

	it('keeps summaries to one short line', () => {
		const long = [...content.places, ...content.agreements, ...content.events]
			.filter((r) => r.summary.length > 140)
			.map((r) => r.slug);
		expect(long).toEqual([]);
	});

	it('keeps descriptions to one to four sentences', () => {
		const off = content.places
			.map((p) => [p.slug, p.description.split(/(?<=[.!?])\s+(?=[A-Z“])/).length] as const)
			.filter(([, n]) => n < 1 || n > 4);
		expect(off).toEqual([]);
	});
});

describe('figures', () => {
	const FIGURES = [
		'$1.3 billion',
		'$2.54 billion',
		'$1 billion',
		'€200 million',
		'€53.6 million',
		'10%',
		'80 documents',
		'12 interdepartmental',
		'20 agreements'
	];

	it.each(FIGURES)('records %s in a value wording or a quote', (figure) => {
		expect(ARTICLE).toContain(figure);
		const texts = content.agreements.flatMap((a) => [
			a.value?.wording ?? '',
			...a.source.map((s) => s.quote)
		]);
		expect(texts.some((t) => t.includes(figure))).toBe(true);
	});

	it("matches every value's amount and currency to its wording, quoted in the record", () => {
		const wrong = content.agreements
			.filter((a) => a.value)
			.filter((a) => {
				const { amount, currency, wording } = a.value!;
				const m = /^([$€])(\d+(?:\.\d+)?) (billion|million)$/.exec(wording);
				if (!m) return true;
				const expected = Math.round(Number(m[2]) * (m[3] === 'billion' ? 1e9 : 1e6));
				const symbol = currency === 'USD' ? '$' : '€';
				return (
					m[1] !== symbol || amount !== expected || !a.source.some((s) => s.quote.includes(wording))
				);
			})
			.map((a) => a.slug);
		expect(wrong).toEqual([]);
	});
});

describe('names', () => {
	const MISSPELLINGS = [
		'Hamobai',
		'Seco',
		'Rusargo',
		'Sojits',
		'East Economic Forum',
		'Mail of Russia'
	];

	it('lists every one of the article’s misspellings in spellings.json, which the build enforces', () => {
		expect(spellings.map((s) => s.article).sort()).toEqual([...MISSPELLINGS].sort());
	});

	it.each(MISSPELLINGS)(
		'never writes the article’s misspelling “%s” in its own names or prose',
		(bad) => {
			expect(ARTICLE).toContain(bad);
			const pattern = new RegExp(`\\b${bad}\\b`);
			const hits = allRecords()
				.filter((r) => displayText(r).some((t) => pattern.test(t)))
				.map((r) => r.slug);
			expect(hits).toEqual([]);
		}
	);

	it('keeps the article’s spelling for each misspelled organisation', () => {
		const expected: Record<string, string> = {
			sojitz: 'Sojits',
			rusagro: 'Rusargo',
			'russian-post': 'Mail of Russia'
		};
		for (const [slug, spelling] of Object.entries(expected)) {
			const org = content.organisations.find((o) => o.slug === slug);
			expect(org, slug).toBeDefined();
			expect(org!.articleSpelling, slug).toContain(spelling);
		}
	});

	it('only records article spellings the article actually uses', () => {
		const unused = content.organisations
			.filter((o) => o.articleSpelling && !ARTICLE.includes(o.articleSpelling))
			.map((o) => o.slug);
		expect(unused).toEqual([]);
	});

	it('uses the correct names', () => {
		const names = content.organisations.map((o) => o.name);
		for (const name of ['Sojitz Corporation', 'Rusagro', 'Russian Post', 'Mitsui & Co.'])
			expect(names).toContain(name);
		expect(content.events.find((e) => e.slug === 'eastern-economic-forum-2016')?.title).toContain(
			'Eastern Economic Forum'
		);
		expect(content.places.find((p) => p.slug === 'south-kurils')?.description).toContain('Habomai');
	});
});

describe('the disputed islands', () => {
	const kurils = content.places.find((p) => p.slug === 'south-kurils')!;

	it('names the islands by both sides’ names', () => {
		expect(kurils).toBeDefined();
		expect(kurils.kind).toBe('disputed');
		expect(kurils.name).toContain('South Kurils');
		expect(kurils.name).toContain('Northern Territories');
	});

	it('says that Russia administers them and Japan claims them, and names the islands', () => {
		expect(kurils.description).toMatch(/Russia administers/);
		expect(kurils.description).toMatch(/Japan claims/);
		for (const island of ['Iturup', 'Kunashir', 'Shikotan', 'Habomai'])
			expect(kurils.description).toContain(island);
	});

	it('never takes a side in its own words', () => {
		const loaded = allRecords()
			.flatMap((r) => ownText(r).map((t) => [r.slug, t] as const))
			.filter(([, t]) => /russian islands|japanese islands|occupied|occupation/i.test(t))
			.map(([slug]) => slug);
		expect(loaded).toEqual([]);
	});
});

describe('validateContent', () => {
	it('accepts the real data', () => {
		expect(() => validateContent(raw())).not.toThrow();
	});

	function problem(mutate: (r: RawContent) => void): string {
		const data = raw();
		mutate(data);
		try {
			validateContent(data);
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			return (error as ContentError).message;
		}
		throw new Error('validateContent did not throw');
	}

	it('names file, record and field for a missing field', () => {
		const message = problem((r) => {
			delete (r.places as Record<string, unknown>[]).find((p) => p.slug === 'nagato')!.summary;
		});
		expect(message).toContain('src/lib/content/data/places.json');
		expect(message).toContain('record "nagato"');
		expect(message).toContain('field "summary"');
	});

	it('names file, record and field for a bad slug', () => {
		const message = problem((r) => {
			(r.agreements as Record<string, unknown>[])[0].slug = 'Bad Slug';
		});
		expect(message).toContain('src/lib/content/data/agreements.json');
		expect(message).toContain('record "Bad Slug"');
		expect(message).toContain('field "slug"');
	});

	it('names file, record and field for an unknown party', () => {
		const message = problem((r) => {
			const loan = (r.agreements as { slug: string; parties: string[] }[]).find(
				(a) => a.slug === 'yamal-lng-jbic-loan'
			)!;
			loan.parties.push('no-such-company');
		});
		expect(message).toContain('src/lib/content/data/agreements.json');
		expect(message).toContain('record "yamal-lng-jbic-loan"');
		expect(message).toContain('field "parties.2"');
		expect(message).toContain('no-such-company');
	});

	it('names file, record and field for an unknown event place', () => {
		const message = problem((r) => {
			(r.events as { slug: string; places: string[] }[])
				.find((e) => e.slug === 'sochi-meeting-2016')!
				.places.push('atlantis');
		});
		expect(message).toContain('src/lib/content/data/events.json');
		expect(message).toContain('record "sochi-meeting-2016"');
		expect(message).toContain('field "places.1"');
	});
});

describe('the classroom tour', () => {
	const ownWords = (t: (typeof tour)[number]) => [t.title, t.narrative, ...(t.notes ?? [])];

	it('has at least nine steps with unique slugs', () => {
		expect(tour.length).toBeGreaterThanOrEqual(9);
		const slugs = tour.map((t) => t.slug);
		expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
	});

	it('covers the whole article: every body paragraph is quoted by some step', () => {
		const quoted = new Set(tour.flatMap((t) => t.source.map((s) => s.paragraph)));
		// The last block is the author's byline, not part of the story.
		const missing = PARAGRAPHS.slice(0, -1)
			.map((_, i) => i + 1)
			.filter((n) => !quoted.has(n));
		expect(missing).toEqual([]);
	});

	it('follows the article from Sochi to what came after', () => {
		// Where each place is first the subject of a step (step 1 is the overview of them all).
		const firstStep = (slug: string) => tour.findIndex((t, i) => i > 0 && t.places.includes(slug));
		const order = ['sochi', 'vladivostok', 'nagato', 'sakhalin-2', 'south-kurils', 'moscow'];
		const steps = order.map(firstStep);
		expect(steps.every((i) => i > 0)).toBe(true);
		expect([...steps].sort((a, b) => a - b)).toEqual(steps);
		const places = tour.flatMap((t) => t.places);
		for (const slug of ['tokyo', 'yekaterinburg', 'sakhalin-hokkaido-bridge'])
			expect(places).toContain(slug);
	});

	it('resolves every step’s places and agreements', () => {
		const places = new Set(content.places.map((p) => p.slug));
		const agreements = new Set(content.agreements.map((a) => a.slug));
		const missing = tour.flatMap((t) => [
			...t.places.filter((p) => !places.has(p)).map((p) => `${t.slug}: place ${p}`),
			...t.agreements.filter((a) => !agreements.has(a)).map((a) => `${t.slug}: agreement ${a}`)
		]);
		expect(missing).toEqual([]);
	});

	it('keeps titles and narratives short enough to read from the back of a room', () => {
		const long = tour
			.filter((t) => t.title.length > 45 || t.narrative.length > 280)
			.map((t) => t.slug);
		expect(long).toEqual([]);
	});

	it('keeps the article’s misspellings out of titles and narratives', () => {
		const bad = /\b(Hamobai|Seco|Rusargo|Sojits|East Economic Forum|Mail of Russia)\b/;
		const hits = tour.filter((t) => bad.test(t.title) || bad.test(t.narrative)).map((t) => t.slug);
		expect(hits).toEqual([]);
	});

	it('names the disputed islands only as “South Kurils / Northern Territories”, taking no side', () => {
		const wrong = tour.flatMap((t) =>
			[t.title, t.narrative]
				.filter((text) => {
					const bare = text.replaceAll('South Kurils / Northern Territories', '');
					return /South Kuril|Northern Territor/i.test(bare);
				})
				.map(() => t.slug)
		);
		expect(wrong).toEqual([]);
		const loaded = tour
			.filter((t) =>
				ownWords(t).some((w) => /russian islands|japanese islands|occupied|occupation/i.test(w))
			)
			.map((t) => t.slug);
		expect(loaded).toEqual([]);
		const kurils = tour.find((t) => t.places.includes('south-kurils'))!;
		expect(kurils.title).toContain('South Kurils / Northern Territories');
		expect(kurils.narrative).toMatch(/Russia administers/);
		expect(kurils.narrative).toMatch(/Japan claims/);
	});
});

describe('validateTour', () => {
	const rawSteps = () => structuredClone(rawTour) as Record<string, unknown>[];

	function tourProblem(mutate: (steps: Record<string, unknown>[]) => void): string {
		const steps = rawSteps();
		mutate(steps);
		try {
			validateTour(steps, content);
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			return (error as ContentError).message;
		}
		throw new Error('validateTour did not throw');
	}

	it('accepts the real tour', () => {
		expect(() => validateTour(rawSteps(), content)).not.toThrow();
	});

	it('names file, record and field for a missing narrative', () => {
		const message = tourProblem((steps) => {
			delete steps.find((t) => t.slug === 'sochi')!.narrative;
		});
		expect(message).toContain('src/lib/content/data/tour.json');
		expect(message).toContain('record "sochi"');
		expect(message).toContain('field "narrative"');
	});

	it('names file, record and field for a bad quote paragraph', () => {
		const message = tourProblem((steps) => {
			(steps[1].source as { paragraph: number }[])[0].paragraph = 0;
		});
		expect(message).toContain(`record "${rawTour[1].slug}"`);
		expect(message).toContain('field "source.0.paragraph"');
	});

	it('names file, record and field for an unknown place or agreement', () => {
		const message = tourProblem((steps) => {
			const step = steps.find((t) => t.slug === 'nagato')!;
			(step.places as string[]).push('atlantis');
			(step.agreements as string[]).push('no-such-agreement');
		});
		expect(message).toContain('src/lib/content/data/tour.json');
		expect(message).toContain('record "nagato"');
		expect(message).toContain('field "places.1"');
		expect(message).toContain('"atlantis"');
		expect(message).toContain('field "agreements.2"');
		expect(message).toContain('"no-such-agreement"');
	});

	it('rejects a step with no places, so every step has a camera', () => {
		const message = tourProblem((steps) => {
			steps[0].places = [];
		});
		expect(message).toContain(`record "${rawTour[0].slug}"`);
		expect(message).toContain('field "places"');
	});

	it('rejects duplicate slugs and an empty tour', () => {
		expect(tourProblem((steps) => (steps[1].slug = steps[0].slug))).toContain('duplicate');
		expect(tourProblem((steps) => steps.splice(0))).toContain('at least one step');
	});
});
