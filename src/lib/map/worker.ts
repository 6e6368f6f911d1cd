import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// Under Vite, MapLibre cannot find its worker by itself: without this the map stays blank.
setWorkerUrl(workerUrl);
