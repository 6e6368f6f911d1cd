import { json } from '@sveltejs/kit';
import type { DataFile } from '$lib/data-listing';
import { DOWNLOADS, downloadNames } from '$lib/server/downloads';

/**
 * The open-data files and their sizes, for /data in every language. A prerendered file, not the
 * page's server load: one server load anywhere puts SvelteKit's data decoder (2.4 KiB gzip) in
 * every page's first view.
 */
export const prerender = true;

export const GET = () =>
	json({
		files: downloadNames.map((name): DataFile => ({
			name,
			bytes: Buffer.byteLength(DOWNLOADS[name].body())
		}))
	});
