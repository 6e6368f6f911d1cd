/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Offline use, light on the reader's data (docs/offline.md):
// - The first visit stores what re-opening the site in the reader's language needs (`inCore`,
//   src/lib/offline/plan.ts): about 1.3 MB gzip for English, not the whole build.
// - Everything else of this build is stored when first used; "Save for offline" (the page's
//   SaveOffline control) stores the rest of a language, or of all three, through this worker.
// - Offline, a page that is not stored answers a message in its language with links to what is.
// - One cache per build, filled only with this build's files: a response is kept only if it is
//   whole (200) and, unless its name is hashed, only once `/_app/version.json` says the host still
//   serves this build. A new deployment installs beside it and waits until the reader accepts the
//   "new version" notice (UpdateNotice.svelte), so a page never mixes two builds.
// - A page is also checked itself, since a host being deployed to may serve the next build's pages
//   before its version.json: every hashed file it names must be this build's (own-build.ts).
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheName,
	CACHE_PREFIX,
	PLAN_MESSAGE,
	SAVE_HEADER,
	stagingName
} from '$lib/offline/names';
import { offlinePage } from '$lib/offline/offline-page';
import { OFFLINE_WORDS } from '$lib/offline/offline-words';
import { homeOf, inCore, inSave, languageOf, LANGUAGES, type Language } from '$lib/offline/plan';
import { storedOffline } from '$lib/offline/precache';
import { readRecord } from '$lib/offline/record';
import { foreignFiles } from '$lib/offline/own-build';
import { SKIP_WAITING } from '$lib/offline/update';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = cacheName(version);
const STAGING = stagingName(version);
const IMMUTABLE = `${base}/_app/immutable/`;
const VERSION_FILE = `${base}/_app/version.json`;

/** Every file of this build the offline copy may hold, with the base path. */
const ALL = [...new Set([...build.filter((f) => storedOffline(f)), ...prerendered, ...files])];
const KNOWN = new Set(ALL);
/** Every hashed file of this build (WOFF too: a page may name what the copy leaves out). */
const BUILD = new Set(build);
/** Without the base path, as src/lib/offline/plan.ts reads paths. */
const bare = (path: string) => path.slice(base.length) || '/';

/** Downloads at a time: the rest of the browser's connections stay free for the page itself. */
const PARALLEL = 3;

sw.addEventListener('install', (event) => event.waitUntil(install()));

async function install() {
	const languages = await languagesToKeep();
	const paths = ALL.filter((path) => inCore(bare(path), languages));
	const cache = await caches.open(CACHE);
	// What an interrupted install already stored (of this same build) is not fetched again.
	const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const queue = paths.filter((path) => !have.has(path));
	const lane = async () => {
		for (let path = queue.shift(); path; path = queue.shift()) {
			const response = await download(path);
			if (!storable(response)) throw new Error(`${path}: ${response.status}`);
			if (!(await ownPage(response))) throw new Error(`${path}: a page of another build`);
			await cache.put(path, plain(response));
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, lane));
	// Everything above was fetched before this check: if the host still serves this build, all of
	// it is this build's. If not, a newer worker is on its way; this copy must not serve anything.
	if (!(await sameBuild(performance.now()))) {
		await caches.delete(CACHE);
		throw new Error('The host now serves another build');
	}
}

/**
 * The languages a new copy is for: those of the site's open pages (the first visit's page), those
 * the reader saved, and those an older copy kept (an update keeps the reader's languages).
 */
async function languagesToKeep(): Promise<Language[]> {
	const keep = new Set<Language>();
	for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true }))
		keep.add(languageOf(bare(new URL(client.url).pathname)) ?? 'en');
	for (const language of (await readRecord())?.languages ?? []) keep.add(language);
	for (const key of await caches.keys()) {
		if (!key.startsWith(CACHE_PREFIX) || key === CACHE || key.endsWith('-staging')) continue;
		const older = await caches.open(key);
		for (const language of LANGUAGES)
			if (await older.match(`${base}${homeOf(language)}`)) keep.add(language);
	}
	if (!keep.size) keep.add('en');
	return LANGUAGES.filter((l) => keep.has(l));
}

