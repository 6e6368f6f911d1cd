import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import jaFontChunks from './ja-font-chunks.json';
import { mapSelections } from '$lib/map/selection-map.server';
import { staticMapPath } from '$lib/map/static-map-url';
import { content, contentIn, tourIn } from '$lib/server/content';
import { baseStep } from '$lib/tour/custom';
import {
	homeOf,
	inCore,
	inSave,
	kindOf,
	languageOf,
	LANGUAGE_NAME_PIECES,
	LANGUAGES,
	NOT_A_STEP_MAP,
	pageIn
} from './plan';

const asset = (name: string) => `/_app/immutable/assets/${name}`;
const needed = asset(`noto-sans-jp-${jaFontChunks[0]}-400-normal.Ab12.woff2`);

describe('what a file of the build is, and whose', () => {
	it('names the kind of every file', () => {
		expect(kindOf('/_app/immutable/chunks/x.js')).toBe('code');
		expect(kindOf(asset('maplibre-gl.Ab.mjs'))).toBe('code');
		expect(kindOf(asset('noto-sans-latin-400-normal.Ab.woff2'))).toBe('font');
		expect(kindOf('/geo/land.geojson')).toBe('geo');
		expect(kindOf('/content/ru.json')).toBe('content');
		expect(kindOf('/content/tour/ja.json')).toBe('content');
		expect(kindOf('/')).toBe('page');
		expect(kindOf('/ru')).toBe('page');
		expect(kindOf('/ja/places/tokyo')).toBe('page');
		expect(kindOf('/tour/presenter')).toBe('page');
		expect(kindOf('/tour/new')).toBe('page');
		expect(kindOf('/tour/custom/1')).toBe('page');
		expect(kindOf('/tour/custom/print')).toBe('page');
		expect(kindOf('/tour/custom/2')).toBe('custom-step');
		expect(kindOf('/ja/tour/custom/30')).toBe('custom-step');
		expect(kindOf('/embed/places/tokyo')).toBe('embed');
		expect(kindOf('/ru/embed')).toBe('embed');
		expect(kindOf('/maps/places/tokyo.svg')).toBe('step-map');
		expect(kindOf('/maps/ru/places/nagato_tokyo.svg')).toBe('step-map');
		expect(kindOf(`/maps/ja/places/${NOT_A_STEP_MAP[0]}.svg`)).toBe('map');
		expect(kindOf('/maps/ja/overview.svg')).toBe('map');
		expect(kindOf('/tour/maps/step-3.svg')).toBe('handout-map');
		expect(kindOf('/ru/tour/maps/step-3.svg')).toBe('handout-map');
		expect(kindOf('/favicon.svg')).toBe('app');
		expect(kindOf('/icon-maskable-512.png')).toBe('app');
		expect(kindOf('/ru/manifest.webmanifest')).toBe('app');
		expect(kindOf('/robots.txt')).toBe('other');
		expect(kindOf('/data')).toBe('page');
		expect(kindOf('/data/__data.json')).toBe('page');
		expect(kindOf('/ru/data/__data.json')).toBe('page');
		expect(kindOf('/data/agreements.csv')).toBe('download');
		expect(kindOf('/data/places.geojson')).toBe('download');
		expect(kindOf('/data/index.json')).toBe('listing');
		expect(kindOf('/sitemap.xml')).toBe('other');
	});

	it('names the language a file belongs to, none for shared files', () => {
		expect(languageOf('/')).toBe('en');
		expect(languageOf('/places/tokyo')).toBe('en');
		expect(languageOf('/ru')).toBe('ru');
		expect(languageOf('/ja/tour/3')).toBe('ja');
		expect(languageOf('/content/ja.json')).toBe('ja');
		expect(languageOf('/content/tour/en.json')).toBe('en');
		expect(languageOf('/maps/overview.svg')).toBe('en');
		expect(languageOf('/maps/ru/places/tokyo.svg')).toBe('ru');
		expect(languageOf(needed)).toBe('ja');
		expect(languageOf('/_app/immutable/chunks/x.js')).toBeNull();
		expect(languageOf('/geo/land.geojson')).toBeNull();
		expect(languageOf('/favicon.svg')).toBeNull();
		// Not a language: a page whose name starts with the letters.
		expect(languageOf('/rules')).toBe('en');
	});
});

describe('the first visit’s copy', () => {
	it('holds the code, the GeoJSON, the icons and one language’s pages and data', () => {
		const en = ['en'] as const;
		for (const path of [
			'/_app/immutable/chunks/x.js',
			asset('maplibre-gl.Ab.mjs'),
			asset('0.Ab.css'),
			'/geo/land.geojson',
			'/favicon.svg',
			'/manifest.webmanifest',
			'/content/en.json',
			'/content/tour/en.json',
			'/',
			'/places/tokyo',
			'/tour/3',
			'/tour/print',
			'/404'
		])
			expect(inCore(path, en), path).toBe(true);
		for (const path of [
			'/content/ru.json',
			'/ru',
			'/ja/places/tokyo',
			'/embed/places/tokyo',
			'/maps/overview.svg',
			'/tour/maps/step-1.svg',
			'/robots.txt',
			'/ru/manifest.webmanifest',
			'/icon-512.png',
			'/icon-maskable-192.png',
			needed
		])
			expect(inCore(path, en), path).toBe(false);
	});

	it('keeps the Latin and Cyrillic pieces of Noto Sans for everyone, Noto Sans JP for Japanese', () => {
		for (const piece of ['latin', 'latin-ext', 'cyrillic'])
			expect(inCore(asset(`noto-sans-${piece}-700-normal.Ab.woff2`), ['en'])).toBe(true);
		expect(inCore(asset('noto-sans-greek-400-normal.Ab.woff2'), ['en'])).toBe(false);
		expect(inCore(asset('noto-sans-latin-400-normal.Ab.woff'), ['en'])).toBe(false);
		expect(inCore(needed, ['ja'])).toBe(true);
		expect(inCore(needed, ['en', 'ru'])).toBe(false);
	});

	it('keeps, for every language, the pieces of Noto Sans JP that name Japanese in the switch', () => {
		const css = readFileSync('src/lib/i18n/generated/language-names.css', 'utf8');
		const pieces = [...css.matchAll(/noto-sans-jp-(\d+)-400-normal\.woff2/g)].map((m) => m[1]);
		expect([...new Set(pieces)].sort()).toEqual([...LANGUAGE_NAME_PIECES].sort());
		for (const piece of LANGUAGE_NAME_PIECES) {
			expect(inCore(asset(`noto-sans-jp-${piece}-400-normal.Ab.woff2`), ['en'])).toBe(true);
			expect(inCore(asset(`noto-sans-jp-${piece}-700-normal.Ab.woff2`), ['en'])).toBe(false);
		}
	});
});

