/**
 * The content's translations: one file per language (`data/i18n/<locale>.json`) that mirrors the
 * English records' texts by slug. English stays the source of truth for everything that is not text
 * (kinds, dates, places, figures); a translation only replaces words. Build-only: browsers get the
 * content already localized (src/lib/server/content.ts writes it as `/content/<locale>.json`).
 *
 * Two jobs over the same files: checking a file whole (`translationProblems`, every problem at
 * once), and localizing the content with it (`localizeContent`, …). The article's quotes stay in
 * English, as sourced; each gets its translation beside it, never instead of it. A missing or empty
 * text, a quote list of the wrong length or a translation of a record that no longer exists fails
 * with a ContentError naming the file, the record and the field: every page is prerendered in every
 * language, so a gap fails the build rather than showing English by surprise.
 */
import ja from '$lib/content/data/i18n/ja.json';
import ru from '$lib/content/data/i18n/ru.json';
import type { Site, Source, ShownSource, PlaceGeo, TourStep } from '$lib/content/schema';
import { ContentError, type Content } from '$lib/content/validate';
import type { TranslatedLocale } from '$lib/i18n/locale';

const FILES: Record<TranslatedLocale, unknown> = { ru, ja };

/** Where a language's translation file is, as its errors name it. */
export const translationFile = (locale: TranslatedLocale) =>
	`src/lib/content/data/i18n/${locale}.json`;

/** A language's translation file, as the build reads it. */
export const translationOf = (locale: TranslatedLocale) => FILES[locale] as Translation;

/** The tour is projected: its translated titles and narratives keep the English caps. */
export const TOUR_CAPS = { title: 45, narrative: 280 } as const;

type Text = string | string[] | undefined;
type Record_ = { slug: string } & Record<string, unknown>;

/** Which texts of each kind of record are translated, and how to read them from the English. */
const FIELDS = {
	places: {
		name: (r) => r.name,
		altNames: (r) => r.altNames,
		summary: (r) => r.summary,
		description: (r) => r.description,
		quotes: (r) => quotes(r),
		notes: (r) => r.notes,
		// The labels of the place's Turf measurements (src/lib/content/generated/places-geo.json),
		// in their order; checked when the caller passes them (see `English`).
		measurements: (r) => r.measurements,
		// The sources of the published figures beside those measurements, in their order.
		published: (r) => r.published
	},
	organisations: { name: (r) => r.name, note: (r) => r.note },
	agreements: {
		title: (r) => r.title,
		summary: (r) => r.summary,
		valueWording: (r) => (r.value as { wording?: string } | undefined)?.wording,
		quotes: (r) => quotes(r),
		notes: (r) => r.notes
	},
	events: {
		title: (r) => r.title,
		summary: (r) => r.summary,
		quotes: (r) => quotes(r),
		notes: (r) => r.notes
	},
	tour: {
		title: (r) => r.title,
		narrative: (r) => r.narrative,
		quotes: (r) => quotes(r),
		notes: (r) => r.notes
	}
} satisfies Record<string, Record<string, (r: Record_) => unknown>>;

export type Section = keyof typeof FIELDS;
type Entry = Record<string, string | string[]>;
export type Translation = { site: unknown; countries: Record<string, string> } & {
	[S in Section]: Record<string, Entry>;
};

/**
 * The English a translation is checked against: the content, the tour and the site's words; and,
 * when given, each place's measurement labels and the country names the basemap labels.
 */
export type English = Content & {
	tour: TourStep[];
	site: Site;
	measurements?: Record<string, string[]>;
	/** Each place's sources of published figures (`measurements[i].published.source`), in order. */
	published?: Record<string, string[]>;
	countries?: string[];
};

function quotes(r: Record_): string[] | undefined {
	return (r.source as { quote: string }[] | undefined)?.map((s) => s.quote);
}

