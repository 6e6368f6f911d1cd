import type { Map as MapLibreMap } from 'maplibre-gl';
import {
	basemapLayers,
	DETAIL_MIN_ZOOM,
	LAND_DETAIL_LAYER,
	landDetailSource,
	SOURCES,
	type StyleUrls
} from './layers';

/**
 * Adds the detailed land (Natural Earth 10 m around Japan, 146 kB) to a map whose style left it
 * out. A first view that draws it (at DETAIL_MIN_ZOOM or closer) gets it with the
 * style; one further out, like the home page's, does not download and parse it before it can
 * show, and gets it once the map is idle, before anyone zooms in that far.
 */
export function addLandDetail(map: MapLibreMap, urls: StyleUrls) {
	const add = () => {
		if (map.getSource(SOURCES.landDetail)) return;
		map.addSource(SOURCES.landDetail, landDetailSource(urls));
		const layer = basemapLayers().find((l) => l.id === LAND_DETAIL_LAYER)!;
		map.addLayer(layer, 'borders');
	};
	// Not "nearly": the home page opens at zoom 3.4 on a 1366×850 screen, just short of it, and
	// tiling land it does not draw held its first view back.
	if (map.getZoom() >= DETAIL_MIN_ZOOM) map.once('style.load', add);
	else map.once('idle', add);
}
