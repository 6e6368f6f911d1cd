import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content, placeGeo, tour } from '$lib/server/content';
import { stepBounds } from '$lib/tour/camera';
import type { BBox } from './camera';
import {
	boxMeetsArea,
	centredLabel,
	ems,
	escapeXml,
	fitProjection,
	labelBox,
	pathData,
	pathParts,
	placeLabel,
	staticMapSvg,
	type GeoCollection
} from './static-map';

describe('the Mercator projection', () => {
	// Bounds symmetric about the equator: it sits in the middle of the picture.
	const y = (lat: number) => 50 - fitProjection([-10, -60, 10, 60], 100, 100).project([0, lat])[1];

	it('is zero at the equator, symmetric, and stretches towards the poles', () => {
		expect(y(0)).toBeCloseTo(0);
		expect(y(-40)).toBeCloseTo(-y(40));
		expect(y(60) - y(50)).toBeGreaterThan(y(10) - y(0));
	});
});

describe('fitProjection', () => {
	const bounds: BBox = [130, 30, 150, 50];
	const p = fitProjection(bounds, 900, 600, 50);

	it('puts the bounds inside the picture, within the margin, centred', () => {
		const [x0, y0] = p.project([130, 50]);
		const [x1, y1] = p.project([150, 30]);
		for (const x of [x0, x1]) expect(x).toBeGreaterThanOrEqual(50 - 1e-6);
		for (const x of [x0, x1]) expect(x).toBeLessThanOrEqual(850 + 1e-6);
		for (const y of [y0, y1]) expect(y).toBeGreaterThanOrEqual(50 - 1e-6);
		for (const y of [y0, y1]) expect(y).toBeLessThanOrEqual(550 + 1e-6);
		expect((x0 + x1) / 2).toBeCloseTo(450);
		expect((y0 + y1) / 2).toBeCloseTo(300);
		// North is up.
		expect(y0).toBeLessThan(y1);
	});

	it('reaches further with a bleed, keeping the same scale', () => {
		const wide = fitProjection(bounds, 900, 600, 50, 100);
		expect(wide.project([140, 40])).toEqual(p.project([140, 40]));
		expect(wide.view[0]).toBeLessThan(p.view[0]);
		expect(wide.view[3]).toBeGreaterThan(p.view[3]);
	});

	it('reports a view that holds the bounds', () => {
		const [w, s, e, n] = p.view;
		expect(w).toBeLessThanOrEqual(130);
		expect(s).toBeLessThanOrEqual(30);
		expect(e).toBeGreaterThanOrEqual(150);
		expect(n).toBeGreaterThanOrEqual(50);
	});
});

describe('pathData', () => {
	const p = fitProjection([0, 0, 10, 10], 100, 100);

	it('leaves out parts wholly outside the picture', () => {
		expect(
			pathData(
				[
					[
						[50, 50],
						[60, 50],
						[60, 60],
						[50, 50]
					]
				],
				p,
				true
			)
		).toBe('');
	});

	it('cuts a huge polygon down to the picture', () => {
		const huge = [
			[
				[-170, -80],
				[170, -80],
				[170, 80],
				[-170, 80],
				[-170, -80]
			]
		];
		const d = pathData(huge, p, true);
		const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
		expect(Math.max(...numbers.map(Math.abs))).toBeLessThan(110);
		expect(d.endsWith('Z')).toBe(true);
	});

	it('writes whole pixels once points are at least a pixel apart', () => {
		const line = [
			[
				[1, 1],
				[3.33, 7.77],
				[6.66, 2.22]
			]
		];
		expect(pathData(line, p, false, { minStep: 1.5 })).toMatch(/^M\d+ \d+(L\d+ \d+)+$/);
		expect(pathData(line, p, false)).toMatch(/\.\d/);
	});

	it('skips points closer than a pixel', () => {
		const dense = [Array.from({ length: 1000 }, (_, i) => [i / 100, 5])];
		const d = pathData(dense, p, false);
		expect(d.split('L').length).toBeLessThan(120);
	});
});

