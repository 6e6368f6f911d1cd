// The corrections of issue #19's independent review of the content, one test each, so that none
// can quietly come back: in English (the records), Russian and Japanese (data/i18n/*.json).
import { describe, expect, it } from 'vitest';
import ja from './data/i18n/ja.json';
import ru from './data/i18n/ru.json';
import { content, placeGeo, tour } from '$lib/server/content';

type Tr = typeof ru;
const translations: [string, Tr][] = [
	['ru', ru],
	['ja', ja as unknown as Tr]
];

/** Every string under `value`; `skip` leaves out keys (the article's quotes and their translations). */
function strings(value: unknown, skip: string[] = [], key = ''): string[] {
	if (skip.includes(key)) return [];
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((v) => strings(v, skip, key));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, skip, k));
	return [];
}

/** The project's own words of an English record: no quotes, slugs or references. */
const OWN_SKIP = ['source', 'quote', 'slug', 'parties', 'places', 'event', 'agreements', 'date'];
/** Text inside “…” is the article's, quoted: left out of checks on our own words. */
const unquoted = (s: string) => s.replace(/“[^”]*”/g, '“…”');

const sakhalin2 = {
	places: content.places.filter((p) => p.slug === 'sakhalin-2'),
	agreements: content.agreements.filter((a) => a.places.includes('sakhalin-2')),
	tour: tour.filter((t) => t.places.includes('sakhalin-2'))
};
const sakhalin2Slugs = {
	places: sakhalin2.places.map((r) => r.slug),
	agreements: sakhalin2.agreements.map((r) => r.slug),
	tour: sakhalin2.tour.map((r) => r.slug)
};

describe('Sakhalin-2: expansion, not extension', () => {
	it('covers the place, the Gazprom–Mitsui agreement and the tour step', () => {
		expect(sakhalin2Slugs.places).toEqual(['sakhalin-2']);
		expect(sakhalin2Slugs.agreements).toContain('gazprom-mitsui-sakhalin-2');
		expect(sakhalin2Slugs.tour).toContain('sakhalin-2-and-energy');
	});

	it('says “expansion” in English, never “extend”/“extension” outside the article’s quotes', () => {
		const own = Object.values(sakhalin2).flatMap((records) =>
			records.flatMap((r) => strings(r, OWN_SKIP).map(unquoted))
		);
		expect(own.filter((t) => /\bextend|\bextension/i.test(t))).toEqual([]);
		expect(own.some((t) => /\bexpan(sion|d)/i.test(t))).toBe(true);
	});

	it('keeps the article’s “extension” in its quote, with a note that it means expansion', () => {
		for (const r of [...sakhalin2.places, ...sakhalin2.agreements.slice(0, 1)]) {
			expect(r.source.some((s) => s.quote.includes('an extension of the Sakhalin-2 project'))).toBe(
				true
			);
		}
		for (const r of [
			content.places.find((p) => p.slug === 'sakhalin-2')!,
			content.agreements.find((a) => a.slug === 'gazprom-mitsui-sakhalin-2')!
		])
			expect(
				r.notes?.some((n) => /“extension”.*means its expansion/.test(n)),
				r.slug
			).toBe(true);
	});

	it('has no 延長 in any Japanese Sakhalin-2 text, quote translations included; 拡張 instead', () => {
		const texts = (Object.keys(sakhalin2Slugs) as (keyof typeof sakhalin2Slugs)[]).flatMap(
			(section) =>
				sakhalin2Slugs[section].flatMap((slug) =>
					strings((ja as Record<string, Record<string, unknown>>)[section][slug])
				)
		);
		const all = strings(ja).filter((t) => /サハリン2/.test(t));
		expect([...texts, ...all].filter((t) => t.includes('延長'))).toEqual([]);
		expect(texts.filter((t) => t.includes('拡張')).length).toBeGreaterThanOrEqual(5);
	});

	it('says расширение in Russian, never продление', () => {
		const texts = strings(ru).filter((t) => /Сахалин/.test(t));
		expect(texts.filter((t) => /продлени/i.test(t) && !/«Extension»/.test(t))).toEqual([]);
		expect(texts.some((t) => /расширени/.test(t))).toBe(true);
	});
});

describe('Vladivostok: a major Pacific port, not the main one', () => {
	const en = [...content.places, ...content.agreements, ...content.events, ...tour].flatMap((r) =>
		strings(r, OWN_SKIP)
	);

	it('in English', () => {
		expect(en.filter((t) => /main (Russian )?Pacific port|main port/i.test(t))).toEqual([]);
		expect(en.some((t) => /Vladivostok, a major Russian Pacific port/.test(t))).toBe(true);
	});

	it('in Russian and Japanese', () => {
		expect(strings(ru).filter((t) => /главн\S* (тихоокеанск|порт)/i.test(t))).toEqual([]);
		expect(strings(ru).some((t) => /один из крупных тихоокеанских портов/.test(t))).toBe(true);
		const vladivostok = strings(ja).filter((t) => t.includes('ウラジオストク'));
		expect(vladivostok.filter((t) => /主要港|主要な港|最大の港/.test(t))).toEqual([]);
	});
});

