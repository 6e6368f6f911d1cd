import agreements from './data/agreements.json';
import events from './data/events.json';
import organisations from './data/organisations.json';
import places from './data/places.json';
import siteJson from './data/site.json';
import spellings from './data/spellings.json';
import placesGeo from './generated/places-geo.json';
import { createQueries } from './queries';
import { validateContent, validateSite, type Content } from './validate';
import type { Site } from './schema';

/**
 * The article as validated data, in English. Importing this module validates it, so invalid
 * content fails `vite build` (and every test) with a message naming the file, the record and the
 * field. Only the build and the tests import it: pages read the content through their language's
 * view (src/lib/content/l10n.ts), which browsers fetch as the JSON the build wrote from it.
 */
const raw = { places, organisations, agreements, events, spellings };
export const content = import.meta.env.SSR ? validateContent(raw) : (raw as unknown as Content);
export const site = import.meta.env.SSR ? validateSite(siteJson) : (siteJson as Site);
export const q = createQueries(content);

export interface PlaceGeo {
	bbox: [number, number, number, number];
	center: [number, number];
	measurements: { label: string; value: number; unit: string }[];
}

/** Bounds, label point and Turf measurements per place, written by scripts/build-geo.js. */
export const placeGeo = placesGeo as unknown as Record<string, PlaceGeo>;

export { matches, searchText } from './queries';
export type * from './schema';
