import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type {
	FilterSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import {
	buildStyle,
	GEOGRAPHY_LAYERS,
	GEOGRAPHY_SYMBOL_LAYERS,
	geographyLayers,
	geographyTextSize,
	placeFilters,
	placeLabelData,
	RAILWAY_LABELS,
	RAILWAY_LABELS_SELECTED,
	SOURCES
} from './layers';
import { GEOGRAPHY, LABEL_SIZE, type GeographyKind } from './symbology';
import { projectorLabelSize } from '$lib/tour/camera';
import type { Locale } from '$lib/i18n/locale';

// The built files, as the map loads them (scripts/build-geo.js writes them before every test run).
type Props = Record<string, string | number | boolean> & { slug?: string };
const read = (file: string) =>
	JSON.parse(readFileSync(`static/geo/${file}`, 'utf8')) as GeoJSON.FeatureCollection<
		GeoJSON.Geometry,
		Props
	>;
const geography = read('geography.geojson');
const axes = read('island-axes.geojson');
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
const LOCALES: Locale[] = ['en', 'ru', 'ja'];

const layerOf = (locale: Locale, id: string) =>
	geographyLayers(locale).find((l) => l.id === id) as SymbolLayerSpecification;

/** Whether a layer's filter keeps a feature at a zoom. */
function keeps(
	layer: LayerSpecification,
	f: GeoJSON.Feature<GeoJSON.Geometry, Props>,
	zoom: number
) {
	const filter = featureFilter(
		(layer as { filter?: FilterSpecification }).filter,
		'layers[0].filter'
	);
	const type = { Point: 1, LineString: 2, Polygon: 3 }[f.geometry.type as 'Point'];
	return filter.filter({ zoom }, { type, properties: f.properties, geometry: [] } as never);
}

/** A layout property evaluated for a feature, as MapLibre would. */
function evaluate(layer: SymbolLayerSpecification, property: string, props: Props, zoom = 8) {
	const value = (layer.layout as Record<string, unknown>)[property];
	const parsed = expression.createExpression(value, `layers[0].layout.${property}`);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom }, { type: 1, properties: props } as never);
}

