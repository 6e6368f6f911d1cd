// Broken geometry fails the build's first step (scripts/build-geo.js) naming the file, the record
// and the field, like broken content (src/lib/content/validation.spec.ts, which shares the fixtures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlaces, publishedFigure } from './build-geo.js';

const DIR = 'src/lib/content/fixtures';
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const file = (name: string) => `${DIR}/broken/${name}`;

describe('geometry validation (scripts/build-geo.js, the first step of every build)', () => {
	it('builds the valid fixture', () => {
		expect(buildPlaces(read(`${DIR}/valid/geometry.json`)).features).toHaveLength(2);
	});

	it.each([
		[
			'geometry.bad-coordinates.json',
			'record "bridge": field "features.0.line.1.lnglat": must be [longitude, latitude]'
		],
		[
			'geometry.unknown-town.json',
			'record "harbour": field "features.0.point.geonames": GeoNames: 0 entries for Nowhereville'
		]
	])('%s fails naming the file, the record and the field', (name, expected) => {
		expect(() => buildPlaces(read(file(name)), file(name))).toThrow(`${file(name)}: ${expected}`);
	});
});

describe('published figures beside measurements (scripts/build-geo.js)', () => {
	const at = (field: string) =>
		`geometry.json: record "line": field "measurements.0.published${field}"`;
	const measured = { label: 'Length', value: 10, unit: 'km' };
	it.each([
		[{ value: -1, unit: 'km', source: 'x' }, '.value": must be a positive number'],
		[{ value: 1, unit: 'km²', source: 'x' }, '.unit": must be "km", the unit of the measurement'],
		[{ value: 1, unit: 'km', source: ' ' }, '.source": needs the source of the figure'],
		[{ value: 1, unit: 'km', source: 'x', year: 1 }, '.year": unknown field']
	])('%j fails naming the field', (published, expected) => {
		expect(() => publishedFigure(published, measured, at)).toThrow(
			`geometry.json: record "line": field "measurements.0.published${expected}`
		);
	});
	it('keeps a good one, “approximate” only when true', () => {
		expect(
			publishedFigure({ value: 7.3, unit: 'km', approximate: false, source: ' S ' }, measured, at)
		).toEqual({ value: 7.3, unit: 'km', source: 'S' });
	});
});
