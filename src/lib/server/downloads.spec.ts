import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { content } from './content';
import {
	agreementRecords,
	agreementsCsv,
	DOWNLOADS,
	eventRecords,
	eventsCsv,
	placesGeoJson
} from './downloads';

/** A CSV as a spreadsheet reads it: a header row, then one object a row. */
const readCsv = (text: string): Record<string, string>[] =>
	parse(text, { columns: true, bom: true, skip_empty_lines: true });
const list = (cell: string) => (cell ? cell.split('; ') : []);

describe('the open-data files', () => {
	it('places.geojson is valid GeoJSON that a viewer opens, every place named in three languages', () => {
		// check() is a strict RFC 7946 parser (what geojson.net and Placemark use): it throws on
		// anything a viewer would refuse.
		const collection = check(placesGeoJson());
		if (collection.type !== 'FeatureCollection') throw new Error('not a FeatureCollection');
		const slugs = new Set(collection.features.map((f) => f.properties?.slug));
		expect([...slugs].sort()).toEqual(content.places.map((p) => p.slug).sort());
		for (const f of collection.features) {
			const p = f.properties!;
			for (const field of [
				'name_en',
				'name_ru',
				'name_ja',
				'summary_en',
				'summary_ru',
				'summary_ja'
			])
				expect(p[field], `${p.slug}.${field}`).toMatch(/\S/);
			const place = content.places.find((x) => x.slug === p.slug)!;
			expect(p.kind).toBe(place.kind);
			expect(p.article_quotes).toBe(place.source.map((s) => s.quote).join(' | '));
		}
	});

	it('agreements.csv parses back into the same records as agreements.json', () => {
		const rows = readCsv(agreementsCsv());
		const records = agreementRecords();
		expect(rows).toHaveLength(content.agreements.length);
		rows.forEach((row, i) => {
			const a = records[i];
			expect(row.slug).toBe(a.slug);
			expect([row.title_en, row.title_ru, row.title_ja]).toEqual([
				a.title.en,
				a.title.ru,
				a.title.ja
			]);
			expect(list(row.parties)).toEqual(a.parties.map((p) => p.name));
			expect(row.value_amount).toBe(a.value ? String(a.value.amount) : '');
			expect(row.value_currency).toBe(a.value?.currency ?? '');
			expect(row.date).toBe(a.date);
			expect(list(row.places)).toEqual(a.places);
			expect(row.article_quotes.split(' | ')).toEqual(a.source.map((s) => s.quote));
		});
		const json = JSON.parse(DOWNLOADS['agreements.json'].body());
		expect(json.records).toEqual(JSON.parse(JSON.stringify(records)));
		expect(json.licence).toMatch(/CC BY 4\.0/);
	});

	it('events.csv parses back into the same records as events.json', () => {
		const rows = readCsv(eventsCsv());
		const records = eventRecords();
		expect(rows.map((r) => [r.slug, r.date, r.end_date, list(r.places)])).toEqual(
			records.map((e) => [e.slug, e.date, e.endDate ?? '', e.places])
		);
		expect(JSON.parse(DOWNLOADS['events.json'].body()).records).toEqual(
			JSON.parse(JSON.stringify(records))
		);
	});

	it('quotes with commas, quotation marks and line breaks survive the CSV', () => {
		const tricky = content.agreements.find((a) => a.source.some((s) => /[",]/.test(s.quote)));
		expect(tricky, 'an agreement whose quote needs CSV quoting').toBeDefined();
		const row = readCsv(agreementsCsv()).find((r) => r.slug === tricky!.slug)!;
		expect(row.article_quotes).toContain(tricky!.source[0].quote);
	});
});
