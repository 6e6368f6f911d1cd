import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentIn, placeGeo, q, tour } from '$lib/server/content';
import { mapSelections } from '$lib/map/selection-map.server';
import { selectionKey } from '$lib/map/static-map-url';
import { stepBounds } from './camera';
import {
	baseStep,
	decodeTour,
	encodeTour,
	LIMITS,
	notesList,
	openTour,
	tourParam,
	type CustomTour
} from './custom';

const lookup = { q, tour };
const place = q.timeline()[1].places[0];
const agreement = contentIn('en').content.agreements[0];
const event = q.timeline().find((e) => e.places.length)!;

/** A 4-step tour like the one a teacher builds in the browser test. */
const four: CustomTour = {
	n: 'Energy and islands',
	s: [
		{ r: `t:${tour[0].slug}`, t: 'Why Nagato?' },
		{ r: `p:${place}`, o: 'Ask where this is.\nPoint at the map.' },
		{ r: `a:${agreement.slug}` },
		{ r: `e:${event.slug}`, x: 'In my own words.' }
	]
};

/** Raw JSON, compressed as a link would carry it, for hand-made hostile links. */
const packed = (json: string, version = '1') =>
	`${version}.${Buffer.from(deflateSync(strToU8(json))).toString('base64url')}`;

describe('encodeTour / decodeTour', () => {
	it('round-trips a tour', () => {
		const code = encodeTour(four);
		expect(code.startsWith('1.')).toBe(true);
		expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		expect(decodeTour(code)).toEqual({ ok: true, tour: four });
	});

	it('keeps a 4-step tour link short enough for a QR code', () => {
		expect(encodeTour(four).length).toBeLessThan(400);
	});

	it('round-trips any text, Japanese and Cyrillic included', () => {
		const t: CustomTour = { s: [{ r: `p:${place}`, t: '長門 — Нагато 🗾', x: '"<b>&' }] };
		expect(decodeTour(encodeTour(t))).toEqual({ ok: true, tour: t });
	});

	it('reads the t of a hash', () => {
		expect(tourParam('#t=1.abc')).toBe('1.abc');
		expect(tourParam('')).toBeNull();
	});

	it('refuses an unknown version before decompressing', () => {
		expect(decodeTour(encodeTour(four).replace(/^1\./, '2.'))).toEqual({
			ok: false,
			error: 'version'
		});
		expect(decodeTour(packed(JSON.stringify(four), '0'))).toMatchObject({ error: 'version' });
	});

	it('refuses truncated, corrupt and empty links without throwing', () => {
		const code = encodeTour(four);
		for (const bad of [
			code.slice(0, -5),
			code.slice(0, 10),
			'1.',
			'1.!!!!',
			'1.AAAA',
			'garbage',
			'1.' + 'A'.repeat(41)
		])
			expect(decodeTour(bad).ok, bad).toBe(false);
		expect(decodeTour('')).toEqual({ ok: false, error: 'empty' });
		expect(decodeTour(null)).toEqual({ ok: false, error: 'empty' });
		expect(decodeTour(packed('{not json'))).toEqual({ ok: false, error: 'corrupt' });
	});

	it('refuses oversized links, and links that expand past the limit', () => {
		expect(decodeTour('1.' + 'A'.repeat(LIMITS.link))).toEqual({ ok: false, error: 'size' });
		// A few hundred bytes that inflate to megabytes: stopped at the limit, never held whole.
		const bomb = packed(`{"s":[{"r":"p:x","t":"${' '.repeat(5_000_000)}"}]}`);
		expect(bomb.length).toBeLessThan(LIMITS.link);
		expect(decodeTour(bomb)).toEqual({ ok: false, error: 'corrupt' });
	});

	it('enforces the limits and the shape with valibot', () => {
		const cases: unknown[] = [
			{ s: [] },
			{ s: Array.from({ length: LIMITS.steps + 1 }, () => ({ r: `p:${place}` })) },
			{ s: [{ r: `p:${place}`, t: 'x'.repeat(LIMITS.title + 1) }] },
			{ s: [{ r: `p:${place}`, x: 'x'.repeat(LIMITS.narrative + 1) }] },
			{ s: [{ r: `p:${place}`, o: 'x'.repeat(LIMITS.notes + 1) }] },
			{ n: 'x'.repeat(LIMITS.name + 1), s: [{ r: `p:${place}` }] },
			{ s: [{ r: 'p:../../etc' }] },
			{ s: [{ r: `p:${place}`, html: '<script>' }] },
			{ s: [{ r: `x:${place}` }] },
			[],
			null,
			'tour'
		];
		for (const raw of cases)
			expect(decodeTour(packed(JSON.stringify(raw))), JSON.stringify(raw).slice(0, 80)).toEqual({
				ok: false,
				error: 'invalid'
			});
		const max = { s: Array.from({ length: LIMITS.steps }, () => ({ r: `p:${place}` })) };
		expect(decodeTour(encodeTour(max)).ok).toBe(true);
	});

	it('keeps script in a title as plain text, to be shown as text', () => {
		const t = { s: [{ r: `p:${place}`, t: '<script>alert(1)</script>' }] };
		const opened = openTour(encodeTour(t), lookup);
		expect(opened.ok && opened.steps[0].title).toBe('<script>alert(1)</script>');
	});

	it('refuses links to slugs the site does not have', () => {
		for (const r of ['p:atlantis', 'a:no-such-deal', 'e:no-such-event', 't:no-such-step'])
			expect(openTour(encodeTour({ s: [{ r }] }), lookup), r).toEqual({
				ok: false,
				error: 'unknown'
			});
	});
});

