/**
 * Names the service worker (src/service-worker.ts) and the page share: the caches, the record of a
 * "Save for offline", and the header the page's save requests carry.
 */

/** Every cache of the site starts with this; each build's copy is `nagato-atlas-<version>`. */
export const CACHE_PREFIX = 'nagato-atlas-';

/** The cache holding one build's copy of the site. */
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/**
 * Where a save puts what it fetched until the build is checked (see `commit` in the worker): never
 * served from. Named like a build's cache, so an update's cleanup deletes it with the rest.
 */
export const stagingName = (version: string) => `${CACHE_PREFIX}${version}-staging`;

/**
 * The record of the reader's "Save for offline" (languages, size, date, state), kept apart from the
 * builds' caches (not under CACHE_PREFIX): an update reads it to save the same languages again.
 */
export const RECORD_CACHE = 'nagato-atlas:saved';
export const RECORD_KEY = '/__offline-saved.json';

/**
 * The header of a save's requests: `fetch` stores one file (answered with no body), `commit`
 * checks the build and makes the batch servable.
 */
export const SAVE_HEADER = 'x-nagato-save';

/** The page asks the worker which files a save (or the first visit's copy) holds. */
export const PLAN_MESSAGE = 'offline-plan';