describe('the geography layers', () => {
	it('make a valid style with the geography and island sources, under the place labels', () => {
		const style = buildStyle(urls, placeLabelData([], {}));
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.sources[SOURCES.geography]).toEqual({ type: 'geojson', data: '/g' });
		expect(style.sources[SOURCES.islands]).toEqual({ type: 'geojson', data: '/i' });
		const ids = style.layers.map((l) => l.id);
		// Higher layers are placed first: the article's places win every collision.
		for (const id of [...GEOGRAPHY_SYMBOL_LAYERS, RAILWAY_LABELS])
			expect(ids.indexOf(id), id).toBeLessThan(ids.indexOf('place-labels'));
		for (const id of GEOGRAPHY_SYMBOL_LAYERS)
			expect(ids.indexOf(id), id).toBeLessThan(ids.indexOf(RAILWAY_LABELS));
	});

	it('draw every geography label in exactly one layer, islands along their centre lines', () => {
		expect(geography.features).toHaveLength(36);
		const layers = geographyLayers('en').filter((l) => l.type === 'symbol');
		for (const f of geography.features) {
			const source = f.properties.kind === 'island' ? axes : geography;
			const feature = source.features.find((g) => g.properties.slug === f.properties.slug)!;
			expect(feature, `${f.properties.slug} in its source`).toBeDefined();
			const drawn = layers.filter(
				(l) =>
					(l as { source: string }).source ===
						(source === axes ? SOURCES.islands : SOURCES.geography) && keeps(l, feature, 10)
			);
			expect(
				drawn.map((l) => l.id),
				f.properties.slug
			).toHaveLength(1);
		}
		expect(axes.features.map((f) => f.properties.slug)).toEqual(
			geography.features.filter((f) => f.properties.kind === 'island').map((f) => f.properties.slug)
		);
	});

	it('name every label in the page’s language', () => {
		for (const locale of LOCALES)
			for (const f of geography.features) {
				const key = locale === 'en' ? 'name' : `name_${locale}`;
				const layer = layerOf(locale, GEOGRAPHY_LAYERS.towns);
				expect(evaluate(layer, 'text-field', f.properties).toString(), f.properties.slug).toBe(
					f.properties[key]
				);
				expect(String(f.properties[key]).trim()).not.toBe('');
			}
	});

	it('write a Japanese strait’s bracketed other name on a line of its own', () => {
		const water = (locale: Locale) => layerOf(locale, GEOGRAPHY_LAYERS.water);
		const props = (slug: string) => geography.features.find((f) => f.properties.slug === slug)!;
		const text = (locale: Locale, slug: string) =>
			evaluate(water(locale), 'text-field', props(slug).properties).toString();
		expect(text('ja', 'la-perouse-strait')).toBe('宗谷海峡\n（ラ・ペルーズ海峡）');
		expect(text('ja', 'tatar-strait')).toBe('間宮海峡\n（タタール海峡）');
		// Not a sea's (日本海 / 東海（トンヘ）), nor a name without brackets, nor other languages.
		for (const slug of ['sea-of-japan', 'nemuro-strait', 'nevelskoy-strait'])
			expect(text('ja', slug)).toBe(props(slug).properties.name_ja);
		expect(text('en', 'la-perouse-strait')).toBe(props('la-perouse-strait').properties.name);
		expect(text('ru', 'la-perouse-strait')).toBe(props('la-perouse-strait').properties.name_ru);
	});

	it('show seas first, small towns last, by zoom', () => {
		const at = (slug: string, zoom: number) => {
			const f = geography.features.find((g) => g.properties.slug === slug)!;
			const layer = f.properties.water ? GEOGRAPHY_LAYERS.water : GEOGRAPHY_LAYERS.towns;
			return keeps(layerOf('en', layer), f, zoom);
		};
		expect(at('sea-of-okhotsk', GEOGRAPHY.minZoom[1])).toBe(true);
		expect(at('sea-of-okhotsk', GEOGRAPHY.minZoom[1] - 1)).toBe(false);
		expect(at('la-perouse-strait', GEOGRAPHY.minZoom[3])).toBe(true);
		expect(at('la-perouse-strait', GEOGRAPHY.minZoom[3] - 1)).toBe(false);
		expect(at('korsakov', 6)).toBe(true);
		expect(at('korsakov', 5)).toBe(false);
	});

	it('set water in italic blue (upright in Japanese), land in grey, from bundled fonts only', () => {
		expect(layerOf('en', GEOGRAPHY_LAYERS.water).layout!['text-font']).toEqual([
			'Noto Sans Italic',
			'Noto Sans'
		]);
		expect(layerOf('ja', GEOGRAPHY_LAYERS.water).layout!['text-font']).toEqual([
			'Noto Sans',
			'Noto Sans JP'
		]);
		expect(layerOf('en', GEOGRAPHY_LAYERS.water).paint!['text-color']).toBe(GEOGRAPHY.water.colour);
		expect(layerOf('en', GEOGRAPHY_LAYERS.land).paint!['text-color']).toBe(GEOGRAPHY.land.colour);
	});

	it('keep names smaller than the article’s: towns and straits below its places, seas below the selection', () => {
		const size = (kind: GeographyKind, labels = LABEL_SIZE) =>
			evaluate(
				{ layout: { 'text-size': geographyTextSize(labels) } } as SymbolLayerSpecification,
				'text-size',
				{ kind }
			) as number;
		for (const labels of [LABEL_SIZE, projectorLabelSize(1280), projectorLabelSize(1920)]) {
			expect(size('town', labels)).toBeLessThan(labels.other);
			expect(size('strait', labels)).toBeLessThan(labels.other);
			expect(size('sea', labels)).toBeLessThan(labels.selected);
		}
		// and grow on a projector, as the place labels do
		expect(size('sea', projectorLabelSize(1280))).toBeGreaterThan(size('sea'));
		expect(size('town', projectorLabelSize(1920))).toBeGreaterThan(size('town'));
	});
});