describe('the bridges agreement', () => {
	const bridges = content.agreements.find((a) => a.slug === 'sakhalin-railway-bridges')!;

	it('does not call both bridges railway bridges, in any language', () => {
		expect(bridges.title).not.toMatch(/railway bridges/i);
		expect(ru.agreements['sakhalin-railway-bridges'].title).not.toMatch(/Железнодорожные мосты/i);
		expect(ja.agreements['sakhalin-railway-bridges'].title).not.toMatch(/鉄道橋/);
	});

	it('notes that the article calls only the mainland bridge a railway bridge', () => {
		expect(bridges.notes?.some((n) => /mainland–Sakhalin bridge a railway bridge/.test(n))).toBe(
			true
		);
		expect(bridges.notes).toHaveLength(ru.agreements['sakhalin-railway-bridges'].notes.length);
		expect(ru.agreements['sakhalin-railway-bridges'].notes.at(-1)).toMatch(/железнодорожным/);
		expect(ja.agreements['sakhalin-railway-bridges'].notes.at(-1)).toMatch(/鉄道橋/);
	});
});

describe('paragraph 3’s “Group of 20”', () => {
	const steps = tour.filter((t) => t.source.some((s) => s.paragraph === 3));

	it('gets a G8 note wherever the tour cites paragraph 3, in all three languages', () => {
		expect(steps.length).toBeGreaterThan(0);
		for (const step of steps) {
			expect(
				step.notes?.some((n) => /G8/.test(n) && /Group of 20/.test(n)),
				step.slug
			).toBe(true);
			for (const [locale, tr] of translations) {
				const notes = (tr.tour as Record<string, { notes?: string[] }>)[step.slug].notes ?? [];
				expect(
					notes.some((n) => /G8|«Группе восьми»/.test(n)),
					`${locale} ${step.slug}`
				).toBe(true);
			}
		}
	});
});

describe('the islands’ names', () => {
	const kurils = content.places.find((p) => p.slug === 'south-kurils')!;
	const kurilsStep = tour.find((t) => t.slug === 'south-kurils')!;

	it('English gives Etorofu and Kunashiri beside Iturup and Kunashir', () => {
		for (const text of [kurils.description, kurilsStep.notes![0]]) {
			expect(text).toContain('Iturup (Etorofu)');
			expect(text).toContain('Kunashir (Kunashiri)');
		}
		const labels = placeGeo['south-kurils'].measurements.map((m) => m.label);
		expect(labels).toContain('Iturup / Etorofu area');
		expect(labels).toContain('Kunashir / Kunashiri area');
	});

	it('Russian gives the Japanese names too', () => {
		expect(ru.places['south-kurils'].description).toMatch(/Итуруп \(яп\. Эторофу\)/);
		expect(ru.tour['south-kurils'].notes[0]).toMatch(/Кунашир \(яп\. Кунасири\)/);
	});

	it('Japanese spells Iturup one way: イトゥルップ', () => {
		expect(strings(ja).filter((t) => t.includes('イトゥルプ'))).toEqual([]);
		expect(strings(ja).filter((t) => t.includes('イトゥルップ')).length).toBeGreaterThanOrEqual(3);
	});

	it('notes, in every language, that the map’s Habomai group lacks Anuchin Island', () => {
		expect(kurils.notes?.some((n) => /Anuchin Island/.test(n))).toBe(true);
		expect(ru.places['south-kurils'].notes.some((n) => /острова Анучина/.test(n))).toBe(true);
		expect(ja.places['south-kurils'].notes.some((n) => /秋勇留島/.test(n))).toBe(true);
	});
});

describe('the Nevelskoy Strait', () => {
	it('is explained in Japanese as the narrowest part of 間宮海峡, wherever it is named', () => {
		const named = strings(ja).filter((t) => t.includes('ネヴェリスコイ海峡'));
		expect(named.length).toBeGreaterThanOrEqual(3);
		expect(named.filter((t) => !/間宮海峡.{0,12}最も狭い部分/.test(t))).toEqual([]);
	});

	it('is explained in English and Russian in the tour as the narrowest part of the Tatar Strait', () => {
		const step = tour.find((t) => t.slug === 'bridges')!;
		expect(step.notes?.[0]).toMatch(/Nevelskoy Strait, the narrowest part of the Tatar Strait/);
		expect(ru.tour.bridges.notes[0]).toMatch(/самую узкую часть Татарского пролива/);
	});
});
