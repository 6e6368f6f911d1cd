/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// Offline use: the first visit stores this build whole (scripts, styles, fonts, GeoJSON and every
// prerendered page) in one cache named by its version, and every later visit is served from it,
// with or without a network. A new deployment installs beside it and waits until the reader
// accepts the "new version" notice (UpdateNotice.svelte), so a page never mixes two builds.
import { base, build, files, prerendered, version } from '$service-worker';
import { storedOffline } from '$lib/offline/precache';
import { SKIP_WAITING } from '$lib/offline/update';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'nagato-atlas-';
const CACHE = `${PREFIX}${version}`;

const PRECACHE = [
	// WOFF2 only, and of Noto Sans JP only the pieces the site's Japanese text needs.
	...build.filter((file) => storedOffline(file)),
	// Prerendered pages under the URL the reader opens (`/places/tokyo`, not `.html`).
	...prerendered,
	...files
];
const PRECACHED = new Set(PRECACHE);
const IMMUTABLE = `${base}/_app/immutable/`;

sw.addEventListener('install', (event) => event.waitUntil(precache()));

/** Downloads at a time: the rest of the browser's connections stay free for the page itself. */
const PARALLEL = 3;

async function precache() {
	const cache = await caches.open(CACHE);
	const queue = [...PRECACHE];
	// A few at a time, so the first visit's map (its worker, its GeoJSON) is not queued behind
	// 240 downloads.
	const lane = async () => {
		for (let path = queue.shift(); path; path = queue.shift()) await store(cache, path);
	};
	await Promise.all(Array.from({ length: PARALLEL }, lane));
}

async function store(cache: Cache, path: string) {
	// Pages revalidate with the server so they match this version's scripts; hashed files never change.
	const cacheMode = path.startsWith(IMMUTABLE) ? 'default' : 'no-cache';
	const response = await fetch(path, { cache: cacheMode });
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	// A host that redirects (`/x` → `/x.html`) marks the response; the browser refuses a
	// redirected response for a navigation, so store a plain copy.
	await cache.put(path, response.redirected ? new Response(response.body, response) : response);
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			// The first visit's page was loaded from the network, from this same build: take it over
			// now so it works offline without a reload. Updates only get here on the reader's request.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	// Under `npm run dev` nothing is built to cache: every request goes to Vite as usual.
	if (import.meta.env.DEV) return;
	const { request } = event;
	const url = new URL(request.url);
	// Other hosts (only the optional online basemap) go to the network untouched.
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// This build's own copy, with or without a query (`/agreements?sector=energy`): the page reads
	// the query itself.
	if (PRECACHED.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		return await fetch(request);
	} catch (error) {
		// Offline, an unknown page gets the site's own 404 page, as the host would answer.
		const notFound = request.mode === 'navigate' && (await cache.match(`${base}/404`));
		if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
		throw error;
	}
}
