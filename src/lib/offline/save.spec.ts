import { describe, expect, it, vi } from 'vitest';
import { SAVE_HEADER } from './names';
import { NewVersionError, saveFiles, type Progress } from './save';

/** A stand-in for the service worker's answers to a save's requests. */
function worker({
	newVersionAfter = Infinity,
	offlineAt = '',
	nextPageAt = '',
	forgets = false
} = {}) {
	const staged: string[] = [];
	const stored: string[] = [];
	let commits = 0;
	/** A page of another build was met (`nextPageAt`); a worker that `forgets` was restarted since. */
	let moved = false;
	const fetch = vi.fn(async (path: string, init?: RequestInit) => {
		const kind = (init?.headers as Record<string, string>)[SAVE_HEADER];
		if (path === offlineAt) throw new TypeError('Failed to fetch');
		if (kind === 'fetch' && (moved || path === nextPageAt)) {
			moved = true;
			staged.length = 0;
			return new Response(null, { status: 205 });
		}
		if (kind === 'commit') {
			commits++;
			if (forgets) moved = false;
			if (commits > newVersionAfter || moved) {
				staged.length = 0;
				return Response.json({ committed: false });
			}
			stored.push(...staged.splice(0));
			return Response.json({ committed: true });
		}
		staged.push(path);
		return new Response(null, { status: 201 });
	});
	return {
		fetch: fetch as unknown as typeof globalThis.fetch,
		staged,
		stored,
		commits: () => commits
	};
}

const paths = Array.from({ length: 10 }, (_, i) => `/f${i}`);
const sizes = Object.fromEntries(paths.map((p) => [p, [100, 40] as [number, number]]));

describe('saveFiles', () => {
	it('saves every file in batches, one build check each, and counts to 100 %', async () => {
		const w = worker();
		const seen: Progress[] = [];
		const done = await saveFiles({
			paths,
			sizes,
			stored: new Set(),
			fetch: w.fetch,
			batch: 4,
			onProgress: (p) => seen.push(p)
		});
		expect(w.stored.sort()).toEqual([...paths].sort());
		expect(w.commits()).toBe(3);
		expect(done).toEqual({ files: 10, total: 10, bytes: 1000, totalBytes: 1000 });
		expect(seen.at(-1)).toEqual(done);
	});

	it('resumes: what is stored already counts as done and is not fetched again', async () => {
		const w = worker();
		const seen: Progress[] = [];
		await saveFiles({
			paths,
			sizes,
			stored: new Set(paths.slice(0, 6)),
			fetch: w.fetch,
			onProgress: (p) => seen.push(p)
		});
		expect(seen[0]).toMatchObject({ files: 6, bytes: 600 });
		expect(w.stored.sort()).toEqual(paths.slice(6).sort());
	});

	it('stops at a new build: the batch fetched meanwhile never joins the copy', async () => {
		const w = worker({ newVersionAfter: 1 });
		await expect(
			saveFiles({ paths, sizes, stored: new Set(), fetch: w.fetch, batch: 4, onProgress() {} })
		).rejects.toBeInstanceOf(NewVersionError);
		expect(w.stored).toEqual(paths.slice(0, 4));
	});

	it('stops at a page of another build, though the version check still says this one', async () => {
		const w = worker({ nextPageAt: '/f5' });
		await expect(
			saveFiles({ paths, sizes, stored: new Set(), fetch: w.fetch, batch: 4, onProgress() {} })
		).rejects.toBeInstanceOf(NewVersionError);
		expect(w.stored).toEqual(paths.slice(0, 4));
		expect(w.staged).toEqual([]);
		// The lanes stopped once their file in hand was answered (here /f7, asked before /f5's answer),
		// the batch was closed (its commit refused), and no later batch was started.
		const asked = w.fetch as unknown as ReturnType<typeof vi.fn>;
		const files = asked.mock.calls.map(([p]) => p as string).filter((p) => p.startsWith('/f'));
		expect(files).toEqual(paths.slice(0, 8));
		expect(w.commits()).toBe(2);
	});

	it('stops at a page of another build even if the worker forgot it by the commit', async () => {
		const w = worker({ nextPageAt: '/f5', forgets: true });
		await expect(
			saveFiles({ paths, sizes, stored: new Set(), fetch: w.fetch, batch: 4, onProgress() {} })
		).rejects.toBeInstanceOf(NewVersionError);
	});

	it('stops when the connection is lost, and on cancel', async () => {
		const w = worker({ offlineAt: '/f5' });
		await expect(
			saveFiles({ paths, sizes, stored: new Set(), fetch: w.fetch, batch: 4, onProgress() {} })
		).rejects.toThrow('Failed to fetch');
		expect(w.stored).toEqual(paths.slice(0, 4));

		const abort = new AbortController();
		const cancelling = worker();
		const fetch = vi.fn(async (path: string, init?: RequestInit) => {
			if (path === '/f2') abort.abort();
			if (init?.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
			return cancelling.fetch(path, init);
		});
		await expect(
			saveFiles({
				paths,
				sizes,
				stored: new Set(),
				fetch: fetch as unknown as typeof globalThis.fetch,
				signal: abort.signal,
				parallel: 1,
				onProgress() {}
			})
		).rejects.toThrow('Aborted');
		expect(cancelling.stored).toEqual([]);
	});

	it('refuses an answer that is not "stored"', async () => {
		const fetch = vi.fn(async () => new Response(null, { status: 502 }));
		await expect(
			saveFiles({
				paths,
				sizes,
				stored: new Set(),
				fetch: fetch as unknown as typeof globalThis.fetch,
				onProgress() {}
			})
		).rejects.toThrow('/f0: 502');
	});
});
