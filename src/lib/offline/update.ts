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

/** Asks the waiting worker to take over; `watchForUpdate` reloads the page when it has. */
export function acceptUpdate(waiting: ServiceWorker) {
	waiting.postMessage(SKIP_WAITING);
}
