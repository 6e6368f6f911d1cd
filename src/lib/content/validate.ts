import * as v from 'valibot';
import {
	Agreement,
	Event,
	Organisation,
	Place,
	PlaceGeoSchema,
	Site,
	Spelling,
	TourStep
} from './schema';
import { misspellings } from './spelling';
import type {
	Agreement as AgreementT,
	Event as EventT,
	Organisation as OrganisationT,
	PlaceGeo as PlaceGeoT,
	Place as PlaceT,
	Site as SiteT,
	Spelling as SpellingT,
	TourStep as TourStepT
} from './schema';

export interface RawContent {
	places: unknown;
	organisations: unknown;
	agreements: unknown;
	events: unknown;
	/** The article's misspellings, allowed only inside quotes. */
	spellings: unknown;
}

export interface Content {
	places: PlaceT[];
	organisations: OrganisationT[];
	agreements: AgreementT[];
	events: EventT[];
	spellings: SpellingT[];
}

/** Thrown with every problem found, each naming the file, the record and the field. */
export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid content:\n  - ${problems.join('\n  - ')}`);
		this.name = 'ContentError';
	}
}

/** Where each collection lives; tests validate fixture files under their own names. */
export type ContentFiles = Record<keyof RawContent | 'tour' | 'site', string>;
export const FILES: ContentFiles = {
	places: 'src/lib/content/data/places.json',
	organisations: 'src/lib/content/data/organisations.json',
	agreements: 'src/lib/content/data/agreements.json',
	events: 'src/lib/content/data/events.json',
	spellings: 'src/lib/content/data/spellings.json',
	tour: 'src/lib/content/data/tour.json',
	site: 'src/lib/content/data/site.json'
};

function recordName(raw: unknown, index: number): string {
	const slug = (raw as { slug?: unknown } | null)?.slug;
	return typeof slug === 'string' ? `record "${slug}"` : `record #${index + 1}`;
}

function parseList<T>(
	file: string,
	schema: v.GenericSchema<unknown, T>,
	raw: unknown,
	problems: string[],
	spellings: readonly SpellingT[] = []
): T[] {
	if (!Array.isArray(raw)) {
		problems.push(`${file}: must hold a JSON array of records`);
		return [];
	}
	const out: T[] = [];
	const seen = new Set<string>();
	raw.forEach((item, index) => {
		const result = v.safeParse(schema, item);
		if (!result.success) {
			for (const issue of result.issues) {
				const field = v.getDotPath(issue) ?? '(record)';
				problems.push(`${file}: ${recordName(item, index)}: field "${field}": ${issue.message}`);
			}
			return;
		}
		const slug = (result.output as { slug: string }).slug;
		if (seen.has(slug))
			problems.push(`${file}: ${recordName(item, index)}: field "slug": duplicate`);
		seen.add(slug);
		problems.push(...misspellings(file, slug, result.output, spellings));
		out.push(result.output);
	});
	return out;
}

const slugsIn = (raw: unknown) =>
	new Set<unknown>(
		Array.isArray(raw) ? raw.map((r) => (r as { slug?: unknown } | null)?.slug) : []
	);

/** The spellings list itself: a plain array of { article, correct }. */
function parseSpellings(file: string, raw: unknown, problems: string[]): SpellingT[] {
	const result = v.safeParse(v.array(Spelling), raw);
	if (result.success) return result.output;
	for (const issue of result.issues)
		problems.push(`${file}: field "${v.getDotPath(issue) ?? '(root)'}": ${issue.message}`);
	return [];
}

/**
 * Validates every record and every cross-reference, and keeps the article's misspellings inside
 * quotes; throws a ContentError listing all problems.
 */
