import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ContentError, validateContent, validateTour, type RawContent } from './validate';

// Small made-up content (see fixtures/README.md): a valid set, and broken files that each
// replace one of its files with one thing wrong.
const DIR = 'src/lib/content/fixtures';
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const COLLECTIONS = ['places', 'organisations', 'agreements', 'events', 'spellings'] as const;

/** Validates the valid set with `broken` swapped in; the problems, each naming its file. */
function problems(broken?: string): string[] {
	const files = Object.fromEntries(
		[...COLLECTIONS, 'tour'].map((k) => [k, `${DIR}/valid/${k}.json`])
	) as Record<(typeof COLLECTIONS)[number] | 'tour', string>;
	if (broken) files[broken.split('.')[0] as keyof typeof files] = `${DIR}/broken/${broken}`;
	const raw = Object.fromEntries(
		COLLECTIONS.map((k) => [k, read(files[k])])
	) as unknown as RawContent;
	try {
		validateTour(read(files.tour), validateContent(raw, files), files.tour);
		return [];
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return error.problems;
	}
}

const file = (name: string) => `${DIR}/broken/${name}`;

describe('content validation', () => {
	it('accepts the valid fixtures', () => {
		expect(problems()).toEqual([]);
	});

	it.each([
		['places.missing-field.json', 'record "bridge": field "summary": Invalid key'],
		[
			'places.wrong-type.json',
			'record "harbour": field "source.0.paragraph": Invalid type: Expected number but received "one"'
		],
		['places.unknown-kind.json', 'record "harbour": field "kind": Invalid type'],
		[
			'places.bad-slug.json',
			'record "Big Bridge": field "slug": must be lowercase words joined by hyphens'
		],
		['places.duplicate-slug.json', 'record "harbour": field "slug": duplicate'],
		[
			'places.misspelling.json',
			'record "bridge": field "description": the article\'s misspelling “brigde” outside quotes; write “bridge”'
		],
		[
			'organisations.misspelling.json',
			'record "ministry": field "name": the article\'s misspelling “Bilder” outside quotes; write “Builder”'
		],
		[
			'agreements.wrong-type.json',
			'record "bridge-plan": field "value.amount": Invalid type: Expected number but received "1 million"'
		],
		[
			'agreements.dangling-place.json',
			'record "bridge-plan": field "places.0": no such record "atlantis"'
		],
		[
			'agreements.dangling-party.json',
			'record "bridge-plan": field "parties.2": no such record "nobody"'
		],
		[
			'agreements.bad-date.json',
			'record "bridge-plan": field "date": must be an ISO date (YYYY-MM-DD)'
		],
		['agreements.unknown-field.json', 'record "bridge-plan": field "typo": Invalid key'],
		['events.end-before-start.json', 'record "summit": field "endDate": before "date"'],
		[
			'tour.dangling-agreement.json',
			'record "the-summit": field "agreements.0": no such record "nowhere"'
		],
		[
			'tour.misspelling.json',
			'record "the-summit": field "narrative": the article\'s misspelling “brigde” outside quotes'
		],
		['tour.no-places.json', 'record "the-summit": field "places": needs at least one place']
	])('%s fails naming the file, the record and the field', (name, expected) => {
		const found = problems(name);
		expect(found.length).toBeGreaterThan(0);
		expect(
			found.some((p) => p.startsWith(`${file(name)}: ${expected}`)),
			found.join('\n')
		).toBe(true);
	});

	it('names the field of the spellings list itself', () => {
		expect(problems('spellings.empty-correction.json')).toContainEqual(
			`${file('spellings.empty-correction.json')}: field "0.correct": must not be empty`
		);
	});

	it('fails the build: the module the build reads the content from throws on a broken record', async () => {
		vi.resetModules();
		vi.doMock('./data/places.json', () => ({ default: read(file('places.missing-field.json')) }));
		await expect(import('$lib/server/content')).rejects.toThrow(
			/src\/lib\/content\/data\/places\.json: record "bridge": field "summary"/
		);
		vi.doUnmock('./data/places.json');
	});
});

it('has a test for every broken fixture', () => {
	const tested = ['src/lib/content/validation.spec.ts', 'scripts/build-geo-errors.spec.ts']
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	for (const name of readdirSync(`${DIR}/broken`)) expect(tested).toContain(`'${name}'`);
});
