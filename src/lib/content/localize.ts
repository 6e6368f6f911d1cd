/**
 * Localized views of the content: the same records, slugs, dates, places and figures, with the
 * words of one language from its translation file (`data/i18n/<locale>.json`). The article's
 * quotes stay in English, as sourced; each gets its translation beside it, never instead of it.
 *
 * A missing text throws a ContentError naming the file, the record and the field: every page is
 * prerendered in every language, so a gap fails the build rather than showing English by surprise.
 */
import type { PlaceGeo } from './index';
import type { Site, Source, TourStep } from './schema';
import type { Section, Translation } from './translations';
import { ContentError, type Content } from './validate';

/** A quote as a page shows it: the article's English, and its translation on a translated page. */
export type ShownSource = Source & { translation?: string };

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

/** The measurement labels of each place (`measurements[i]` translates the i-th label). */
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
			return [
				slug,
				{ ...g, measurements: g.measurements.map((m, i) => ({ ...m, label: labels[i] })) }
			];
		})
	);
}
