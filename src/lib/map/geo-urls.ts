import { asset } from '$app/paths';
import type { StyleUrls } from './layers';

/** Absolute URLs of the bundled GeoJSON: MapLibre fetches them in its worker, off the main thread. */
export function geoUrls(origin: string): StyleUrls {
	const url = (file: string) => new URL(asset(`/geo/${file}`), origin).href;
	return {
		land: url('land.geojson'),
		landDetail: url('land-detail.geojson'),
		borders: url('borders.geojson'),
		countries: url('labels.geojson'),
		places: url('places.geojson'),
		railwayLabels: url('railway-labels.geojson'),
		geography: url('geography.geojson'),
		islands: url('island-axes.geojson'),
		islandPoints: url('island-points.geojson')
	};
}
