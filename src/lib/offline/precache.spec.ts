import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunksFor, fontFaces, JA_FONT_CSS, japaneseText } from '../../../scripts/font-chunks.js';
import jaFontChunks from './ja-font-chunks.json';
import { storedOffline } from './precache';

const asset = (name: string) => `/_app/immutable/assets/${name}`;

describe('the offline store’s fonts', () => {
	const faces = fontFaces(readFileSync(JA_FONT_CSS, 'utf8'));

	it('reads every piece of Noto Sans JP with its ranges', () => {
		expect(faces.length).toBeGreaterThan(100);
		const latin = faces.find((f) => f.name === 'latin')!;
		expect(latin.ranges.some(([a, b]) => a <= 0x41 && 0x41 <= b)).toBe(true);
	});

	it('finds the pieces a text needs, and only those', () => {
		const nichi = faces.filter((f) => f.ranges.some(([a, b]) => a <= 0x65e5 && 0x65e5 <= b));
		expect(nichi).toHaveLength(1);
		expect(chunksFor('日', faces)).toEqual([nichi[0].name]);
		expect(chunksFor('', faces)).toEqual([]);
	});

	it('is up to date with the Japanese text (run node scripts/font-chunks.js)', () => {
		const text = japaneseText((f) => readFileSync(f, 'utf8'));
		expect(jaFontChunks).toEqual(chunksFor(text, faces));
		// A town the map's geography names (旭川, Asahikawa) is set in HTML on Japanese pages too.
		expect(chunksFor('旭川', faces).every((c) => jaFontChunks.includes(c))).toBe(true);
		// The disputed islands' Japanese name, as the map labels it.
		expect(chunksFor('北方領土', faces).every((c) => jaFontChunks.includes(c))).toBe(true);
	});

	it('keeps WOFF2, the needed Japanese pieces and everything else; drops WOFF and unused pieces', () => {
		const unused = faces.map((f) => f.name).find((n) => !jaFontChunks.includes(n))!;
		expect(storedOffline(asset('noto-sans-latin-400-normal.Ab12.woff2'))).toBe(true);
		expect(storedOffline(asset('noto-sans-latin-400-normal.Ab12.woff'))).toBe(false);
		expect(storedOffline(asset(`noto-sans-jp-${jaFontChunks[0]}-700-normal.Cd34.woff2`))).toBe(
			true
		);
		expect(storedOffline(asset(`noto-sans-jp-${unused}-400-normal.Ef56.woff2`))).toBe(false);
		expect(storedOffline('/_app/immutable/chunks/index.Gh78.js')).toBe(true);
		expect(storedOffline('/places/tokyo')).toBe(true);
	});
});
