// The web app manifest in each language: valid, its icons there and the size they say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD, page, served } from './build';

const MANIFESTS = { en: '/manifest.webmanifest', ru: '/ru/manifest.webmanifest', ja: '/ja/manifest.webmanifest' };
const HOME = { en: '/', ru: '/ru', ja: '/ja' };

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string) {
	const bytes = readFileSync(file);
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe.each(Object.entries(MANIFESTS))('the %s manifest', (lang, path) => {
	const file = served(path)!;
	const manifest = JSON.parse(readFileSync(file, 'utf8'));
	const url = new URL(path, 'http://host');

	it('has the fields an install needs', () => {
		expect(manifest.name).toMatch(/\S/);
		expect(manifest.short_name).toMatch(/\S/);
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		expect(manifest.lang).toBe(lang);
		expect(manifest.display).toBe('standalone');
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
		// Starts on the home page in its language, inside its scope.
		const start = new URL(manifest.start_url, url);
		expect(start.pathname).toBe(HOME[lang as keyof typeof HOME]);
		expect(served(start.pathname)).not.toBeNull();
		expect(start.pathname.startsWith(new URL(manifest.scope, url).pathname)).toBe(true);
	});

	it('has its icons, each the size it says, maskable ones at 192 and 512', () => {
		for (const icon of manifest.icons) {
			const iconFile = served(new URL(icon.src, url).pathname);
			expect(iconFile, icon.src).not.toBeNull();
			if (icon.type === 'image/png') expect(pngSize(iconFile!), icon.src).toBe(icon.sizes);
		}
		const sizes = (purpose: string) =>
			manifest.icons.filter((i: { purpose: string }) => i.purpose === purpose).map((i: { sizes: string }) => i.sizes);
		expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(sizes('maskable')).toEqual(expect.arrayContaining(['192x192', '512x512']));
	});

	it('is linked from the pages of its language, with the theme colour', () => {
		const $ = page(HOME[lang as keyof typeof HOME]);
		expect($('link[rel="manifest"]').attr('href')).toBe(path);
		expect($('meta[name="theme-color"]').attr('content')).toBe(manifest.theme_color);
		expect(served($('link[rel="apple-touch-icon"]').attr('href')!)).not.toBeNull();
	});
});

describe('the icons', () => {
	it('are the project’s own drawings, rendered from scripts/icons/*.svg', () => {
		expect(pngSize(join(BUILD, 'apple-touch-icon.png'))).toBe('180x180');
		expect(readFileSync('scripts/icons/icon.svg', 'utf8')).toContain('<svg');
	});
});
