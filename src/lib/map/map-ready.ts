/**
 * The performance mark MapView sets when the map has first drawn everything: the benchmark times
 * it, and the page waits for it before storing the site.
 */
export const MAP_READY = 'map:ready';
