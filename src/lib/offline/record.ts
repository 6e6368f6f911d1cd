import type { Language } from './plan';
import { RECORD_CACHE, RECORD_KEY } from './names';

/** What the reader saved for offline, kept in its own cache (read by the worker on an update). */
export interface SavedRecord {
	/** The build the saved copy is of; another build's record means "save again for this one". */
	version: string;
	languages: Language[];
	/** Whether the static maps (shown only without WebGL2) were included. */
	staticMaps: boolean;
	/** `saving` resumes on the next page load; `paused` waits for the reader's Resume. */
	state: 'saving' | 'paused' | 'done';
	files: number;
	/** As stored, uncompressed. */
	bytes: number;
	/** When it finished (ms since 1970), or started while not done. */
	date: number;
}

export async function readRecord(): Promise<SavedRecord | undefined> {
	if (typeof caches === 'undefined') return undefined;
	// Not caches.open: reading must not create the cache.
	const response = await caches.match(RECORD_KEY, { cacheName: RECORD_CACHE });
	return response ? ((await response.json()) as SavedRecord) : undefined;
}

export async function writeRecord(record: SavedRecord) {
	await (
		await caches.open(RECORD_CACHE)
	).put(
		RECORD_KEY,
		new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } })
	);
}

export async function clearRecord() {
	await caches.delete(RECORD_CACHE);
}