describe('the labels’ width estimate', () => {
	// Widths Chromium measured on Debian with no web font (SVG images cannot load one), so in
	// DejaVu Sans, the widest common fallback, 3 Dec 2026: the old 0.58 em a letter fell short of
	// every Cyrillic name and of bold Latin, and a Russian bridge's name ran off the handout's map.
	it.each([
		['Moscow', 'bold', 18, 80.7],
		['Mainland–Sakhalin railway bridge', 'bold', 18, 341],
		['Железнодорожный мост материк — Сахалин', 'bold', 18, 472.1],
		['Южные Курилы / Северные территории', 'bold', 18, 417.8],
		['大陸・サハリン鉄道橋（構想）', 'bold', 18, 252],
		['Кюсю', 'regular', 15, 44.2],
		['La Pérouse (Sōya) Strait', 'regular', 13, 158],
		['Кунаширский пролив / пролив Немуро', 'regular', 13, 264.6],
		['Sea of Japan / East Sea', 'regular', 17, 196.6]
	] as const)('“%s” (%s, %i px) is %f px wide: the estimate holds it', (name, weight, size, px) => {
		expect(ems(name, weight) * size).toBeGreaterThanOrEqual(px);
		expect(ems(name, weight) * size).toBeLessThan(px * 1.2);
	});

	it('boxes a label from its anchor, halo included', () => {
		const [x0, , x1] = labelBox('Tokyo', 100, 50, 'start', 20);
		expect(x0).toBeLessThan(100);
		expect(x1 - x0).toBeCloseTo(ems('Tokyo') * 20 + 4);
		const end = labelBox('Tokyo', 100, 50, 'end', 20);
		expect(end[2]).toBeGreaterThan(100);
		const middle = labelBox('Tokyo', 100, 50, 'middle', 20);
		expect((middle[0] + middle[2]) / 2).toBeCloseTo(100);
	});
});

describe('an area as a label meets it', () => {
	const square = pathParts('M10 10L50 10L50 50L10 50Z');

	it('reads back the rings pathData writes', () => {
		expect(square).toEqual([
			[
				[10, 10],
				[50, 10],
				[50, 50],
				[10, 50]
			]
		]);
	});

	it('meets a box that crosses its edge or lies inside it, not one beside it', () => {
		expect(boxMeetsArea([40, 40, 60, 60], square)).toBe(true);
		expect(boxMeetsArea([20, 20, 30, 30], square)).toBe(true);
		expect(boxMeetsArea([0, 0, 100, 100], square)).toBe(true);
		expect(boxMeetsArea([55, 10, 90, 50], square)).toBe(false);
	});
});

describe('centredLabel', () => {
	it('stays on its point when free, else moves no further than allowed', () => {
		const all = () => true;
		expect(centredLabel('Sakhalin', 200, 100, 15, all).x).toBe(200);
		const notHere = (b: [number, number, number, number]) => b[1] > 100 || b[3] < 90;
		const moved = centredLabel('Sakhalin', 200, 100, 15, notHere, { lines: 1 });
		expect(moved.fits).toBe(true);
		expect(moved.x).toBe(200);
		expect(Math.abs(moved.y - (100 + 15 * 0.35))).toBeCloseTo(15 * 1.2 * 1.2);
		expect(centredLabel('Sakhalin', 200, 100, 15, notHere).fits).toBe(false);
		expect(centredLabel('Sakhalin', 200, 100, 15, notHere, { lines: 1, reach: 10 }).fits).toBe(
			false
		);
	});
});

describe('placeLabel', () => {
	it('says when no spot is clear of the others', () => {
		const crowd: [number, number, number, number][] = [[0, 0, 900, 600]];
		expect(placeLabel('Tokyo', 450, 300, 900, 600, []).fits).toBe(true);
		expect(placeLabel('Tokyo', 450, 300, 900, 600, crowd).fits).toBe(false);
	});

	it('needs more room for larger labels', () => {
		const a = placeLabel('Vladivostok', 450, 300, 900, 600, [], 18);
		const b = placeLabel('Vladivostok', 450, 300, 900, 600, [], 27);
		expect(b.box[2] - b.box[0]).toBeGreaterThan((a.box[2] - a.box[0]) * 1.4);
	});

	it('keeps labels inside the picture and clear of each other', () => {
		const a = placeLabel('Vladivostok', 880, 20, 900, 600, []);
		expect(a.box[2]).toBeLessThanOrEqual(896);
		expect(a.box[1]).toBeGreaterThanOrEqual(4);
		const b = placeLabel('Trans-Siberian Railway', 880, 24, 900, 600, [a.box]);
		const overlap = !(
			b.box[2] < a.box[0] ||
			b.box[0] > a.box[2] ||
			b.box[3] < a.box[1] ||
			b.box[1] > a.box[3]
		);
		expect(overlap).toBe(false);
	});
});

