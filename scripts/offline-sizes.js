// Run after `vite build` (before trailing-slash.js): writes build/offline-sizes.json, the size of
// every file of the build under the address the reader asks for (`/places/tokyo`, not `.html`),
// as stored and as a compressing host sends it. "Save for offline" reads it to say what a save
// will take before it starts, and to count its progress in megabytes. It is not stored offline:
// a save is only started online. Its `version` tells the page whether the host still serves the
// build the page is of.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const OUTPUT = 'offline-sizes.json';

/**
 * The address a built file answers: `index.html` → `/`, `ru.html` → `/ru`,
 * `places/tokyo.html` → `/places/tokyo`; any other file under its own name.
 * @param {string} file relative to the build, with `/`
 */
export function addressOf(file) {
	if (file === 'index.html') return '/';
	return '/' + file.replace(/\.html$/, '');
}

/** @param {string} root */
export function sizes(root) {
	/** @type {Record<string, [number, number]>} */
	const files = {};
	const walk = (/** @type {string} */ dir) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else {
				const file = relative(root, path).split('\\').join('/');
				if (file === OUTPUT) continue;
				const body = readFileSync(path);
				files[addressOf(file)] = [body.length, gzipSync(body).length];
			}
		}
	};
	walk(root);
	return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = resolve(process.argv[2] ?? 'build');
	const { version } = JSON.parse(readFileSync(join(root, '_app/version.json'), 'utf8'));
	const files = sizes(root);
	writeFileSync(join(root, OUTPUT), JSON.stringify({ version, files }));
	console.log(`${OUTPUT}: ${Object.keys(files).length} files`);
}
