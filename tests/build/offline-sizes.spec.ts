// build/offline-sizes.json, which "Save for offline" reads: every page and file under the address
// the reader asks for, with its size, and the build's version.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read, served } from './build';

describe('offline-sizes.json', () => {
	const { version, files } = JSON.parse(read('offline-sizes.json'));

	it('is of this build', () => {
		expect(version).toBe(JSON.parse(read('_app/version.json')).version);
	});

	it('gives each address its file’s size, as stored and gzip', () => {
		for (const path of ['/', '/ru', '/places/tokyo', '/ja/tour/3', '/geo/land.geojson']) {
			const [bytes, gzip] = files[path];
			expect(bytes, path).toBe(statSync(served(path)!).size);
			expect(gzip, path).toBeGreaterThan(0);
			expect(gzip, path).toBeLessThan(bytes);
		}
		// No trailing-slash stubs: they are not stored offline.
		expect(Object.keys(files).some((p) => p.endsWith('/index'))).toBe(false);
	});
});
