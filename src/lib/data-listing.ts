/**
 * Where /data reads its list of files and their sizes (src/routes/data/index.json/+server.ts,
 * prerendered): the page fetches it, and the offline plan keeps it in every language.
 */
export const DATA_LISTING = '/data/index.json';

/** What it holds: each open-data file's name and size in bytes. */
export interface DataFile {
	name: string;
	bytes: number;
}
