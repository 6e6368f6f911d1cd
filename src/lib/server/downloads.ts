/**
 * The open-data files of `/data`, written by the build from the same content the site shows:
 * every place's geometry with its names in the three languages, and the agreements and events as
 * CSV and JSON. One function a file, so the endpoint, the `/data` page's sizes and the tests all
 * read the same bytes.
 */
import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { FeatureCollection } from 'geojson';
import type { Source } from '$lib/content/schema';
import { LOCALES } from '$lib/i18n/locale';
import { contentIn, english } from './content';

const { content } = english;
const inEvery = LOCALES.map((l) => [l, contentIn(l).content] as const);
/** A record's field in every language: `{ en, ru, ja }`. */
function names<K extends 'places' | 'agreements' | 'events'>(
	kind: K,
	slug: string,
	field: 'name' | 'title' | 'summary'
): Record<string, string> {
	return Object.fromEntries(
		inEvery.map(([l, c]) => {
			const record = (c[kind] as { slug: string }[]).find((r) => r.slug === slug) as
				Record<string, unknown> | undefined;
			return [l, String(record?.[field] ?? '')];
		})
	);
}
/** Flat columns, as a spreadsheet or a GIS wants them: `name_en`, `name_ru`, `name_ja`. */
const columns = (field: string, values: Record<string, string>) =>
	Object.fromEntries(Object.entries(values).map(([l, v]) => [`${field}_${l}`, v]));
const quotes = (source: Source[]) => source.map((s) => s.quote).join(' | ');
const paragraphs = (source: Source[]) => source.map((s) => s.paragraph).join('; ');
const placeName = (slug: string) => content.places.find((p) => p.slug === slug)?.name ?? slug;
const orgOf = (slug: string) => content.organisations.find((o) => o.slug === slug)!;

export const LICENCE = {
	texts:
		'Names, summaries and translations: Nagato Atlas, CC BY 4.0. Quotes: “Vladimir Putin’s historic visit to Japan”, Daria Kharitonova (CIS Institute, 6 February 2017), quoted for reference.',
	geometry:
		'Geometry: Natural Earth (public domain); town coordinates GeoNames (CC BY 4.0, attribution required); other points from the published sources named in the project’s geometry.json.'
};

/** Every place's features, with the place's names, kind, summary and the article's sentences. */
export function placesGeoJson(geojsonFile = 'static/geo/places.geojson'): string {
	const features = (JSON.parse(readFileSync(geojsonFile, 'utf8')) as FeatureCollection).features;
	const collection = {
		type: 'FeatureCollection',
		// Foreign members (RFC 7946 §6.1): who made it and under which terms.
		attribution: `${LICENCE.texts} ${LICENCE.geometry}`,
		features: features.map((f) => {
			const slug = String(f.properties?.slug);
			const place = content.places.find((p) => p.slug === slug)!;
			return {
				type: 'Feature',
				id: f.id,
				properties: {
					slug,
					kind: place.kind,
					part: f.properties?.part ?? null,
					...columns('name', names('places', slug, 'name')),
					also_known_as: (place.altNames ?? []).join('; '),
					...columns('summary', names('places', slug, 'summary')),
					article_paragraphs: paragraphs(place.source),
					article_quotes: quotes(place.source)
				},
				geometry: f.geometry
			};
		})
	};
	return JSON.stringify(collection) + '\n';
}

/** The agreements as records: parties, value, date, places and the article's sentences. */
export function agreementRecords() {
	return content.agreements.map((a) => ({
		slug: a.slug,
		title: names('agreements', a.slug, 'title'),
		kind: a.kind,
		sector: a.sector,
		status: a.status,
		date: a.date,
		parties: a.parties.map((p) => ({ slug: p, name: orgOf(p).name, country: orgOf(p).country })),
		value: a.value ?? null,
		places: a.places,
		event: a.event ?? null,
		summary: names('agreements', a.slug, 'summary'),
		source: a.source
	}));
}

/** The events as records: dates, places and the article's sentences. */
export function eventRecords() {
	return content.events.map((e) => ({
		slug: e.slug,
		title: names('events', e.slug, 'title'),
		date: e.date,
		endDate: e.endDate ?? null,
		places: e.places,
		summary: names('events', e.slug, 'summary'),
		source: e.source
	}));
}

const json = (records: unknown[]) =>
	JSON.stringify({ licence: LICENCE.texts, records }, null, '\t') + '\n';
const csv = (rows: Record<string, unknown>[]) => stringify(rows, { header: true, bom: true });

export function agreementsCsv(): string {
	return csv(
		agreementRecords().map((a) => ({
			slug: a.slug,
			...columns('title', a.title),
			kind: a.kind,
			sector: a.sector,
			status: a.status,
			date: a.date,
			parties: a.parties.map((p) => p.name).join('; '),
			party_countries: a.parties.map((p) => p.country).join('; '),
			value_amount: a.value?.amount ?? '',
			value_currency: a.value?.currency ?? '',
			value_wording: a.value?.wording ?? '',
			places: a.places.join('; '),
			place_names: a.places.map(placeName).join('; '),
			event: a.event ?? '',
			...columns('summary', a.summary),
			article_paragraphs: paragraphs(a.source),
			article_quotes: quotes(a.source)
		}))
	);
}

export function eventsCsv(): string {
	return csv(
		eventRecords().map((e) => ({
			slug: e.slug,
			...columns('title', e.title),
			date: e.date,
			end_date: e.endDate ?? '',
			places: e.places.join('; '),
			place_names: e.places.map(placeName).join('; '),
			...columns('summary', e.summary),
			article_paragraphs: paragraphs(e.source),
			article_quotes: quotes(e.source)
		}))
	);
}

/** The files of `/data`, by name, with their media type. */
export const DOWNLOADS = {
	'places.geojson': { type: 'application/geo+json', body: () => placesGeoJson() },
	'agreements.csv': { type: 'text/csv; charset=utf-8', body: agreementsCsv },
	'agreements.json': { type: 'application/json', body: () => json(agreementRecords()) },
	'events.csv': { type: 'text/csv; charset=utf-8', body: eventsCsv },
	'events.json': { type: 'application/json', body: () => json(eventRecords()) }
} as const;

export type DownloadName = keyof typeof DOWNLOADS;
export const downloadNames = Object.keys(DOWNLOADS) as DownloadName[];
