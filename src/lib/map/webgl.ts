import probeWorkerUrl from './webgl-probe-worker.js?url&no-inline';

/**
 * MapLibre 6 draws with WebGL2 only. A throwaway canvas tells whether this browser offers it
 * before MapLibre (a large download) is even fetched; the context is released at once rather than
 * left for the garbage collector, as browsers cap how many a page may hold. This asks on the
 * page's own thread: `probeWebGL2` asks from a worker first.
 */
function hasWebGL2(): boolean {
	try {
		const gl = document.createElement('canvas').getContext('webgl2');
		if (!gl) return false;
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		// Some privacy settings throw instead of returning null.
		return false;
	}
}

/**
 * Whether WebGL2 works, asked once the browser's GPU side is running. The first WebGL context a
 * browser makes waits for that side to start: in a fresh Chromium with software WebGL the probe
 * blocked the page for up to 370 ms (Lighthouse's longest task on the home page). A worker's
 * context starts it without blocking the page; the page's own canvas then answers, quickly. The
 * worker's answer alone is not enough: a browser may offer WebGL to workers and not to pages.
 * The worker is plain JavaScript loaded by URL, a hashed file of the build: the offline store
 * keeps it, and the CSP's `worker-src 'self'` allows it (Vite would inline it as a data: URL).
 */
export async function probeWebGL2(maxWaitMs = 2000): Promise<boolean> {
	if (typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined')
		await new Promise<void>((resolve) => {
			let worker: Worker;
			try {
				worker = new Worker(probeWorkerUrl);
			} catch {
				// A policy that refuses workers: the page's canvas answers at once.
				return resolve();
			}
			// A worker that never answers only costs the wait: the page's canvas answers after it.
			const timer = setTimeout(() => done(), maxWaitMs);
			const done = () => {
				clearTimeout(timer);
				worker.terminate();
				resolve();
			};
			worker.onmessage = done;
			worker.onerror = done;
		});
	return hasWebGL2();
}
