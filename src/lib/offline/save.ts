import { PLAN_MESSAGE, SAVE_HEADER } from './names';
import type { Language } from './plan';

/**
 * The page's side of "Save for offline": the service worker (src/service-worker.ts) stores each
 * file; this asks it which files, in batches, and counts. A batch is fetched into the worker's
 * staging cache and joins the copy only once the worker has checked that the host still serves
 * this build (`commit`), so a save stopped half-way, or overtaken by a new deployment, never
 * leaves two builds' pages in the copy.
 */

/** Files and bytes (as stored) done, of the total. */
export interface Progress {
	files: number;
	total: number;
	bytes: number;
	totalBytes: number;
}

/** The host serves another build than this page's: reload (the new version), then save. */
export class NewVersionError extends Error {
	constructor() {
		super('The host serves a new version');
	}
}

/** `path` → [bytes as stored, bytes gzip], from build/offline-sizes.json. */
export type Sizes = Record<string, [number, number]>;

/** What a save in these languages holds, as the worker that controls the page lists it. */
export function askPlan(
	worker: ServiceWorker,
	languages: readonly Language[],
	{ staticMaps = false, core = false } = {}
): Promise<{ version: string; paths: string[] }> {
	return new Promise((resolve, reject) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => reject(new Error('No answer from the service worker')), 10_000);
		channel.port1.onmessage = (event) => {
			clearTimeout(timer);
			resolve(event.data);
		};
		worker.postMessage({ type: PLAN_MESSAGE, languages, staticMaps, core }, [channel.port2]);
	});
}

/** Bytes as stored of these paths (without the base path in `sizes`). */
export function sizeOf(paths: readonly string[], sizes: Sizes, base = ''): number {
	return paths.reduce((sum, p) => sum + (sizes[p.slice(base.length) || '/']?.[0] ?? 0), 0);
}

interface SaveOptions {
	paths: readonly string[];
	sizes: Sizes;
	/** What the copy already holds: skipped, counted as done (a reload resumes here). */
	stored: ReadonlySet<string>;
	onProgress: (progress: Progress) => void;
	signal?: AbortSignal;
	base?: string;
	fetch?: typeof globalThis.fetch;
	/** Files per batch: what one build check covers. */
	batch?: number;
	parallel?: number;
}

/**
 * Saves every path not yet stored. Throws `NewVersionError` if the host has moved to another
 * build, the fetch's error if the connection is lost, an AbortError on `signal`.
 */
export async function saveFiles({
	paths,
	sizes,
	stored,
	onProgress,
	signal,
	base = '',
	fetch = globalThis.fetch,
	batch = 24,
	parallel = 3
}: SaveOptions): Promise<Progress> {
	const size = (p: string) => sizeOf([p], sizes, base);
	const progress: Progress = {
		files: 0,
		total: paths.length,
		bytes: 0,
		totalBytes: sizeOf(paths, sizes, base)
	};
	const todo: string[] = [];
	for (const path of paths) {
		if (stored.has(path)) {
			progress.files++;
			progress.bytes += size(path);
		} else todo.push(path);
	}
	onProgress({ ...progress });
	for (let i = 0; i < todo.length; i += batch) {
		const queue = todo.slice(i, i + batch);
		// The worker met a page of another build (205): the host is being deployed to, whatever its
		// version.json still says. The other lanes stop after the file in hand; the commit below,
		// once they have, is refused and throws the batch away.
		let overtaken = false;
		const lane = async () => {
			for (let path = queue.shift(); path; path = queue.shift()) {
				const response = await fetch(path, { headers: { [SAVE_HEADER]: 'fetch' }, signal });
				if (response.status === 205) {
					overtaken = true;
					queue.length = 0;
					return;
				}
				if (response.status !== 201 && response.status !== 204)
					throw new Error(`${path}: ${response.status}`);
				progress.files++;
				progress.bytes += size(path);
				onProgress({ ...progress });
			}
		};
		await Promise.all(Array.from({ length: parallel }, lane));
		const commit = await fetch(`${base}/_app/version.json`, {
			headers: { [SAVE_HEADER]: 'commit' },
			signal
		});
		if (commit.status !== 200) throw new Error(`commit: ${commit.status}`);
		const { committed } = (await commit.json()) as { committed?: boolean };
		if (!committed || overtaken) throw new NewVersionError();
	}
	return progress;
}

/** The paths a cache holds. */
export async function storedPaths(cache: Cache): Promise<Set<string>> {
	return new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
}

/** Deletes from a cache every path not in `keep`. */
export async function keepOnly(cache: Cache, keep: readonly string[]) {
	const wanted = new Set(keep);
	for (const request of await cache.keys())
		if (!wanted.has(new URL(request.url).pathname)) await cache.delete(request);
}