export function validateContent(raw: RawContent, files: Partial<ContentFiles> = {}): Content {
	const f = { ...FILES, ...files };
	const problems: string[] = [];
	const spellings = parseSpellings(f.spellings, raw.spellings, problems);
	const places = parseList(f.places, Place, raw.places, problems, spellings);
	const organisations = parseList(
		f.organisations,
		Organisation,
		raw.organisations,
		problems,
		spellings
	);
	const agreements = parseList(f.agreements, Agreement, raw.agreements, problems, spellings);
	const events = parseList(f.events, Event, raw.events, problems, spellings);

	// Against every slug the files hold: a record that failed its own checks is reported once,
	// not again by every reference to it.
	const placeSlugs = slugsIn(raw.places);
	const orgSlugs = slugsIn(raw.organisations);
	const eventSlugs = slugsIn(raw.events);
	const ref = (file: string, slug: string, field: string, target: string, known: Set<unknown>) => {
		if (!known.has(target))
			problems.push(`${file}: record "${slug}": field "${field}": no such record "${target}"`);
	};

	for (const a of agreements) {
		a.parties.forEach((p, i) => ref(f.agreements, a.slug, `parties.${i}`, p, orgSlugs));
		a.places.forEach((p, i) => ref(f.agreements, a.slug, `places.${i}`, p, placeSlugs));
		if (a.event) ref(f.agreements, a.slug, 'event', a.event, eventSlugs);
	}
	for (const e of events) {
		e.places.forEach((p, i) => ref(f.events, e.slug, `places.${i}`, p, placeSlugs));
		if (e.endDate && e.endDate < e.date)
			problems.push(`${f.events}: record "${e.slug}": field "endDate": before "date"`);
	}

	if (problems.length) throw new ContentError(problems);
	return { places, organisations, agreements, events, spellings };
}

/**
 * Validates the classroom tour (src/lib/content/data/tour.json) against the validated content:
 * every step's places and agreements must exist. Kept apart from validateContent so that only the
 * tour's pages carry the tour's text.
 */
export function validateTour(raw: unknown, content: Content, file = FILES.tour): TourStepT[] {
	const problems: string[] = [];
	const tour = parseList(file, TourStep, raw, problems, content.spellings);
	const placeSlugs = new Set(content.places.map((p) => p.slug));
	const agreementSlugs = new Set(content.agreements.map((a) => a.slug));
	for (const t of tour) {
		const ref = (field: string, target: string, known: Set<string>) => {
			if (!known.has(target))
				problems.push(`${file}: record "${t.slug}": field "${field}": no such record "${target}"`);
		};
		t.places.forEach((p, i) => ref(`places.${i}`, p, placeSlugs));
		t.agreements.forEach((a, i) => ref(`agreements.${i}`, a, agreementSlugs));
	}
	if (Array.isArray(raw) && raw.length === 0) problems.push(`${file}: needs at least one step`);
	if (problems.length) throw new ContentError(problems);
	return tour;
}

/** Validates the site's own words (src/lib/content/data/site.json). */
export function validateSite(raw: unknown, file = FILES.site): SiteT {
	const result = v.safeParse(Site, raw);
	if (result.success) return result.output;
	throw new ContentError(
		result.issues.map(
			(issue) => `${file}: field "${v.getDotPath(issue) ?? '(root)'}": ${issue.message}`
		)
	);
}

/**
 * Validates src/lib/content/generated/places-geo.json (written by scripts/build-geo.js): bounds,
 * centre and measurements per place, each published figure with its value, unit and source.
 */
export function validatePlaceGeo(
	raw: unknown,
	file = 'src/lib/content/generated/places-geo.json'
): Record<string, PlaceGeoT> {
	const result = v.safeParse(v.record(v.string(), PlaceGeoSchema), raw);
	if (result.success) return result.output;
	throw new ContentError(
		result.issues.map((issue) => {
			const [slug, ...rest] = (v.getDotPath(issue) ?? '').split('.');
			const field = rest.join('.') || '(record)';
			return `${file}: record "${slug || '(root)'}": field "${field}": ${issue.message}`;
		})
	);
}
