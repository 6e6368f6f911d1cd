import { describe, expect, it } from 'vitest';
import { contentIn } from '$lib/server/content';
import { FALLBACK_MAP, selectionMapSvg } from './selection-map.server';
import { escapeXml } from './static-map';
import type { Locale } from '$lib/i18n/locale';

/** The static maps name the geography as the interactive map does, in the picture's language. */
const svg = (slugs: string[], lang: Locale, picture = { width: 900, height: 600, margin: 70 }) =>
	selectionMapSvg({
		...picture,
		slugs,
		names: new Map(contentIn(lang).content.places.map((p) => [p.slug, p.name])),
		title: 'map',
		lang
	});
const geographyNames = (text: string) =>
	[...text.matchAll(/data-geography="([^"]+)">([^<]+)</g)].map((m) => [m[1], m[2]]);

describe('the static maps’ geography', () => {
	it.each([
		['en', ['La Pérouse (Sōya) Strait', 'Hokkaido', 'Sakhalin']],
		['ru', ['пролив Лаперуза (Соя)', 'Хоккайдо', 'Сахалин']],
		['ja', ['宗谷海峡（ラ・ペルーズ海峡）', '北海道', 'サハリン']]
	] as const)(
		'names the strait and islands around the bridge in %s (the handout)',
		(lang, names) => {
			const text = svg(['sakhalin-hokkaido-bridge'], lang);
			const drawn = geographyNames(text).map(([, name]) => name);
			for (const name of names) expect(drawn).toContain(escapeXml(name));
		}
	);

	it('names the seas on the overview, and sets water apart in italic blue', () => {
		const text = svg([], 'en', FALLBACK_MAP);
		const slugs = geographyNames(text).map(([slug]) => slug);
		expect(slugs).toContain('sea-of-okhotsk');
		expect(slugs).toContain('sea-of-japan');
		expect(text).toContain('Sea of Japan / East Sea');
		expect(text).toMatch(/\.geo-water\{font-style:italic;fill:#1f5a85/);
		// small towns are left out at this scale, as on the interactive map
		expect(slugs).not.toContain('korsakov');
	});

	// The names a handout step is about stay, in every language, while giving way to the places.
	it.each(['en', 'ru', 'ja'] as const)(
		'names both straits the bridges would cross on step 10, and Hokkaido on step 9 (%s)',
		(lang) => {
			const bridges = geographyNames(
				svg(['mainland-sakhalin-bridge', 'sakhalin-hokkaido-bridge'], lang)
			).map(([slug]) => slug);
			expect(bridges).toEqual(
				expect.arrayContaining(['nevelskoy-strait', 'la-perouse-strait', 'sakhalin'])
			);
			const kurils = geographyNames(svg(['south-kurils'], lang)).map(([slug]) => slug);
			expect(kurils).toContain('hokkaido');
			const nagato = geographyNames(svg(['nagato'], lang)).map(([slug]) => slug);
			expect(nagato).toEqual(expect.arrayContaining(['honshu', 'yamaguchi']));
		}
	);

	it('names the strait on the bridge’s no-WebGL map, for desktops and phones', () => {
		const text = svg(['sakhalin-hokkaido-bridge'], 'en', FALLBACK_MAP);
		const strait = [
			...text.matchAll(/class="(label[^ ]*) geo[^"]*"[^>]*data-geography="la-perouse-strait"/g)
		];
		expect(strait.map((m) => m[1])).toEqual(['label', 'label-narrow']);
	});

	it('names Sakhalin and its sea beside Sakhalin-2, whose own name stays', () => {
		const text = svg(['sakhalin-2'], 'en');
		expect(text).toContain('>Sakhalin-2<');
		const slugs = geographyNames(text).map(([slug]) => slug);
		expect(slugs).toContain('sakhalin');
		expect(slugs).toContain('sea-of-okhotsk');
	});
});
