import { createContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A layout's live map, for what sits outside MapView and needs it: the share dialog's image
 * export, the explorer's skip link. MapView sets `map` once the style has loaded and clears it
 * when the map is removed; `static` is set while the build's static picture stands in for it
 * (no WebGL2, or the map failed), so those controls can say so.
 */
export class LiveMap {
	map = $state<MapLibreMap | null>(null);
	static = $state(false);
}

const [getLiveMap, setLiveMap, hasLiveMap] = createContext<LiveMap>();

/**
 * Called by each layout that draws a MapView (the explorer's, the embed's, the tour's), while it
 * initialises: its MapView and everything inside it (the share dialog) then share one `LiveMap`.
 * A new layout, a new map: leaving the tour for `/` builds another, with its own context.
 */
export function provideLiveMap(): LiveMap {
	return setLiveMap(new LiveMap());
}

/** The enclosing layout's map, for MapView: it throws where no layout provided one. */
export function liveMap(): LiveMap {
	return getLiveMap();
}

/** The enclosing layout's map if there is one, for controls that may sit where no map is. */
export function liveMapIfAny(): LiveMap | undefined {
	return hasLiveMap() ? getLiveMap() : undefined;
}
