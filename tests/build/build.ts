// Reading the built site (`build/`) as a static host serves it: the checks here need no browser.
import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { resolveFile } from '../../scripts/serve.js';
import { isStub } from '../../scripts/trailing-slash.js';

export const BUILD = resolve('build');

if (!existsSync(join(BUILD, 'index.html')))
	throw new Error('build/ is missing: run `npm run build` first (npm test does)');

/** Every prerendered page, as a path relative to the build (`places/tokyo.html`); no stubs. */
export function builtPages(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(BUILD, join(e.parentPath, e.name)))
		.filter((f) => !isStub(f) && !f.startsWith('_app/'))
		.sort();
}

/** The file a plain static host answers for a URL path, or null (its 404). */
export const served = (urlPath: string): string | null => resolveFile(BUILD, urlPath);

/** A built file's text, by its path in the build. */
export const read = (file: string) => readFileSync(join(BUILD, file), 'utf8');

/** The page a URL path opens, parsed; fails when the host would answer 404. */
export function page(urlPath: string): CheerioAPI {
	const file = served(urlPath);
	if (!file) throw new Error(`${urlPath}: no page in build/`);
	return load(readFileSync(file, 'utf8'));
}

/** Text as a reader sees it: whitespace runs are one space. */
export const text = (s: string) => s.replace(/\s+/g, ' ').trim();
