import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeWebGL2 } from './webgl';

/** What happened, in order: the worker's start, answer and end, and the page canvas's context. */
let events: string[] = [];

/** A stand-in for the probe's worker: answers what the test says, fails to start, or is silent. */
function fakeWorker(reply: boolean | 'error' | 'silent' | 'refused') {
	class FakeWorker {
		onmessage: ((event: { data: unknown }) => void) | null = null;
		onerror: (() => void) | null = null;
		constructor(url: string) {
			if (reply === 'refused') throw new DOMException('refused', 'SecurityError');
			events.push(`worker ${url.split('/').pop()?.split('?')[0]}`);
			setTimeout(() => {
				if (reply === 'silent') return;
				events.push(`worker ${reply}`);
				if (reply === 'error') this.onerror?.();
				else this.onmessage?.({ data: reply });
			});
		}
		terminate() {
			events.push('worker ended');
		}
	}
	vi.stubGlobal('Worker', FakeWorker);
}

/** The page's own canvas. */
function pageCanvas(hasWebGL2: boolean) {
	vi.stubGlobal('document', {
		createElement: () => ({
			getContext: (kind: string) => {
				events.push(`page ${kind}`);
				return hasWebGL2 ? { getExtension: () => null } : null;
			}
		})
	});
}

describe('probeWebGL2', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		events = [];
	});

	it('asks the page’s canvas only after a worker has started the GPU side', async () => {
		vi.stubGlobal('OffscreenCanvas', class {});
		fakeWorker(true);
		pageCanvas(true);
		expect(await probeWebGL2()).toBe(true);
		expect(events).toEqual([
			'worker webgl-probe-worker.js',
			'worker true',
			'worker ended',
			'page webgl2'
		]);
	});

	it('takes the page’s answer, not the worker’s: a browser may offer WebGL to workers only', async () => {
		vi.stubGlobal('OffscreenCanvas', class {});
		fakeWorker(true);
		pageCanvas(false);
		expect(await probeWebGL2()).toBe(false);
	});

	it('still asks the page’s canvas when the worker cannot start', async () => {
		vi.stubGlobal('OffscreenCanvas', class {});
		fakeWorker('error');
		pageCanvas(true);
		expect(await probeWebGL2()).toBe(true);
		expect(events.slice(-2)).toEqual(['worker ended', 'page webgl2']);
	});

	it('asks the page’s canvas when a policy refuses the worker', async () => {
		vi.stubGlobal('OffscreenCanvas', class {});
		fakeWorker('refused');
		pageCanvas(true);
		expect(await probeWebGL2()).toBe(true);
		expect(events).toEqual(['page webgl2']);
	});

	it('asks the page’s canvas after the longest wait when the worker never answers', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('OffscreenCanvas', class {});
		fakeWorker('silent');
		pageCanvas(true);
		const answer = probeWebGL2(2000);
		await vi.advanceTimersByTimeAsync(1999);
		expect(events).toEqual(['worker webgl-probe-worker.js']);
		await vi.advanceTimersByTimeAsync(1);
		expect(await answer).toBe(true);
		expect(events).toEqual(['worker webgl-probe-worker.js', 'worker ended', 'page webgl2']);
	});

	it('asks the page’s canvas at once where workers have no OffscreenCanvas', async () => {
		vi.stubGlobal('OffscreenCanvas', undefined);
		fakeWorker(true);
		pageCanvas(true);
		expect(await probeWebGL2()).toBe(true);
		expect(events).toEqual(['page webgl2']);
	});
});
