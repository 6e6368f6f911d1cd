import { error } from '@sveltejs/kit';
import { DOWNLOADS, downloadNames, type DownloadName } from '$lib/server/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

/** The open-data files: build/data/places.geojson and the rest, listed on /data. */
export const prerender = true;
export const entries: EntryGenerator = () => downloadNames.map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const download = DOWNLOADS[params.file as DownloadName];
	if (!download) error(404, 'No such file');
	return new Response(download.body(), { headers: { 'content-type': download.type } });
};