/**
 * Hashed files never change: the copy the page already downloaded (MapLibre, the fonts) is taken
 * from the browser's HTTP cache, not downloaded twice. Pages revalidate so they match this build.
 */
function download(path: string) {
	return fetch(path, { cache: path.startsWith(IMMUTABLE) ? 'force-cache' : 'no-cache' });
}

/** Only a whole, successful, same-origin answer is ever stored: never an error page or a part. */
const storable = (response: Response) =>
	response.status === 200 && (response.type === 'basic' || response.type === 'default');

/**
 * A host that redirects (`/x` → `/x.html`) marks the response; the browser refuses a redirected
 * response for a navigation, so store a plain copy.
 */
const plain = (response: Response) =>
	response.redirected ? new Response(response.body, response) : response;

/**
 * Whether a response, if it is a page, is a page of this build: every hashed file it names is in
 * this build's list (src/lib/offline/own-build.ts says why that is exact). `/_app/version.json`
 * alone cannot tell: a host being deployed to replaces its files in any order, and may serve the
 * next build's pages while its version.json still names this one. Reads a copy of the page (a few
 * kB, already downloaded). Once a page of another build is seen, the host has moved on: `moved`.
 */
async function ownPage(response: Response): Promise<boolean> {
	if (!response.headers.get('content-type')?.startsWith('text/html')) return true;
	const foreign = foreignFiles(await response.clone().text(), BUILD, base);
	if (!foreign.length) return true;
	movedOn();
	return false;
}

/**
 * The host was seen serving another build's page: it is being deployed to, or is done. Nothing
 * unhashed is stored from then on (the check below says no without asking), and the browser looks
 * for the new worker. Kept while this worker runs (the browser stops an idle worker within
 * minutes; the next one starts clean and checks again).
 */
let moved = false;
function movedOn() {
	if (moved) return;
	moved = true;
	void sw.registration.update().catch(() => {});
}

let check: { at: number; same: Promise<boolean> } | undefined;

/**
 * Whether the host still serves this build, asked after a response arrived at `arrived`
 * (performance.now()): a check started later answers for it too, so files stored together cost
 * one request. A file whose name is not hashed is stored only when this says yes.
 */
function sameBuild(arrived: number): Promise<boolean> {
	if (moved) return Promise.resolve(false);
	if (check && check.at >= arrived) return check.same;
	const at = performance.now();
	const same = fetch(VERSION_FILE, { cache: 'no-store' })
		.then((r) => (r.ok ? r.json() : null))
		.then((v: { version?: string } | null) => v?.version === version)
		.catch(() => false);
	check = { at, same };
	same.then((yes) => {
		// A new deployment: let the browser find its worker now (the notice then offers it).
		if (!yes) void sw.registration.update().catch(() => {});
	});
	return same;
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Older builds' copies go (and this build's unfinished save batches); the save's record
			// stays, so the page saves the same languages again for this build.
			for (const key of await caches.keys())
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			// The first visit's page was loaded from the network, from this same build: take it over
			// now so it works offline without a reload. Updates only get here on the reader's request.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
	else if (event.data?.type === PLAN_MESSAGE) {
		const { languages, staticMaps, core } = event.data as {
			languages: Language[];
			staticMaps: boolean;
			core?: boolean;
		};
		const paths = ALL.filter((path) =>
			core ? inCore(bare(path), languages) : inSave(bare(path), languages, { staticMaps })
		);
		event.ports[0]?.postMessage({ version, paths });
	}
});

/** Pages of another build opened from the network (see `respond`): they get the network only. */
const foreign = new Set<string>();

sw.addEventListener('fetch', (event) => {
	// Under `npm run dev` nothing is built to cache: every request goes to Vite as usual.
	if (import.meta.env.DEV) return;
	const { request } = event;
	const url = new URL(request.url);
	// Other hosts (only the optional online basemap) go to the network untouched.
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (foreign.has(event.clientId)) return;
	const save = request.headers.get(SAVE_HEADER);
	if (save) event.respondWith(save === 'commit' ? commit() : saveOne(url.pathname));
	else event.respondWith(respond(event, request, url));
});

