import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The one live map, for controls outside MapView (image export, share) that need it. MapView
 * sets it once the style has loaded and clears it when the map is removed.
 */
export const mapState = $state<{ map: MapLibreMap | null }>({ map: null });
