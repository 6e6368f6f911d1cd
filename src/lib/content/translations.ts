/**
 * Content translations: one file per language (`data/i18n/<locale>.json`) that mirrors the English
 * records' texts by slug. English stays the source of truth for everything that is not text
 * (kinds, dates, places, figures); a translation only replaces words. A missing or empty text, a
 * quote list of the wrong length or a translation of a record that no longer exists fails with a
 * ContentError naming the file, the record and the field.
 */
import type { Content } from './validate';
import { ContentError } from './validate';
import type { Site, TourStep } from './schema';

export { LOCALES, type Locale, type TranslatedLocale } from './locales';

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
		measurements: (r) => r.measurements
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
			section === 'places' && english.measurements?.[r.slug]?.length
				? { ...r, measurements: english.measurements[r.slug] }
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
