import type * as MapLibre from 'maplibre-gl';
import libraryUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let loading: Promise<typeof MapLibre> | undefined;

/**
 * Loads MapLibre once, and starts its worker at once (`prewarm`): the worker's script downloads
 * and compiles while the page finishes starting, instead of after the map is created.
 */
export function loadMapLibre(): Promise<typeof MapLibre> {
	loading ??= import(/* @vite-ignore */ libraryUrl).then((lib: typeof MapLibre) => {
		// Under Vite, MapLibre cannot find its worker by itself: without this the map stays blank.
		lib.setWorkerUrl(workerUrl);
		lib.prewarm();
		return lib;
	});
	return loading;
}
