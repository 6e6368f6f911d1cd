import { describe, expect, it, vi } from 'vitest';
import ru from './data/i18n/ru.json';
import { LOCALES } from '$lib/i18n/locale';
import { bundleIn, contentIn, tourIn } from '$lib/server/content';
import { contentPath, l10nFor, readContentFrom, tourFor } from './load';

/** The built site's answer to the content's addresses. */
const contentFetch = (async (input: RequestInfo | URL) =>
	LOCALES.filter((l) => String(input) === contentPath(l))
		.map((l) => Response.json(bundleIn(l)))
		.at(0) ?? new Response('Not found', { status: 404 })) as typeof fetch;

describe('l10nFor, in the browser', () => {
	it('rebuilds the lookups from the fetched records, and fetches a language once', async () => {
		const fetch = vi.fn(contentFetch);
		const ru1 = await l10nFor('ru', fetch);
		expect(ru1.q.place('tokyo')!.name).toBe(ru.places.tokyo.name);
		expect(ru1.q.agreementsFor('tokyo').concerning.map((a) => a.slug)).toEqual(
			contentIn('ru')
				.q.agreementsFor('tokyo')
				.concerning.map((a) => a.slug)
		);
		expect(await l10nFor('ru', fetch)).toBe(ru1);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(fetch).toHaveBeenCalledWith(contentPath('ru'));
	});

	it('fails with the address on a failed fetch, and tries again on the next page', async () => {
		const offline = vi.fn(async () => new Response('', { status: 503 }));
		await expect(l10nFor('ja', offline)).rejects.toThrow('/content/ja.json: 503');
		await expect(l10nFor('ja', contentFetch)).resolves.toMatchObject({ locale: 'ja' });
	});
});

// Last: the module keeps the source it was given (src/hooks.server.ts gives it once, at start).
describe('l10nFor and tourFor, while prerendering', () => {
	it('read the build’s modules, not the files: nothing is fetched', async () => {
		readContentFrom({ content: contentIn, tour: tourIn });
		const fetch = vi.fn(contentFetch);
		expect(await l10nFor('ja', fetch)).toBe(contentIn('ja'));
		expect(await tourFor('ru', fetch)).toBe(tourIn('ru'));
		expect(fetch).not.toHaveBeenCalled();
	});
});
