import { describe, expect, it, vi } from 'vitest';
import { SAVE_HEADER } from './names';
import { NewVersionError, saveFiles, type Progress } from './save';

/** A stand-in for the service worker's answers to a save's requests. */
function worker({ newVersionAfter = Infinity, offlineAt = '' } = {}) {
	const staged: string[] = [];
	const stored: string[] = [];
	let commits = 0;
	const fetch = vi.fn(async (path: string, init?: RequestInit) => {
		const kind = (init?.headers as Record<string, string>)[SAVE_HEADER];
		if (path === offlineAt) throw new TypeError('Failed to fetch');
		if (kind === 'commit') {
			commits++;
			if (commits > newVersionAfter) {
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
