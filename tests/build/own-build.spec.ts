// The service worker stores a page only if every hashed file it names is in the worker's own list
// (`build` from $service-worker; src/lib/offline/own-build.ts): true of every page of a build, or
// no page would ever be stored.
import { describe, expect, it } from 'vitest';
import { foreignFiles, immutableFiles } from '../../src/lib/offline/own-build';
import { builtPages, read } from './build';

describe('a page names only its own build’s hashed files', () => {
	// The worker's list, as the built worker carries it (each name after its base path).
	const listed = new Set(
		[...read('service-worker.js').matchAll(/"(\/_app\/immutable\/[^"]+)"/g)].map(([, f]) => f)
	);
	const pages = builtPages();

	it('reads the worker’s list', () => {
		expect(listed.size).toBeGreaterThan(100);
		expect([...listed].some((f) => /\/entry\/start\.[\w-]+\.js$/.test(f))).toBe(true);
	});

	it('every page, 404 included, names its start entry, and only files of the list', () => {
		expect(pages.length).toBeGreaterThan(500);
		expect(pages).toContain('404.html');
		for (const file of pages) {
			const html = read(file);
			expect(
				immutableFiles(html).filter((f) => /\/entry\/start\.[\w-]+\.js$/.test(f)),
				file
			).toHaveLength(1);
			expect(foreignFiles(html, listed), file).toEqual([]);
		}
	});
});
