import { afterFirstView } from '$lib/map/map-ready';

/**
 * The page's side of a new deployment (src/service-worker.ts): when a new version has installed
 * and waits behind the one serving this page, offer it; when the reader accepts, the new worker
 * takes over and every open page of the site reloads, so none runs old scripts against new files.
 */

/** The message the service worker answers by activating at once. */
export const SKIP_WAITING = 'SKIP_WAITING';

/** The parts of `navigator.serviceWorker` used here (a test passes a stand-in). */
export type Container = Pick<
	ServiceWorkerContainer,
	'controller' | 'ready' | 'addEventListener' | 'removeEventListener'
>;

/**
 * Calls `offer` with a new version's worker once it waits, and reloads the page when a new
 * worker takes control of it. Returns a function that stops watching.
 */
export function watchForUpdate(
	container: Container,
	offer: (waiting: ServiceWorker) => void,
	reload: () => void = () => location.reload()
): () => void {
	let stopped = false;
	let controller = container.controller;
	const onControllerChange = () => {
		const previous = controller;
		controller = container.controller;
		// No previous controller: the first visit's worker claiming the page it was installed
		// from, with the same build. Nothing to reload.
		if (previous && !stopped) {
			stopped = true;
			reload();
		}
	};
	container.addEventListener('controllerchange', onControllerChange);

	const offerIfUpdate = (worker: ServiceWorker | null) => {
		// Without a controller this is the first install, not an update.
		if (worker && container.controller && !stopped) offer(worker);
	};
	void container.ready.then((registration) => {
		offerIfUpdate(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed') offerIfUpdate(installing);
			});
		});
	});

	return () => {
		stopped = true;
		container.removeEventListener('controllerchange', onControllerChange);
	};
}

/**
 * Registers the service worker once the first view is complete: the page has loaded and its map
 * has drawn (`map:ready`). Storing the site means downloading some 14 MB; started any earlier, it
 * competes with the map for the network and the processor on the first visit, the one visit that
 * has nothing cached. A page without an interactive map registers at `load`; `timeout` bounds the
 * wait for a map that never gets ready. Under `npm run dev` Vite serves the worker as a module.
 */
export function registerWhenLoaded(
	container: Pick<ServiceWorkerContainer, 'register'>,
	url: string,
	dev: boolean,
	timeout = 15_000
) {
	const register = () =>
		container
			.register(url, dev ? { type: 'module' } : undefined)
			.catch((error) => console.warn('No offline copy in this browser:', error));
	void afterFirstView(timeout).then(register);
}

/** Asks the waiting worker to take over; `watchForUpdate` reloads the page when it has. */
export function acceptUpdate(waiting: ServiceWorker) {
	waiting.postMessage(SKIP_WAITING);
}