describe('staticMapSvg', () => {
	const places: GeoCollection = {
		features: [
			{
				properties: { slug: 'a', kind: 'venue' },
				geometry: { type: 'Point', coordinates: [5, 5] }
			},
			{
				properties: { slug: 'b', kind: 'venue' },
				geometry: { type: 'Point', coordinates: [6, 6] }
			},
			{
				properties: { slug: 'c', kind: 'infrastructure' },
				geometry: {
					type: 'LineString',
					coordinates: [
						[4, 4],
						[4.01, 4.01]
					]
				}
			}
		]
	};
	const svg = staticMapSvg({
		bounds: [0, 0, 10, 10],
		width: 300,
		height: 200,
		land: [
			{
				features: [
					{
						geometry: {
							type: 'Polygon',
							coordinates: [
								[
									[1, 1],
									[9, 1],
									[9, 9],
									[1, 1]
								]
							]
						}
					}
				]
			}
		],
		places,
		highlight: ['a', 'c'],
		labels: [
			{ name: 'A & <b>', center: [5, 5] },
			{ name: 'C', center: [4, 4], bbox: [4, 4, 4.01, 4.01] }
		],
		title: 'Step "1"'
	});

	it('is an SVG image with an accessible, escaped title', () => {
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 300 200"/);
		expect(svg).toContain('<title>Step &quot;1&quot;</title>');
		expect(svg.trim().endsWith('</svg>')).toBe(true);
	});

	it('marks the step’s places, and only those', () => {
		expect(svg.match(/class="step-place"/g)).toHaveLength(2);
		expect(svg).toMatch(/<circle data-slug="a" class="step-place"/);
		expect(svg).toMatch(/<circle data-slug="b" cx/);
		expect(svg).toMatch(/<path data-slug="c" class="step-place"/);
	});

	it('rings a place too small to see and labels the step’s places', () => {
		// The map's ring around a selected small place (symbology SELECTION.markerRadius).
		expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="11" fill="none"/);
		expect(svg).toContain('>A &amp; &lt;b&gt;</text>');
		expect(svg).toContain('>C</text>');
	});

	it('escapes XML', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
		);
	});
});

describe('staticMapSvg for screens', () => {
	const input = {
		bounds: [0, 0, 10, 10] as BBox,
		width: 300,
		height: 200,
		land: [],
		places: { features: [] },
		highlight: [],
		labels: [
			{ name: 'Alpha', center: [5, 5] as [number, number] },
			{ name: 'Beta', center: [5.01, 5.01] as [number, number] },
			{ name: 'Gamma', center: [4.99, 4.99] as [number, number] }
		],
		title: 'T'
	};

	it('draws its sea beyond the picture’s edges, and no frame, when asked', () => {
		const svg = staticMapSvg({ ...input, bleed: 50, frame: false });
		expect(svg).toContain('<rect x="-50" y="-50" width="400" height="300"');
		expect(svg).not.toContain('stroke="#333"');
		expect(staticMapSvg(input)).toContain('stroke="#333"');
	});

	it('adds labels for narrow screens that replace the others there', () => {
		const svg = staticMapSvg({ ...input, narrow: { maxWidth: 500, labelSize: 30 } });
		expect(svg.match(/class="label"/g)).toHaveLength(3);
		expect(svg.match(/class="label-narrow"/g)).toHaveLength(3);
		expect(svg).toMatch(
			/\.label-narrow\{display:none\}@media \(max-width:500px\)\{\.label\{display:none\}/
		);
	});

	it('leaves out crowded labels when asked, keeping the first', () => {
		const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'];
		const labels = names.map((name) => ({ name, center: [5, 5] as [number, number] }));
		const svg = staticMapSvg({ ...input, labels, labelSize: 40, dropCrowdedLabels: true });
		expect(svg).toContain('>Alpha</text>');
		expect(svg.match(/<text/g)!.length).toBeLessThan(names.length);
		expect(staticMapSvg({ ...input, labels, labelSize: 40 }).match(/<text/g)).toHaveLength(
			names.length
		);
	});
});

describe('the handout maps from the real geometry', () => {
	const geo = (file: string) =>
		JSON.parse(readFileSync(`static/geo/${file}`, 'utf8')) as GeoCollection;
	const land = [geo('land.geojson'), geo('land-detail.geojson')];
	const places = geo('places.geojson');
	const names = new Map(content.places.map((p) => [p.slug, p.name]));

	it.each(tour.map((t, i) => [i + 1, t] as const))(
		'step %i draws its places, compactly',
		(_n, step) => {
			const svg = staticMapSvg({
				bounds: stepBounds(step, placeGeo)!,
				width: 900,
				height: 600,
				margin: 70,
				land,
				places,
				highlight: step.places,
				labels: step.places.map((s) => ({ name: names.get(s)!, center: placeGeo[s].center })),
				title: step.title
			});
			for (const slug of step.places)
				expect(svg).toContain(`data-slug="${slug}" class="step-place"`);
			for (const slug of step.places)
				expect(svg).toContain(`>${escapeXml(names.get(slug)!)}</text>`);
			expect(svg.length).toBeLessThan(150_000);
		}
	);
});