describe('railway names', () => {
	const data = placeLabelData(
		[
			{ slug: 'baikal-amur-railway', name: 'Байкало-Амурская магистраль', kind: 'railway' },
			{ slug: 'tokyo', name: 'Токио', kind: 'venue' }
		],
		{
			'baikal-amur-railway': { center: [120, 55], bbox: [100, 50, 140, 57] },
			tokyo: { center: [139.7, 35.7] }
		}
	);
	const style = buildStyle(urls, data, { locale: 'ru' });
	const railway = style.layers.find((l) => l.id === RAILWAY_LABELS) as SymbolLayerSpecification;
	const points = style.layers.find((l) => l.id === 'place-labels') as SymbolLayerSpecification;

	it('run along their lines, beside them, in the page’s language', () => {
		expect(railway.source).toBe(SOURCES.railwayLabels);
		expect(railway.layout!['symbol-placement']).toBe('line');
		expect((railway.layout!['text-offset'] as number[])[1]).toBeLessThan(-0.5);
		expect(evaluate(railway, 'text-field', { slug: 'baikal-amur-railway' }).toString()).toBe(
			'Байкало-Амурская магистраль'
		);
	});

	it('are not also set at a point on the line', () => {
		const f = data.features[0] as GeoJSON.Feature<GeoJSON.Geometry, Props>;
		expect(keeps(points, f, 5)).toBe(false);
		expect(keeps(points, data.features[1] as never, 5)).toBe(true);
	});

	it('of a selected railway are placed before the other places’ names, at their size', () => {
		const selected = buildStyle(urls, data, { selected: ['baikal-amur-railway'] });
		const ids = selected.layers.map((l) => l.id);
		expect(ids.indexOf(RAILWAY_LABELS_SELECTED)).toBeGreaterThan(ids.indexOf('place-labels'));
		expect(ids.indexOf(RAILWAY_LABELS)).toBeLessThan(ids.indexOf('place-labels'));
		const layer = (id: string) => selected.layers.find((l) => l.id === id) as LayerSpecification;
		const line = (slug: string) =>
			({
				type: 'Feature',
				properties: { kind: 'railway', slug },
				geometry: { type: 'LineString', coordinates: [] }
			}) as GeoJSON.Feature<GeoJSON.Geometry, Props>;
		expect(keeps(layer(RAILWAY_LABELS_SELECTED), line('baikal-amur-railway'), 5)).toBe(true);
		expect(keeps(layer(RAILWAY_LABELS), line('baikal-amur-railway'), 5)).toBe(false);
		expect(keeps(layer(RAILWAY_LABELS), line('trans-siberian-railway'), 5)).toBe(true);
		expect(keeps(layer(RAILWAY_LABELS_SELECTED), line('trans-siberian-railway'), 5)).toBe(false);
		const size = (id: string) => (layer(id) as SymbolLayerSpecification).layout!['text-size'];
		expect(size(RAILWAY_LABELS_SELECTED)).toBe(LABEL_SIZE.selected);
		expect(size(RAILWAY_LABELS)).toBe(LABEL_SIZE.other);
	});

	it('follow the legend’s hidden kinds', () => {
		const filters = Object.fromEntries(placeFilters([], ['railway']));
		const line = {
			type: 'Feature',
			properties: { kind: 'railway', slug: 'baikal-amur-railway' },
			geometry: { type: 'LineString', coordinates: [] }
		} as GeoJSON.Feature<GeoJSON.Geometry, Props>;
		expect(keeps({ filter: filters[RAILWAY_LABELS] } as LayerSpecification, line, 5)).toBe(false);
		const shown = Object.fromEntries(placeFilters([], []));
		expect(keeps({ filter: shown[RAILWAY_LABELS] } as LayerSpecification, line, 5)).toBe(true);
	});
});
