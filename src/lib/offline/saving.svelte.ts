import { base } from '$app/paths';
import { version } from '$app/environment';
import { cacheName } from './names';
import { LANGUAGES, type Language } from './plan';
import { clearRecord, readRecord, writeRecord, type SavedRecord } from './record';
import {
	askPlan,
	keepOnly,
	NewVersionError,
	saveFiles,
	sizeOf,
	storedPaths,
	type Progress,
	type Sizes
} from './save';

/**
 * "Save for offline", shared by the controls in the masthead, the tour and the presenter view and
 * their dialog: what is saved, and a save in progress. A save interrupted by a reload (or by the
 * reader's "Reload" to a new version) goes on by itself on the next page; one the reader
 * cancelled waits for Resume.
 */

export type Status =
	| 'idle'
	| 'preparing'
	| 'saving'
	| 'paused'
	| 'failed'
	| 'offline'
	| 'new-version'
	| 'unavailable'
	| 'done'
	| 'removed';

export const saving = $state({
	status: 'idle' as Status,
	progress: null as Progress | null,
	record: null as SavedRecord | null,
	/** What `navigator.storage.persist()` answered, once asked. */
	persisted: null as boolean | null,
	/** An update re-saving what was saved for the previous version. */
	updating: false
});

let abort: AbortController | null = null;
let sizes: Promise<Sizes> | null = null;

/** Whether this browser can keep the site at all (and this is not another site's frame). */
export const supported = () =>
	typeof navigator !== 'undefined' &&
	'serviceWorker' in navigator &&
	typeof caches !== 'undefined' &&
	window.self === window.top;

/** The worker controlling this page, once there is one (the first visit's takes a moment). */
async function controller(timeout = 60_000): Promise<ServiceWorker> {
	const now = navigator.serviceWorker.controller;
	if (now) return now;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('No service worker')), timeout);
		navigator.serviceWorker.addEventListener(
			'controllerchange',
			() => {
				clearTimeout(timer);
				if (navigator.serviceWorker.controller) resolve(navigator.serviceWorker.controller);
				else reject(new Error('No service worker'));
			},
			{ once: true }
		);
	});
}

/** The sizes of the build's files (build/offline-sizes.json), for this build only. */
function loadSizes(): Promise<Sizes> {
	sizes ??= fetch(`${base}/offline-sizes.json`, { cache: 'no-store' })
		.then((r) => {
			if (!r.ok) throw new Error(`offline-sizes.json: ${r.status}`);
			return r.json() as Promise<{ version: string; files: Sizes }>;
		})
		.then((data) => {
			if (data.version !== version) throw new NewVersionError();
			return data.files;
		});
	sizes.catch(() => (sizes = null));
	return sizes;
}

/** What a save would take (bytes as stored) and the space the browser has left for the site. */
export async function estimate(
	languages: readonly Language[],
	staticMaps: boolean
): Promise<{ bytes: number; free: number | null }> {
	const [files, worker] = await Promise.all([loadSizes(), controller()]);
	const { paths } = await askPlan(worker, languages, { staticMaps });
	let free: number | null = null;
	try {
		const { quota, usage } = await navigator.storage.estimate();
		if (quota !== undefined) free = quota - (usage ?? 0);
	} catch {
		free = null;
	}
	return { bytes: sizeOf(paths, files, base), free };
}

/** Reads what was saved; resumes a save a reload interrupted, or redoes one for a new version. */
export async function resumeIfNeeded() {
	if (!supported()) return;
	const record = await readRecord();
	saving.record = record ?? null;
	if (!record) return;
	if (record.version !== version && record.state !== 'paused') {
		saving.updating = true;
		await start(record.languages, record.staticMaps);
	} else if (record.state === 'saving') await start(record.languages, record.staticMaps);
	else if (record.state === 'paused') {
		saving.status = 'paused';
		await countStored(record);
	} else saving.status = 'done';
	if (record.state === 'done' && navigator.storage?.persisted)
		saving.persisted = await navigator.storage.persisted();
}

/** How far a stopped save got, from the copy itself (it needs no network). */
async function countStored(record: SavedRecord) {
	const worker = navigator.serviceWorker.controller;
	if (!worker) return;
	const { paths } = await askPlan(worker, record.languages, { staticMaps: record.staticMaps });
	const stored = await storedPaths(await caches.open(cacheName(version)));
	const files = paths.filter((p) => stored.has(p)).length;
	saving.progress = { files, total: paths.length, bytes: 0, totalBytes: 0 };
}

let running: Promise<void> | null = null;

/** Saves the site in these languages; resumes where the copy stops. */
export function start(languages: readonly Language[], staticMaps: boolean): Promise<void> {
	if (!supported()) return Promise.resolve(void (saving.status = 'unavailable'));
	running ??= run(languages, staticMaps).finally(() => (running = null));
	return running;
}

async function run(languages: readonly Language[], staticMaps: boolean) {
	saving.status = 'preparing';
	const chosen = LANGUAGES.filter((l) => languages.includes(l));
	let record: SavedRecord | null = null;
	try {
		const [files, worker] = await Promise.all([loadSizes(), controller()]);
		const plan = await askPlan(worker, chosen, { staticMaps });
		if (plan.version !== version) throw new NewVersionError();
		// Asked before the download, while the reader's click still counts as their gesture.
		if (navigator.storage?.persist) saving.persisted = await navigator.storage.persist();
		record = {
			version,
			languages: chosen,
			staticMaps,
			state: 'saving',
			files: plan.paths.length,
			bytes: sizeOf(plan.paths, files, base),
			date: Date.now()
		};
		await writeRecord(record);
		saving.record = record;
		const cache = await caches.open(cacheName(version));
		const stored = await storedPaths(cache);
		abort = new AbortController();
		saving.status = 'saving';
		const progress = await saveFiles({
			paths: plan.paths,
			sizes: files,
			stored,
			base,
			signal: abort.signal,
			onProgress: (p) => (saving.progress = p)
		});
		record = { ...record, state: 'done', date: Date.now(), bytes: progress.totalBytes };
		await writeRecord(record);
		saving.record = record;
		saving.status = 'done';
		saving.updating = false;
	} catch (error) {
		if (abort?.signal.aborted) {
			if (record) await writeRecord((saving.record = { ...record, state: 'paused' }));
			saving.status = 'paused';
		} else if (error instanceof NewVersionError) {
			// The record stays `saving`: after the reader's Reload, the new version saves it all.
			saving.status = 'new-version';
			void navigator.serviceWorker.getRegistration().then((r) => r?.update());
		} else {
			console.warn('Save for offline stopped:', error);
			// Started: say how far it got (a reload or Resume goes on from there). Not started: offline.
			saving.status = record ? 'failed' : 'offline';
		}
	} finally {
		abort = null;
	}
}

export function cancel() {
	abort?.abort();
}

/**
 * Removes the saved copy: the copy goes back to what the first visit keeps for `language`, and
 * the record goes. Works offline.
 */
export async function remove(language: Language) {
	cancel();
	await running;
	const cache = await caches.open(cacheName(version));
	const worker = navigator.serviceWorker.controller;
	if (worker) await keepOnly(cache, (await askPlan(worker, [language], { core: true })).paths);
	await clearRecord();
	saving.record = null;
	saving.progress = null;
	saving.status = 'removed';
}
