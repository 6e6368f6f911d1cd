import * as v from 'valibot';
import { AGREEMENT_KINDS, CURRENCIES, PLACE_KINDS, SECTORS, STATUSES } from './kinds';

/** A lowercase, hyphenated id that is safe in a URL path and never changes once published. */
export const Slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
);

const IsoDate = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/**
 * A sentence (or run of sentences) of the article, copied verbatim. `paragraph` counts the body
 * paragraphs of data/article.txt from 1, starting at "The end of the expiring year…" (the title,
 * "« Back" and dateline blocks are not counted).
 */
export const Source = v.strictObject({
	paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
	quote: Text
});

// The lists live in their own module: pages read them in the browser without the validator.
export { AGREEMENT_KINDS, CURRENCIES, PLACE_KINDS, SECTORS, STATUSES };

/** A record's sentences of the article: at least one, so every claim can be checked. */
const Sourced = v.pipe(v.array(Source), v.minLength(1, 'needs the article sentence it comes from'));

export const Place = v.strictObject({
	slug: Slug,
	/** The correct, neutral name shown in the map's own words. */
	name: Text,
	/** Other names shown beside it (for the disputed islands, the other side's name). */
	altNames: v.optional(v.array(Text)),
	kind: v.picklist(PLACE_KINDS),
	/** One line in the project's own words, for lists and link previews. */
	summary: Text,
	/** What happened there, in the project's own words. */
	description: Text,
	source: v.array(Source),
	notes: v.optional(v.array(Text))
});

export const Organisation = v.strictObject({
	slug: Slug,
	name: Text,
	/** ISO 3166-1 alpha-2, or "INT" for international bodies. */
	country: v.picklist(['RU', 'JP', 'IT', 'US', 'INT']),
	type: v.picklist(['government', 'ministry', 'company', 'fund', 'bank', 'agency', 'bloc']),
	/** How the article spells the name when it differs; kept so search finds either. */
	articleSpelling: v.optional(Text),
	note: v.optional(Text)
});

export const Value = v.strictObject({
	amount: v.pipe(v.number(), v.minValue(0)),
	currency: v.picklist(CURRENCIES),
	/** The article's own wording, e.g. "$1.3 billion". */
	wording: Text
});

/** What an agreement and an event both carry: our summary, the article's sentences, our notes. */
const described = {
	summary: Text,
	source: Sourced,
	notes: v.optional(v.array(Text))
};

export const Agreement = v.strictObject({
	slug: Slug,
	title: Text,
	kind: v.picklist(AGREEMENT_KINDS),
	parties: v.pipe(v.array(Slug), v.minLength(1, 'needs at least one party')),
	sector: v.picklist(SECTORS),
	value: v.optional(Value),
	date: IsoDate,
	status: v.picklist(STATUSES),
	/** The places it concerns; where the article names none, the place it was signed. */
	places: v.pipe(v.array(Slug), v.minLength(1, 'needs at least one place')),
	event: v.optional(Slug),
	...described
});

export const Event = v.strictObject({
	slug: Slug,
	title: Text,
	date: IsoDate,
	endDate: v.optional(IsoDate),
	places: v.array(Slug),
	...described
});

/**
 * One step of the classroom tour (src/lib/content/data/tour.json), in the article's order. The
 * camera is not stored: it is derived from the places' bounds (src/lib/tour/camera.ts).
 */
export const TourStep = v.strictObject({
	slug: Slug,
	/** What the projector shows as the caption's heading. */
	title: Text,
	/** Two or three sentences in the project's own, neutral words, read from the back of a room. */
	narrative: Text,
	source: Sourced,
	/** Places highlighted and fitted; at least one, so every step has a camera. */
	places: v.pipe(v.array(Slug), v.minLength(1, 'needs at least one place')),
	/** Agreements the step is about, listed under the caption and in the handout. */
	agreements: v.array(Slug),
	/** Speaker notes, shown only in the presenter view and the handout. */
	notes: v.optional(v.array(Text))
});

/**
 * One of the article's misspellings (src/lib/content/data/spellings.json): allowed inside the
 * article's quotes and inside “…” in notes, never in the project's own words.
 */
export const Spelling = v.strictObject({
	article: Text,
	correct: Text
});

export type Source = v.InferOutput<typeof Source>;
export type Spelling = v.InferOutput<typeof Spelling>;
export type TourStep = v.InferOutput<typeof TourStep>;
export type Place = v.InferOutput<typeof Place>;
export type Organisation = v.InferOutput<typeof Organisation>;
export type Agreement = v.InferOutput<typeof Agreement>;
export type Event = v.InferOutput<typeof Event>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type Status = (typeof STATUSES)[number];

/** A quote as a page shows it: the article's English, and its translation on a translated page. */
export type ShownSource = Source & { translation?: string };

/**
 * A figure published elsewhere (a railway's length, an island's official area), shown beside the
 * value measured on the map as drawn. Written in geometry.json's measurements; scripts/build-geo.js
 * checks it and copies it into places-geo.json.
 */
export const Published = v.strictObject({
	value: v.pipe(v.number(), v.gtValue(0, 'must be a positive number')),
	unit: v.picklist(['km', 'km²']),
	/** "about 800 km": the source gives a round figure. */
	approximate: v.optional(v.literal(true)),
	/** Where the figure comes from, in words a reader can follow up. */
	source: Text
});
export type Published = v.InferOutput<typeof Published>;

/** One Turf measurement of a place, with the published figure where there is one. */
export const Measurement = v.strictObject({
	label: Text,
	value: v.pipe(v.number(), v.minValue(0)),
	unit: v.picklist(['km', 'km²']),
	published: v.optional(Published)
});

/** Bounds, label point and Turf measurements of a place, written by scripts/build-geo.js. */
export const PlaceGeoSchema = v.strictObject({
	bbox: v.tuple([v.number(), v.number(), v.number(), v.number()]),
	center: v.tuple([v.number(), v.number()]),
	measurements: v.array(Measurement)
});
export type PlaceGeo = v.InferOutput<typeof PlaceGeoSchema>;

const Label = v.strictObject({ label: Text, short: Text });

/** Interface words that are content too: the site's title, intro and the names of kinds. */
export const Site = v.strictObject({
	title: Text,
	tagline: Text,
	intro: Text,
	articleCredit: Text,
	attribution: Text,
	/** What the map area says when the interactive map cannot draw (see MapView). */
	map: v.strictObject({
		noWebgl: Text,
		failed: Text,
		restoring: Text,
		/** The share dialog's image export, without an interactive map. */
		noImage: Text,
		/** Alt text of the static map with nothing selected. */
		overview: Text,
		/** Alt text of a static map of places: this, then their names. */
		selection: Text
	}),
	kinds: v.strictObject({
		venue: Label,
		energy: Label,
		infrastructure: Label,
		disputed: Label,
		railway: Label
	}),
	sectors: v.strictObject(
		Object.fromEntries(SECTORS.map((s) => [s, Text])) as Record<Sector, typeof Text>
	),
	statuses: v.strictObject(
		Object.fromEntries(STATUSES.map((s) => [s, Text])) as Record<Status, typeof Text>
	)
});
export type Site = v.InferOutput<typeof Site>;

// The map's geography labels (data/geography.json): the schema is plain JavaScript so that
// scripts/build-geo.js validates with it too.
export {
	GEOGRAPHY_KINDS,
	Geography,
	GeographyLabel,
	geographyProblems
} from './geography-schema.js';
export type GeographyLabelT = v.InferOutput<typeof import('./geography-schema.js').GeographyLabel>;