describe('steps from records', () => {
	it('a place: its own camera, summary and sentences of the article', () => {
		const p = q.place(place)!;
		const step = baseStep(`p:${place}`, lookup)!;
		expect(step.places).toEqual([place]);
		expect(step.title).toBe(p.name);
		expect(step.narrative).toBe(p.summary);
		expect(step.source).toEqual(p.source);
		expect(stepBounds(step, placeGeo)).not.toBeNull();
	});

	it('an agreement: every place it involves, its summary, its quote', () => {
		const step = baseStep(`a:${agreement.slug}`, lookup)!;
		expect(step.places).toEqual(q.involvedPlaces(agreement).map((p) => p.slug));
		expect(step.narrative).toBe(agreement.summary);
		expect(step.source).toEqual(agreement.source);
		expect(step.agreements).toEqual([agreement.slug]);
	});

	it('an event: its places, summary, quote and the agreements made at it', () => {
		const step = baseStep(`e:${event.slug}`, lookup)!;
		expect(step.places).toEqual(event.places);
		expect(step.source).toEqual(event.source);
		expect(step.agreements).toEqual(q.agreementsAt(event.slug).map((a) => a.slug));
	});

	it('an event with no place cannot be a step: it would have no camera', () => {
		const placeless = q.timeline().find((e) => !e.places.length);
		if (placeless) expect(baseStep(`e:${placeless.slug}`, lookup)).toBeNull();
	});

	it('a built-in step as it is, notes included', () => {
		const step = baseStep(`t:${tour[2].slug}`, lookup)!;
		expect(step).toMatchObject({
			title: tour[2].title,
			narrative: tour[2].narrative,
			source: tour[2].source,
			places: tour[2].places,
			notes: tour[2].notes ?? []
		});
	});

	it('every possible step has a handout map the build draws', () => {
		const maps = mapSelections();
		const refs = [
			...tour.map((t) => `t:${t.slug}`),
			...contentIn('en').content.places.map((p) => `p:${p.slug}`),
			...contentIn('en').content.agreements.map((a) => `a:${a.slug}`),
			...q.timeline().map((e) => `e:${e.slug}`)
		];
		for (const ref of refs) {
			const step = baseStep(ref, lookup);
			if (step) expect(maps.has(selectionKey(step.places)), ref).toBe(true);
		}
	});

	it('the teacher’s words replace title, narrative and notes, never the quotes', () => {
		const opened = openTour(encodeTour(four), lookup);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.steps.map((s) => s.kind)).toEqual(['tour', 'place', 'agreement', 'event']);
		expect(opened.steps[0].title).toBe('Why Nagato?');
		expect(opened.steps[0].source).toEqual(tour[0].source);
		expect(opened.steps[1].notes).toEqual(['Ask where this is.', 'Point at the map.']);
		expect(opened.steps[3].narrative).toBe('In my own words.');
	});

	it('defaults come in the reader’s language', () => {
		const ru = contentIn('ru');
		const opened = openTour(encodeTour({ s: [{ r: `p:${place}` }] }), {
			q: ru.q,
			tour
		});
		expect(opened.ok && opened.steps[0].title).toBe(ru.q.place(place)!.name);
	});

	it('notes are one per line', () => {
		expect(notesList(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c']);
	});
});
