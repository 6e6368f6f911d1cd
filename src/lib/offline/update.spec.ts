import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstViewDrawn, MAP_READY } from '$lib/map/map-ready';
import { acceptUpdate, SKIP_WAITING, watchForUpdate, type Container } from './update';

/** Stand-ins for the browser's service worker objects: plain event targets with the same fields. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	posted: unknown[] = [];
	postMessage(message: unknown) {
		this.posted.push(message);
	}
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	/** A new version starts installing (what the browser does after finding a changed worker). */
	find(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

function fakeContainer(controller: FakeWorker | null, registration = new FakeRegistration()) {
	const target = new EventTarget();
	const container = {
		controller,
		ready: Promise.resolve(registration),
		addEventListener: target.addEventListener.bind(target),
		removeEventListener: target.removeEventListener.bind(target),
		/** The browser hands the page to another worker. */
		takeOver(worker: FakeWorker) {
			container.controller = worker;
			target.dispatchEvent(new Event('controllerchange'));
		}
	};
	return { container, registration, asContainer: container as unknown as Container };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchForUpdate', () => {
	it('offers a new version once it has installed behind the one serving the page', async () => {
		const { registration, asContainer } = fakeContainer(new FakeWorker());
		const offer = vi.fn();
		watchForUpdate(asContainer, offer, vi.fn());
		await flush();
		const next = new FakeWorker();
		registration.find(next);
		expect(offer).not.toHaveBeenCalled();
		next.become('installed');
		expect(offer).toHaveBeenCalledWith(next);
	});

	it('offers a version that was already waiting when the page opened', async () => {
		const registration = new FakeRegistration();
		registration.waiting = new FakeWorker();
		const { asContainer } = fakeContainer(new FakeWorker(), registration);
		const offer = vi.fn();
		watchForUpdate(asContainer, offer, vi.fn());
		await flush();
		expect(offer).toHaveBeenCalledWith(registration.waiting);
	});

	it('offers nothing on a first visit: the first install is not an update', async () => {
		const { container, registration, asContainer } = fakeContainer(null);
		const offer = vi.fn();
		const reload = vi.fn();
		watchForUpdate(asContainer, offer, reload);
		await flush();
		const first = new FakeWorker();
		registration.find(first);
		first.become('installed');
		expect(offer).not.toHaveBeenCalled();
		// The first worker then claims the page it was installed from: same build, no reload.
		container.takeOver(first);
		expect(reload).not.toHaveBeenCalled();
	});

	it('reloads once when a new version takes over a page an older one served', async () => {
		const { container, asContainer } = fakeContainer(new FakeWorker());
		const reload = vi.fn();
		watchForUpdate(asContainer, vi.fn(), reload);
		container.takeOver(new FakeWorker());
		container.takeOver(new FakeWorker());
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('after a first visit, still reloads for the next version in the same page', async () => {
		const { container, registration, asContainer } = fakeContainer(null);
		const offer = vi.fn();
		const reload = vi.fn();
		watchForUpdate(asContainer, offer, reload);
		await flush();
		container.takeOver(new FakeWorker());
		const next = new FakeWorker();
		registration.find(next);
		next.become('installed');
		expect(offer).toHaveBeenCalledWith(next);
		container.takeOver(next);
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('stops watching when the page is done with it', async () => {
		const { container, registration, asContainer } = fakeContainer(new FakeWorker());
		const offer = vi.fn();
		const reload = vi.fn();
		const stop = watchForUpdate(asContainer, offer, reload);
		await flush();
		stop();
		const next = new FakeWorker();
		registration.find(next);
		next.become('installed');
		container.takeOver(next);
		expect(offer).not.toHaveBeenCalled();
		expect(reload).not.toHaveBeenCalled();
	});
});

describe('acceptUpdate', () => {
	it('asks the waiting worker to take over', () => {
		const waiting = new FakeWorker();
		acceptUpdate(waiting as unknown as ServiceWorker);
		expect(waiting.posted).toEqual([SKIP_WAITING]);
	});
});

describe('firstViewDrawn: the service worker waits for the first view', () => {
	const settled = async (p: Promise<void>) => {
		let done = false;
		void p.then(() => (done = true));
		await new Promise((r) => setTimeout(r, 20));
		return done;
	};
	const page = (hasMap: boolean) =>
		vi.stubGlobal('document', { querySelector: () => (hasMap ? {} : null) });
	afterEach(() => {
		vi.unstubAllGlobals();
		performance.clearMarks(MAP_READY);
	});

	it('waits while the map draws, and goes on when it is ready', async () => {
		page(true);
		const drawn = firstViewDrawn(10_000);
		expect(await settled(drawn)).toBe(false);
		performance.mark(MAP_READY);
		expect(await settled(drawn)).toBe(true);
	});

	it('does not wait on a page without an interactive map, or once the map is ready', async () => {
		page(false);
		expect(await settled(firstViewDrawn(10_000))).toBe(true);
		page(true);
		performance.mark(MAP_READY);
		expect(await settled(firstViewDrawn(10_000))).toBe(true);
	});

	it('stops waiting for a map that never gets ready', async () => {
		page(true);
		expect(await settled(firstViewDrawn(5))).toBe(true);
	});
});
