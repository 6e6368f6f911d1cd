import { describe, expect, it } from 'vitest';
import { expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type {
	FilterSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import {
	BARRIER_LAYERS,
	buildStyle,
	INTERACTIVE_LAYERS,
	KIND_COLOURS,
	LAND_DETAIL_LAYER,
	MARKER_MAX_ZOOM,
	mergeOnlineStyle,
	placeFilter,
	placeFilters,
	placeLabelData,
	RAILWAY_LABELS_SELECTED,
	SELECTED_LABELS,
	selectedFilter,
	SOURCES
} from './layers';
import { SELECTION } from './symbology';
import { ringSizes } from './label-barriers';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { contrastRatio } from './contrast';

type Geometry = { type: 'Point' | 'LineString' | 'Polygon'; coordinates: unknown };
function passes(filter: FilterSpecification, kind: string, geometry: Geometry, slug = 'x') {
	const f = featureFilter(filter, 'layers[0].filter');
	const feature = {
		type: ({ Point: 1, LineString: 2, Polygon: 3 } as const)[geometry.type],
		properties: { kind, slug },
		geometry: []
	};
	return f.filter({ zoom: 5 }, feature as never);
}
const point: Geometry = { type: 'Point', coordinates: [139.7, 35.7] };
const line: Geometry = { type: 'LineString', coordinates: [] };
const polygon: Geometry = { type: 'Polygon', coordinates: [] };

const urls = {
	land: '/l',
	landDetail: '/ld',
	borders: '/b',
	countries: '/c',
	places: '/p',
	railwayLabels: '/r',
	geography: '/g',
	islands: '/i',
	islandPoints: '/ip'
};

describe('the style', () => {
	it('is a valid MapLibre style with no glyph or tile server', () => {
		const style = buildStyle(urls, placeLabelData([], {}));
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.glyphs).toBeUndefined();
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
	});

	it('has every interactive layer', () => {
		const ids = buildStyle(urls, placeLabelData([], {})).layers.map((l) => l.id);
		for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
	});

	it('starts with the selection and hidden kinds drawn, as placeFilters would set them', () => {
		const style = buildStyle(urls, placeLabelData([], {}), {
			selected: ['nagato'],
			hiddenKinds: ['railway']
		});
		const filters = Object.fromEntries(
			style.layers.map((l) => [l.id, (l as { filter?: unknown }).filter])
		);
		const expected = placeFilters(['nagato'], ['railway']);
		for (const [id, filter] of expected) expect(filters[id], id).toEqual(filter);
		expect(expected.map(([, f]) => f)).not.toEqual(placeFilters([], []).map(([, f]) => f));
	});

	it('labels the map in the page’s language, with a font that has its letters', () => {
		const layout = (locale: 'en' | 'ru' | 'ja', id: string) =>
			buildStyle(urls, placeLabelData([], {}), { locale }).layers.find((l) => l.id === id)!
				.layout as Record<string, unknown>;
		for (const locale of ['en', 'ru', 'ja'] as const)
			expect(validateStyleMin(buildStyle(urls, placeLabelData([], {}), { locale }))).toEqual([]);
		expect(layout('en', 'country-labels')['text-field']).toEqual(['get', 'name']);
		expect(layout('ja', 'country-labels')['text-field']).toEqual([
			'coalesce',
			['get', 'name_ja'],
			['get', 'name']
		]);
		expect(layout('ru', 'country-labels')['text-field']).toContainEqual(['get', 'name_ru']);
		expect(layout('ja', 'country-labels')['text-font']).toContain('Noto Sans JP');
		expect(layout('ja', 'place-labels')['text-font']).toContain('Noto Sans JP');
		expect(layout('en', 'place-labels')['text-font']).toEqual(['Noto Sans']);
	});

	it('draws the place labels at the sizes asked for from the first frame', () => {
		const labelSize = { selected: 36, other: 22, halo: 2.5 };
		const style = buildStyle(urls, placeLabelData([], {}), { labelSize });
		const labels = style.layers.find((l) => l.id === 'place-labels') as SymbolLayerSpecification;
		expect(labels.layout?.['text-size']).toEqual(['case', ['get', 'selected'], 36, 22]);
		expect(labels.paint?.['text-halo-width']).toBe(2.5);
	});

	it('gives every kind its own colour', () => {
		expect(new Set(Object.values(KIND_COLOURS)).size).toBe(Object.keys(KIND_COLOURS).length);
	});
});

/**
 * What MapLibre compiles a shader program for: the layer's type (and for lines, whether dashed),
 * and which paint values vary by feature ('source'), by zoom ('camera') or by both.
 */
function programKey(layer: LayerSpecification) {
	const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
	const specs = (latest as unknown as Record<string, Record<string, object>>)[
		`paint_${layer.type}`
	];
	const kinds = Object.entries(paint)
		.filter(([name]) => !/antialias|dasharray|translate/.test(name))
		.map(([name, value]) => {
			const parsed = expression.createPropertyExpression(value, name, specs[name] as never);
			if (parsed.result !== 'success') throw new Error(`${layer.id}: ${name}`);
			return `${name}:${parsed.value.kind}`;
		})
		.filter((k) => !k.endsWith(':constant'))
		.sort();
	const dashed = 'line-dasharray' in paint ? ' dashed' : '';
	return `${layer.type}${dashed} ${kinds.join(' ')}`;
}

describe('shader programs', () => {
	// Each distinct program costs 25–40 ms to compile in software WebGL, before the map can draw
	// or, for a layer first drawn when something is selected, before a click can show.
	const style = buildStyle(urls, placeLabelData([], {}), { selected: ['tokyo'] });
	const keys = (type: string) =>
		new Set(style.layers.filter((l) => l.type === type).map((l) => programKey(l)));

	it('draws every circle layer, selection rings included, with one program', () => {
		expect(keys('circle').size).toBe(1);
	});

	it('draws land and places with one fill program', () => {
		expect(keys('fill').size).toBe(1);
	});

	it('draws solid place lines and the selection’s lines with one program', () => {
		const solid = style.layers.filter(
			(l) =>
				l.type === 'line' && l.id !== 'places-line-hit' && !('line-dasharray' in (l.paint ?? {}))
		);
		expect(new Set(solid.map(programKey)).size).toBe(1);
	});
});

describe('placeFilter', () => {
	it('keeps features of its geometry type', () => {
		expect(passes(placeFilter('Point'), 'venue', point)).toBe(true);
		expect(passes(placeFilter('Point'), 'venue', line)).toBe(false);
		expect(passes(placeFilter('Polygon'), 'disputed', polygon)).toBe(true);
	});

	it('drops hidden kinds only', () => {
		const f = placeFilter('Point', ['venue']);
		expect(passes(f, 'venue', point)).toBe(false);
		expect(passes(f, 'energy', point)).toBe(true);
	});
});

describe('selectedFilter', () => {
	it('keeps only the selected places', () => {
		const f = selectedFilter('Point', ['tokyo']);
		expect(passes(f, 'venue', point, 'tokyo')).toBe(true);
		expect(passes(f, 'venue', point, 'nagato')).toBe(false);
	});
	it('selects nothing when nothing is selected', () => {
		expect(passes(selectedFilter('Point', []), 'venue', point, 'tokyo')).toBe(false);
	});
});

describe('placeFilters', () => {
	it('hides a kind in every layer that draws places', () => {
		const filters = placeFilters(['nagato'], ['railway']);
		expect(filters.length).toBeGreaterThan(6);
		for (const [, filter] of filters) expect(passes(filter, 'railway', line, 'nagato')).toBe(false);
	});
});

describe('placeLabelData', () => {
	it('puts each place’s name at its label point and marks the selected ones', () => {
		const data = placeLabelData(
			[
				{ slug: 'tokyo', name: 'Tokyo', kind: 'venue' },
				{ slug: 'nagato', name: 'Nagato', kind: 'venue' }
			],
			{ tokyo: { center: [139.69, 35.69] }, nagato: { center: [131.18, 34.37] } },
			['tokyo']
		);
		expect(data.features).toHaveLength(2);
		expect(data.features[0].properties).toMatchObject({ name: 'Tokyo', selected: true });
		expect(data.features[1].geometry.coordinates).toEqual([131.18, 34.37]);
	});
	it('marks short lines, not points or large areas, for a marker when zoomed out', () => {
		const data = placeLabelData(
			[
				{ slug: 'bridge', name: 'Bridge', kind: 'infrastructure' },
				{ slug: 'city', name: 'City', kind: 'venue' },
				{ slug: 'islands', name: 'Islands', kind: 'disputed' }
			],
			{
				bridge: { center: [141.6, 52.2], bbox: [141.5, 52.2, 141.64, 52.23] },
				city: { center: [139.7, 35.7], bbox: [139.7, 35.7, 139.7, 35.7] },
				islands: { center: [147, 44.5], bbox: [145.4, 43.2, 148.9, 45.6] }
			}
		);
		expect(data.features.map((f) => f.properties?.marker)).toEqual([true, false, false]);
	});
	it('leaves out hidden kinds', () => {
		const data = placeLabelData(
			[{ slug: 'tokyo', name: 'Tokyo', kind: 'venue' }],
			{ tokyo: { center: [1, 2] } },
			[],
			['venue']
		);
		expect(data.features).toHaveLength(0);
	});
});

describe('mergeOnlineStyle', () => {
	const offline = buildStyle(urls, placeLabelData([], {}));
	const online = {
		version: 8 as const,
		glyphs: 'https://tiles.example.com/fonts/{fontstack}/{range}.pbf',
		sources: { osm: { type: 'vector' as const, url: 'https://tiles.example.com/osm.json' } },
		layers: [
			{ id: 'water', type: 'fill' as const, source: 'osm', 'source-layer': 'water' },
			{
				id: 'names',
				type: 'symbol' as const,
				source: 'osm',
				'source-layer': 'places',
				layout: { 'text-font': ['Noto Sans Regular'], 'text-field': '{name}' }
			}
		]
	};

	it('puts the places over the online basemap and drops the offline one', () => {
		const merged = mergeOnlineStyle(online, offline);
		const ids = merged.layers.map((l) => l.id);
		expect(ids.slice(0, 2)).toEqual(['water', 'names']);
		expect(ids).toContain('places-point');
		expect(ids).not.toContain('land');
		expect(Object.keys(merged.sources)).toEqual([
			'osm',
			'places',
			'place-labels',
			'railway-labels',
			'label-barriers'
		]);
		expect(merged.glyphs).toBe(online.glyphs);
		expect(validateStyleMin(merged)).toEqual([]);
	});

	it('draws the place labels with a font the online glyph server has', () => {
		const labels = mergeOnlineStyle(online, offline).layers.find((l) => l.id === 'place-labels');
		expect(labels?.layout?.['text-font' as never]).toEqual(['Noto Sans Regular']);
	});
});

describe('label contrast', () => {
	it('follows WCAG: black on white is 21:1, a colour on itself 1:1, mid grey on white 4.5:1', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#0072B2', '#0072b2')).toBe(1);
		expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
	});

	it('gives every text layer a halo with at least 4.5:1 against its text (WCAG AA)', () => {
		const style = buildStyle(urls, placeLabelData([], {}));
		const text = style.layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field']);
		expect(text.map((l) => l.id)).toEqual([
			'country-labels',
			'geography-towns',
			'geography-island-names',
			'geography-land',
			'geography-water',
			'geography-islands',
			'place-labels',
			'place-labels-selected'
		]);
		for (const layer of text) {
			const paint = (layer as { paint: Record<string, unknown> }).paint;
			expect(paint['text-halo-width'], layer.id).toBeGreaterThanOrEqual(1);
			const ratio = contrastRatio(
				paint['text-color'] as string,
				paint['text-halo-color'] as string
			);
			expect(
				ratio,
				`${layer.id}: ${paint['text-color']} on ${paint['text-halo-color']}`
			).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('colour is never the only signal', () => {
	const points = buildStyle(urls, placeLabelData([], {})).layers.find(
		(l) => l.id === 'places-point'
	) as { paint: Record<string, unknown> };
	const evaluate = (property: string, kind: string) => {
		const parsed = expression.createExpression(
			points.paint[property],
			`layers.places-point.paint.${property}`
		);
		if (parsed.result !== 'success') throw new Error(property);
		const value = parsed.value.evaluate({ zoom: 5 }, {
			type: 1,
			properties: { kind }
		} as never) as number | { toString(): string };
		return typeof value === 'number' ? value : value.toString();
	};

	it('draws venues as filled dots and energy sites as rings', () => {
		const white = '#ffffff';
		expect(evaluate('circle-color', 'venue')).not.toBe(white);
		expect(evaluate('circle-stroke-color', 'venue')).toBe(white);
		expect(evaluate('circle-color', 'energy')).toBe(white);
		expect(evaluate('circle-stroke-color', 'energy')).not.toBe(white);
		expect(evaluate('circle-stroke-width', 'energy')).toBeGreaterThan(
			evaluate('circle-stroke-width', 'venue') as number
		);
	});
});

describe('the style without land detail', () => {
	it('leaves out the detailed land source and layer, and only those', () => {
		const full = buildStyle(urls, placeLabelData([], {}));
		const light = buildStyle(urls, placeLabelData([], {}), { landDetail: false });
		expect(validateStyleMin(light)).toEqual([]);
		expect(Object.keys(light.sources)).not.toContain(SOURCES.landDetail);
		expect(light.layers.map((l) => l.id)).toEqual(
			full.layers.map((l) => l.id).filter((id) => id !== LAND_DETAIL_LAYER)
		);
	});
});

describe('the label barriers (issue #19)', () => {
	const style = buildStyle(urls, placeLabelData([], {}), { selected: ['tokyo'] });
	const ids = style.layers.map((l) => l.id);
	const layer = (id: string) => style.layers.find((l) => l.id === id) as SymbolLayerSpecification;

	it('are placed in order: screen barriers, selected names, ring and line barriers, every other name', () => {
		// MapLibre places the highest layer first: a name avoids only what was placed before it.
		const placed = [...ids].reverse().filter((id) => layer(id).type === 'symbol');
		expect(placed.slice(0, 7)).toEqual([
			BARRIER_LAYERS.screen,
			SELECTED_LABELS,
			BARRIER_LAYERS.markers,
			BARRIER_LAYERS.points,
			BARRIER_LAYERS.lines,
			RAILWAY_LABELS_SELECTED,
			'place-labels'
		]);
	});

	it('lay squares edge to edge along selected lines, but not along a railway, which bears its name', () => {
		const pipeline = buildStyle(urls, placeLabelData([], {}), { selected: ['sakhalin-2'] });
		const lines = pipeline.layers.find(
			(l) => l.id === BARRIER_LAYERS.lines
		) as SymbolLayerSpecification;
		expect(lines.layout?.['symbol-placement']).toBe('line');
		const side = SELECTION.lineGap + 2 * SELECTION.lineEdge;
		expect(lines.layout?.['icon-size']).toBe(side);
		expect(lines.layout?.['symbol-spacing']).toBe(side);
		const keeps = (kind: string, slug: string) =>
			featureFilter(lines.filter as FilterSpecification, 'layers[0].filter').filter({ zoom: 5 }, {
				type: 2,
				properties: { kind, slug },
				geometry: []
			} as never);
		expect(keeps('energy', 'sakhalin-2')).toBe(true);
		expect(keeps('energy', 'yamal-lng')).toBe(false);
		expect(keeps('railway', 'sakhalin-2')).toBe(false);
	});

	it('are always placed and enter the collision index, invisible', () => {
		for (const id of Object.values(BARRIER_LAYERS)) {
			const { layout, paint } = layer(id);
			expect(layout?.['icon-allow-overlap'], id).toBe(true);
			expect(layout?.['icon-ignore-placement'], id).toBe(false);
			expect(paint?.['icon-opacity'], id).toBe(0);
		}
	});

	it('never hide a selected name: it takes a clear anchor if any, else its first', () => {
		expect(layer(SELECTED_LABELS).layout?.['text-allow-overlap']).toBe(true);
		expect(layer(SELECTED_LABELS).layout?.['text-variable-anchor']).toEqual(
			layer('place-labels').layout?.['text-variable-anchor']
		);
		expect(layer('place-labels').layout?.['text-allow-overlap']).toBeUndefined();
	});

	it('write a flat railway name only above or below its line', () => {
		const value = layer(SELECTED_LABELS).layout?.['text-variable-anchor-offset'];
		const parsed = expression.createExpression(
			value,
			latest.layout_symbol['text-variable-anchor-offset'] as never
		);
		expect(parsed.result).toBe('success');
		const anchors = (flat: boolean) =>
			(parsed.value as { evaluate: (g: unknown, f: unknown) => unknown[] })
				.evaluate({ zoom: 5 }, { properties: { flat } })
				.filter((v) => typeof v === 'string');
		expect(new Set(anchors(true))).toEqual(new Set(['top', 'bottom']));
		expect(anchors(false)).toEqual(layer('place-labels').layout?.['text-variable-anchor']);
	});

	it('cover each dot and ring at the size the circle layers draw it', () => {
		const size = (id: string, slug: string, selected: boolean) => {
			const value = layer(id).layout?.['icon-size'];
			const parsed = expression.createExpression(value, 'icon-size');
			if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
			return parsed.value.evaluate({ zoom: 5 }, {
				type: 1,
				properties: { slug, selected }
			} as never);
		};
		const sizes = ringSizes();
		expect(size(BARRIER_LAYERS.points, 'tokyo', true)).toBe(sizes.selectedPoint);
		expect(size(BARRIER_LAYERS.points, 'nagato', false)).toBe(sizes.point);
		expect(size(BARRIER_LAYERS.markers, 'x', true)).toBe(sizes.selectedMarker);
		expect(size(BARRIER_LAYERS.markers, 'x', false)).toBe(sizes.marker);
		// On the circles' own filters, updated with them (hidden kinds).
		const filters = Object.fromEntries(placeFilters([], ['venue']));
		expect(filters[BARRIER_LAYERS.points]).toEqual(filters['places-point']);
		expect(filters[BARRIER_LAYERS.markers]).toEqual(filters['places-marker']);
		expect(layer(BARRIER_LAYERS.markers).maxzoom).toBe(MARKER_MAX_ZOOM);
	});
});