async function respond(event: FetchEvent, request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const path = url.pathname;
	const known = KNOWN.has(path);
	// This build's own copy, with or without a query (`/agreements?sector=energy`): the page reads
	// the query itself.
	if (known) {
		const hit = await cache.match(path);
		if (hit) return hit;
	}
	let response: Response;
	try {
		response = await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') return offlineAnswer(cache, path, known);
		throw error;
	}
	const arrived = performance.now();
	if (!known || !storable(response)) return response;
	// Stored when first used: hashed files at once, the rest once the build is checked.
	const copy = response.clone();
	if (path.startsWith(IMMUTABLE)) {
		event.waitUntil(cache.put(path, plain(copy)));
		return response;
	}
	if (request.mode === 'navigate') {
		// A page from a newer deployment (its worker is not active yet) must not run against this
		// build's stored data: that page and what it loads go to the network only.
		const [same, own] = await Promise.all([sameBuild(arrived), ownPage(response)]);
		if (!same || !own) {
			foreign.add(event.resultingClientId);
			return response;
		}
		event.waitUntil(cache.put(path, plain(copy)));
		return response;
	}
	event.waitUntil(
		Promise.all([sameBuild(arrived), ownPage(copy)]).then(([same, own]) =>
			same && own ? cache.put(path, plain(copy)) : undefined
		)
	);
	return response;
}

/**
 * Offline, a page of the site that is not stored gets a message in its language with links to
 * what is; an address the site does not have gets its 404 page, with status 404, as the host
 * would answer.
 */
async function offlineAnswer(cache: Cache, path: string, known: boolean): Promise<Response> {
	const language = languageOf(bare(path)) ?? 'en';
	if (!known) {
		const notFound =
			(await cache.match(`${base}${language === 'en' ? '' : `/${language}`}/404`)) ??
			(await cache.match(`${base}/404`));
		if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
	}
	const stored = new Set((await cache.keys()).map((r) => bare(new URL(r.url).pathname)));
	const html = offlinePage(bare(path), language, OFFLINE_WORDS, (p) => stored.has(p), base);
	return new Response(html, {
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}

/**
 * One file of a save: fetched into the staging cache, never served from until `commit`. Answers
 * with no body: 204 already stored, 201 staged, 404 not a file of this build, 502 not stored,
 * 205 ("reset content") the host serves another build: a page of it came, nothing of this batch
 * is kept, and the page's `commit` is refused, so the save stops with NewVersionError. (A 2xx, as
 * the version check's answer is: the page asked nothing wrong, and its console stays quiet.)
 */
async function saveOne(path: string): Promise<Response> {
	if (!KNOWN.has(path)) return new Response(null, { status: 404 });
	if (moved) return new Response(null, { status: 205 });
	if (await (await caches.open(CACHE)).match(path)) return new Response(null, { status: 204 });
	// Fetched by a save that stopped before its batch was checked: the next check covers it.
	const staging = await caches.open(STAGING);
	if (await staging.match(path)) return new Response(null, { status: 201 });
	// Offline, this throws and the page's request fails: the save pauses.
	const response = await download(path);
	if (!storable(response)) return new Response(null, { status: 502 });
	if (!(await ownPage(response)) || moved) {
		await caches.delete(STAGING);
		return new Response(null, { status: 205 });
	}
	await staging.put(path, plain(response));
	return new Response(null, { status: 201 });
}

/**
 * The end of a batch of a save: if the host still serves this build (its version.json, and no page
 * of another build seen: `moved`), everything staged (all of it fetched before this check) joins
 * the copy; if not, it is thrown away. Answers
 * `{ "committed": true | false }` (a 200: the page asked nothing wrong).
 */
async function commit(): Promise<Response> {
	const staging = await caches.open(STAGING);
	const staged = await staging.keys();
	if (!(await sameBuild(performance.now()))) {
		await caches.delete(STAGING);
		return Response.json({ committed: false });
	}
	const cache = await caches.open(CACHE);
	for (const request of staged) {
		const response = await staging.match(request);
		if (response) await cache.put(request, response);
		await staging.delete(request);
	}
	return Response.json({ committed: true });
}