describe('Save for offline', () => {
	it('adds the embeds and the handout’s maps of the languages chosen', () => {
		const opts = { staticMaps: false };
		expect(inSave('/ru/embed/places/tokyo', ['ru'], opts)).toBe(true);
		expect(inSave('/ru/tour/maps/step-2.svg', ['ru'], opts)).toBe(true);
		expect(inCore('/ru/tour/custom/2', ['ru'])).toBe(false);
		expect(inCore('/ru/tour/custom/1', ['ru'])).toBe(true);
		expect(inSave('/ru/tour/custom/2', ['ru'], opts)).toBe(true);
		expect(inSave('/tour/custom/2', ['ru'], opts)).toBe(false);
		expect(inSave('/tour/maps/step-2.svg', ['ru'], opts)).toBe(false);
		expect(inSave('/ja/places/tokyo', ['en', 'ru', 'ja'], opts)).toBe(true);
	});

	it('adds the static maps a custom tour’s handout prints, in the languages chosen', () => {
		const opts = { staticMaps: false };
		expect(inSave('/maps/places/tokyo.svg', ['en'], opts)).toBe(true);
		expect(inSave('/maps/ru/places/tokyo.svg', ['ru'], opts)).toBe(true);
		expect(inSave('/maps/ru/places/tokyo.svg', ['en', 'ja'], opts)).toBe(false);
		expect(inSave('/maps/places/tokyo.svg', ['ru'], opts)).toBe(false);
		expect(inCore('/maps/places/tokyo.svg', ['en'])).toBe(false);
	});

	it('adds the other static maps only where they are shown (no WebGL2)', () => {
		const timeline = `/maps/places/${NOT_A_STEP_MAP[0]}.svg`;
		expect(inSave(timeline, ['en'], { staticMaps: false })).toBe(false);
		expect(inSave(timeline, ['en'], { staticMaps: true })).toBe(true);
		expect(inSave('/maps/overview.svg', ['en'], { staticMaps: false })).toBe(false);
		expect(inSave('/maps/overview.svg', ['en'], { staticMaps: true })).toBe(true);
		expect(inSave('/maps/ja/overview.svg', ['en'], { staticMaps: true })).toBe(false);
	});

	it('holds, in a browser with WebGL2, the map of every step a custom tour can have', () => {
		// Every reference the editor offers (src/lib/components/tour/TourEditor.svelte).
		const refs = [
			...tourIn('en').map((t) => `t:${t.slug}`),
			...content.places.map((p) => `p:${p.slug}`),
			...content.agreements.map((a) => `a:${a.slug}`),
			...content.events.map((e) => `e:${e.slug}`)
		];
		for (const language of LANGUAGES) {
			const lookup = { q: contentIn(language).q, tour: tourIn(language) };
			const used = new Set<string>();
			for (const ref of refs) {
				const step = baseStep(ref, lookup);
				if (!step) continue;
				const path = staticMapPath(step.places, language);
				used.add(path);
				expect(inSave(path, [language], { staticMaps: false }), `${ref}: ${path}`).toBe(true);
			}
			expect(used.size).toBeGreaterThan(20);
			// Only the maps no step shows wait for a browser without WebGL2: the list stays true.
			const others = [...mapSelections().values()]
				.map((slugs) => staticMapPath(slugs, language))
				.filter((path) => !used.has(path));
			expect(others).toEqual(NOT_A_STEP_MAP.map((key) => staticMapPath(key.split('_'), language)));
		}
	});

	it('adds the app icons and the open data files, whatever the language', () => {
		expect(inSave('/icon-maskable-512.png', ['ru'], { staticMaps: false })).toBe(true);
		expect(inSave('/data/agreements.csv', ['ja'], { staticMaps: false })).toBe(true);
		expect(inCore('/data/agreements.csv', ['en'])).toBe(false);
		expect(inCore('/ru/data/__data.json', ['ru'])).toBe(true);
	});

	it('never stores what is not for offline use', () => {
		expect(inSave('/robots.txt', ['en'], { staticMaps: true })).toBe(false);
		expect(inSave('/sitemap.xml', ['en'], { staticMaps: true })).toBe(false);
	});
});

describe('addresses in another language', () => {
	it('moves a page between languages', () => {
		expect(pageIn('/ru/places/tokyo', 'ja')).toBe('/ja/places/tokyo');
		expect(pageIn('/ru/places/tokyo', 'en')).toBe('/places/tokyo');
		expect(pageIn('/', 'ru')).toBe('/ru');
		expect(pageIn('/ja', 'en')).toBe('/');
		expect(homeOf('en')).toBe('/');
		expect(homeOf('ja')).toBe('/ja');
	});
});