const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** Every problem with one language's file, each naming the file, the record and the field. */
export function translationProblems(file: string, raw: unknown, english: English): string[] {
	const problems: string[] = [];
	const at = (record: string, field: string, message: string) =>
		problems.push(`${file}: ${record}: field "${field}": ${message}`);
	if (typeof raw !== 'object' || raw === null) return [`${file}: must hold a JSON object`];
	const tr = raw as Record<string, unknown>;

	mirror(english.site, tr.site, 'site', (path, message) => at('site', path, message));
	const countries = (tr.countries ?? {}) as Record<string, unknown>;
	for (const name of english.countries ?? [])
		if (!nonEmpty(countries[name])) at('countries', name, 'missing translation');

	for (const section of Object.keys(FIELDS) as Section[]) {
		const records = (english[section] as unknown as Record_[]).map((r) =>
			section === 'places'
				? {
						...r,
						...(english.measurements?.[r.slug]?.length
							? { measurements: english.measurements[r.slug] }
							: {}),
						...(english.published?.[r.slug]?.length ? { published: english.published[r.slug] } : {})
					}
				: r
		);
		const given = (tr[section] ?? {}) as Record<string, Entry | undefined>;
		for (const record of records) {
			const entry = given[record.slug];
			const name = `record "${record.slug}" (${section})`;
			if (!entry) {
				at(name, '(record)', 'missing translation');
				continue;
			}
			for (const [field, read] of Object.entries(FIELDS[section])) {
				const source = (read as (r: Record_) => Text)(record);
				const value = entry[field];
				if (source === undefined) continue;
				if (Array.isArray(source)) {
					if (!Array.isArray(value) || value.length !== source.length)
						at(name, field, `needs ${source.length} translated text(s)`);
					else value.forEach((t, i) => nonEmpty(t) || at(name, `${field}.${i}`, 'empty'));
				} else if (!nonEmpty(value)) at(name, field, 'missing translation');
			}
			if (section === 'tour')
				for (const [field, cap] of Object.entries(TOUR_CAPS)) {
					const text = entry[field];
					if (typeof text === 'string' && text.length > cap)
						at(name, field, `longer than ${cap} characters, too long to project`);
				}
		}
		const known = new Set(records.map((r) => r.slug));
		for (const slug of Object.keys(given))
			if (!known.has(slug)) at(`record "${slug}" (${section})`, '(record)', 'no such record');
	}
	return problems;
}

/** The site's words: every English string needs a translated string at the same path. */
function mirror(
	english: unknown,
	given: unknown,
	path: string,
	report: (path: string, message: string) => void
) {
	if (typeof english === 'string') {
		if (!nonEmpty(given)) report(path, 'missing translation');
		return;
	}
	if (typeof english !== 'object' || english === null) return;
	for (const [key, value] of Object.entries(english))
		mirror(value, (given as Record<string, unknown> | undefined)?.[key], `${path}.${key}`, report);
}

/** Checks a language's file against the English content; throws a ContentError on any problem. */
export function validateTranslation(file: string, raw: unknown, english: English): Translation {
	const problems = translationProblems(file, raw, english);
	if (problems.length) throw new ContentError(problems);
	return raw as Translation;
}

// Localizing: the same records, slugs, dates, places and figures, in one language's words.

type Read = <T extends string | string[] | undefined>(
	section: Section,
	slug: string,
	field: string,
	english: T
) => T;

/** Reads one translated text, or throws naming the file, the record and the field. */
function reader(file: string, tr: Translation): Read {
	const fail = (section: string, slug: string, field: string, message: string): never => {
		throw new ContentError([
			`${file}: record "${slug}" (${section}): field "${field}": ${message}`
		]);
	};
	const filled = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';
	return (section, slug, field, english) => {
		if (english === undefined) return english;
		const value = tr[section]?.[slug]?.[field];
		if (Array.isArray(english)) {
			if (!Array.isArray(value) || value.length !== english.length || !value.every(filled))
				fail(section, slug, field, `needs ${english.length} translated text(s)`);
		} else if (!filled(value)) fail(section, slug, field, 'missing translation');
		return value as typeof english;
	};
}

