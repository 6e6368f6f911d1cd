import * as v from 'valibot';
import { Agreement, Event, Organisation, Place, Site, TourStep } from './schema';
import type {
	Agreement as AgreementT,
	Event as EventT,
	Organisation as OrganisationT,
	Place as PlaceT,
	Site as SiteT,
	TourStep as TourStepT
} from './schema';

export interface RawContent {
	places: unknown;
	organisations: unknown;
	agreements: unknown;
	events: unknown;
}

export interface Content {
	places: PlaceT[];
	organisations: OrganisationT[];
	agreements: AgreementT[];
	events: EventT[];
}

/** Thrown with every problem found, each naming the file, the record and the field. */
export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid content:\n  - ${problems.join('\n  - ')}`);
		this.name = 'ContentError';
	}
}

const FILES: Record<keyof RawContent | 'tour', string> = {
	places: 'src/lib/content/data/places.json',
	organisations: 'src/lib/content/data/organisations.json',
	agreements: 'src/lib/content/data/agreements.json',
	events: 'src/lib/content/data/events.json',
	tour: 'src/lib/content/data/tour.json'
};

function recordName(raw: unknown, index: number): string {
	const slug = (raw as { slug?: unknown } | null)?.slug;
	return typeof slug === 'string' ? `record "${slug}"` : `record #${index + 1}`;
}

function parseList<T>(
	key: keyof typeof FILES,
	schema: v.GenericSchema<unknown, T>,
	raw: unknown,
	problems: string[]
): T[] {
	const file = FILES[key];
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
		out.push(result.output);
	});
	return out;
}

/** Validates every record and every cross-reference; throws a ContentError listing all problems. */
export function validateContent(raw: RawContent): Content {
	const problems: string[] = [];
	const places = parseList('places', Place, raw.places, problems);
	const organisations = parseList('organisations', Organisation, raw.organisations, problems);
	const agreements = parseList('agreements', Agreement, raw.agreements, problems);
	const events = parseList('events', Event, raw.events, problems);

	const placeSlugs = new Set(places.map((p) => p.slug));
	const orgSlugs = new Set(organisations.map((o) => o.slug));
	const eventSlugs = new Set(events.map((e) => e.slug));
	const ref = (file: string, slug: string, field: string, target: string, known: Set<string>) => {
		if (!known.has(target))
			problems.push(`${file}: record "${slug}": field "${field}": no such record "${target}"`);
	};

	for (const a of agreements) {
		a.parties.forEach((p, i) => ref(FILES.agreements, a.slug, `parties.${i}`, p, orgSlugs));
		a.places.forEach((p, i) => ref(FILES.agreements, a.slug, `places.${i}`, p, placeSlugs));
		if (a.event) ref(FILES.agreements, a.slug, 'event', a.event, eventSlugs);
	}
	for (const e of events) {
		e.places.forEach((p, i) => ref(FILES.events, e.slug, `places.${i}`, p, placeSlugs));
		if (e.endDate && e.endDate < e.date)
			problems.push(`${FILES.events}: record "${e.slug}": field "endDate": before "date"`);
	}

	if (problems.length) throw new ContentError(problems);
	return { places, organisations, agreements, events };
}

/**
 * Validates the classroom tour (src/lib/content/data/tour.json) against the validated content:
 * every step's places and agreements must exist. Kept apart from validateContent so that only the
 * tour's pages carry the tour's text.
 */
export function validateTour(raw: unknown, content: Content): TourStepT[] {
	const problems: string[] = [];
	const tour = parseList('tour', TourStep, raw, problems);
	const placeSlugs = new Set(content.places.map((p) => p.slug));
	const agreementSlugs = new Set(content.agreements.map((a) => a.slug));
	for (const t of tour) {
		const ref = (field: string, target: string, known: Set<string>) => {
			if (!known.has(target))
				problems.push(
					`${FILES.tour}: record "${t.slug}": field "${field}": no such record "${target}"`
				);
		};
		t.places.forEach((p, i) => ref(`places.${i}`, p, placeSlugs));
		t.agreements.forEach((a, i) => ref(`agreements.${i}`, a, agreementSlugs));
	}
	if (Array.isArray(raw) && raw.length === 0)
		problems.push(`${FILES.tour}: needs at least one step`);
	if (problems.length) throw new ContentError(problems);
	return tour;
}

/** Validates the site's own words (src/lib/content/data/site.json). */
export function validateSite(raw: unknown): SiteT {
	const result = v.safeParse(Site, raw);
	if (result.success) return result.output;
	throw new ContentError(
		result.issues.map(
			(issue) =>
				`src/lib/content/data/site.json: field "${v.getDotPath(issue) ?? '(root)'}": ${issue.message}`
		)
	);
}
