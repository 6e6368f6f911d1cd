// Broken geometry fails the build's first step (scripts/build-geo.js) naming the file, the record
// and the field, like broken content (src/lib/content/validation.spec.ts, which shares the fixtures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlaces } from './build-geo.js';

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