/** The quotes of a record with their translations (`quotes[i]` translates `source[i].quote`). */
function sources(read: Read, section: Section, slug: string, source: Source[]): ShownSource[] {
	const quotes = read(
		section,
		slug,
		'quotes',
		source.map((s) => s.quote)
	);
	return source.map((s, i) => ({ ...s, translation: quotes[i] }));
}

/** Every record of the content in the translation's words. */
export function localizeContent(english: Content, tr: Translation, file: string): Content {
	const read = reader(file, tr);
	return {
		places: english.places.map((p) => ({
			...p,
			name: read('places', p.slug, 'name', p.name),
			altNames: read('places', p.slug, 'altNames', p.altNames),
			summary: read('places', p.slug, 'summary', p.summary),
			description: read('places', p.slug, 'description', p.description),
			source: sources(read, 'places', p.slug, p.source),
			notes: read('places', p.slug, 'notes', p.notes)
		})),
		organisations: english.organisations.map((o) => ({
			...o,
			name: read('organisations', o.slug, 'name', o.name),
			note: read('organisations', o.slug, 'note', o.note)
		})),
		agreements: english.agreements.map((a) => ({
			...a,
			title: read('agreements', a.slug, 'title', a.title),
			summary: read('agreements', a.slug, 'summary', a.summary),
			value: a.value && {
				...a.value,
				wording: read('agreements', a.slug, 'valueWording', a.value.wording)
			},
			source: sources(read, 'agreements', a.slug, a.source),
			notes: read('agreements', a.slug, 'notes', a.notes)
		})),
		events: english.events.map((e) => ({
			...e,
			title: read('events', e.slug, 'title', e.title),
			summary: read('events', e.slug, 'summary', e.summary),
			source: sources(read, 'events', e.slug, e.source),
			notes: read('events', e.slug, 'notes', e.notes)
		})),
		// The article's own spellings: translations quote it in English.
		spellings: english.spellings
	};
}

/** The tour's steps in the translation's words. */
export function localizeTour(english: TourStep[], tr: Translation, file: string): TourStep[] {
	const read = reader(file, tr);
	return english.map((s) => ({
		...s,
		title: read('tour', s.slug, 'title', s.title),
		narrative: read('tour', s.slug, 'narrative', s.narrative),
		source: sources(read, 'tour', s.slug, s.source),
		notes: read('tour', s.slug, 'notes', s.notes)
	}));
}

/** The site's own words: the English structure, every string from the translation. */
export function localizeSite(english: Site, tr: Translation, file: string): Site {
	const walk = (en: unknown, given: unknown, path: string): unknown => {
		if (typeof en === 'string') {
			if (typeof given === 'string' && given.trim()) return given;
			throw new ContentError([`${file}: site: field "${path}": missing translation`]);
		}
		return Object.fromEntries(
			Object.entries(en as object).map(([k, v]) => [
				k,
				walk(v, (given as Record<string, unknown> | undefined)?.[k], `${path}.${k}`)
			])
		);
	};
	return walk(english, tr.site, 'site') as Site;
}

/** The sources of a place's published figures, in the order of its measurements. */
export const publishedSources = (g: PlaceGeo) =>
	g.measurements.flatMap((m) => (m.published ? [m.published.source] : []));

/**
 * The measurement labels of each place (`measurements[i]` translates the i-th label), and the
 * sources of its published figures (`published[j]` translates the j-th one).
 */
export function localizeGeo(
	english: Record<string, PlaceGeo>,
	tr: Translation,
	file: string
): Record<string, PlaceGeo> {
	const read = reader(file, tr);
	return Object.fromEntries(
		Object.entries(english).map(([slug, g]) => {
			if (!g.measurements.length) return [slug, g];
			const labels = read(
				'places',
				slug,
				'measurements',
				g.measurements.map((m) => m.label)
			);
			const english = publishedSources(g);
			const sources = english.length ? read('places', slug, 'published', english) : [];
			let j = 0;
			return [
				slug,
				{
					...g,
					measurements: g.measurements.map((m, i) => ({
						...m,
						label: labels[i],
						...(m.published ? { published: { ...m.published, source: sources[j++] } } : {})
					}))
				}
			];
		})
	);
}
