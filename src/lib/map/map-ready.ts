/**
 * The performance mark MapView sets when the map has first drawn everything: the benchmark times
 * it, and the page waits for it before storing the site.
 */
export const MAP_READY = 'map:ready';

/** Resolves once the map has drawn, at once where there is no interactive map to wait for. */
export function firstViewDrawn(timeout: number): Promise<void> {
	const waiting =
		document.querySelector('.map:not([data-static])') &&
		performance.getEntriesByName(MAP_READY).length === 0;
	if (!waiting) return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => {
			observer.disconnect();
			clearTimeout(timer);
			resolve();
		};
		const observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName(MAP_READY).length) done();
		});
		observer.observe({ type: 'mark' });
		const timer = setTimeout(done, timeout);
	});
}

/**
 * Resolves once the first view is complete: the page has loaded and its map has drawn (or, with
 * no interactive map, at `load`). What the first view does not need waits for it.
 */
export function afterFirstView(timeout: number): Promise<void> {
	const loaded =
		document.readyState === 'complete'
			? Promise.resolve()
			: new Promise<void>((resolve) => addEventListener('load', () => resolve(), { once: true }));
	return loaded.then(() => firstViewDrawn(timeout));
}
