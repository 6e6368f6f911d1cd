import { DOWNLOADS, downloadNames, LICENCE } from '$lib/server/downloads';

/** Each file's size, from the same bytes the build writes (build-only: the browser gets the list). */
export const load = () => ({
	files: downloadNames.map((name) => ({
		name,
		bytes: Buffer.byteLength(DOWNLOADS[name].body())
	})),
	licence: LICENCE
});
