import type { Content } from './validate';
import type { Agreement, Event, Organisation, Place, Sector } from './schema';

/** Lookups over validated content, built once; routes and components read through these. */
export function createQueries(content: Content) {
	const placeBySlug = new Map(content.places.map((p) => [p.slug, p]));
	const agreementBySlug = new Map(content.agreements.map((a) => [a.slug, a]));
	const eventBySlug = new Map(content.events.map((e) => [e.slug, e]));
	const orgBySlug = new Map(content.organisations.map((o) => [o.slug, o]));

	const madeAt = (a: Agreement): string[] => (a.event && eventBySlug.get(a.event)?.places) || [];

	const byDate = <T extends { date: string }>(list: T[]) =>
		[...list].sort((a, b) => a.date.localeCompare(b.date));

	/** Every event in date order; on the same day the longer one (a visit) before its parts. */
	const timeline = (): Event[] =>
		[...content.events].sort(
			(a, b) =>
				a.date.localeCompare(b.date) || (b.endDate ?? b.date).localeCompare(a.endDate ?? a.date)
		);

	return {
		place: (slug: string): Place | undefined => placeBySlug.get(slug),
		agreement: (slug: string): Agreement | undefined => agreementBySlug.get(slug),
		event: (slug: string): Event | undefined => eventBySlug.get(slug),
		organisation: (slug: string): Organisation | undefined => orgBySlug.get(slug),

		/** Agreements that concern the place, and (apart) those made at an event held there. */
		agreementsFor: (placeSlug: string): { concerning: Agreement[]; madeHere: Agreement[] } => {
			const concerning = content.agreements.filter((a) => a.places.includes(placeSlug));
			const madeHere = content.agreements.filter(
				(a) => !concerning.includes(a) && madeAt(a).includes(placeSlug)
			);
			return { concerning: byDate(concerning), madeHere: byDate(madeHere) };
		},
		/** Every place an agreement involves: those it concerns, then where it was made. */
		involvedPlaces: (agreement: Agreement): Place[] =>
			[...new Set([...agreement.places, ...madeAt(agreement)])]
				.map((slug) => placeBySlug.get(slug))
				.filter((p) => p !== undefined),
		eventsAt: (placeSlug: string): Event[] =>
			byDate(content.events.filter((e) => e.places.includes(placeSlug))),
		timeline,
		/** Every place any event was held, in timeline order. */
		eventPlaces: (): string[] => [...new Set(timeline().flatMap((e) => e.places))],
		agreementsAt: (eventSlug: string): Agreement[] =>
			byDate(content.agreements.filter((a) => a.event === eventSlug)),
		partiesOf: (agreement: Agreement): Organisation[] =>
			agreement.parties.map((slug) => orgBySlug.get(slug)).filter((o) => o !== undefined),
		sectors: (): Sector[] => [...new Set(content.agreements.map((a) => a.sector))].sort()
	};
}

export type Queries = ReturnType<typeof createQueries>;

/** Lowercased text a search matches against: names, parties (both spellings), sector, summary. */
export function searchText(
	item: { kind: 'place'; place: Place } | { kind: 'agreement'; agreement: Agreement },
	q: Queries
): string {
	if (item.kind === 'place') {
		const p = item.place;
		return [p.name, ...(p.altNames ?? []), p.summary].join(' ').toLowerCase();
	}
	const a = item.agreement;
	const parties = q.partiesOf(a).flatMap((o) => [o.name, o.articleSpelling ?? '']);
	return [a.title, a.summary, a.sector, ...parties].join(' ').toLowerCase();
}

/** Every term of the query must occur; an empty query matches everything. */
export function matches(haystack: string, query: string): boolean {
	const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
	return terms.every((t) => haystack.includes(t));
}
