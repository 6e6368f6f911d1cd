import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The one live map, for controls outside MapView (image export, share) that need it. MapView
 * sets it once the style has loaded and clears it when the map is removed; `static` is set while
 * a static picture stands in for it (no WebGL2), so those controls can say so.
 */
export const mapState = $state<{ map: MapLibreMap | null; static: boolean }>({
	map: null,
	static: false
});
