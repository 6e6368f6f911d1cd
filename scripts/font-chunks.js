// Which pieces of Noto Sans JP the site's Japanese text needs, for the service worker's offline
// store. The font comes as ~120 `unicode-range` pieces per weight (2.8 MB); a browser online
// downloads only the pieces a page's characters fall in, and the offline store should hold those
// too, not all of them. Run: node scripts/font-chunks.js (the build runs it first).
//
// Writes (deterministic): src/lib/offline/ja-font-chunks.json, the pieces' names, sorted; and
// src/lib/i18n/generated/language-names.css (not committed: `npm ci`, dev and build write it), the
// @font-face rules that draw the Japanese language name (日本語) in the language switch on every
// page, one rule per character (each lives in another piece of the font).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file of Japanese a page can show whole: the content's translation and the interface's messages. */
export const JA_TEXT_FILES = ['src/lib/content/data/i18n/ja.json', 'messages/ja.json'];
/** Files that keep each name in every language side by side: only their `ja` fields count. */
export const JA_FIELD_FILES = ['src/lib/content/data/geography.json'];

/** @param {unknown} value @returns {string[]} every string under a `ja` key, at any depth */
function jaFields(value) {
	if (Array.isArray(value)) return value.flatMap(jaFields);
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, v]) =>
		key === 'ja' && typeof v === 'string' ? [v] : jaFields(v)
	);
}

/**
 * Every text a Japanese page can set in Noto Sans JP.
 * @param {(file: string) => string} read a file of the project, by its path from the root
 */
export function japaneseText(read) {
	const fields = JA_FIELD_FILES.flatMap((file) => jaFields(JSON.parse(read(file))));
	return [...JA_TEXT_FILES.map(read), ...fields].join('\n');
}
export const JA_FONT_CSS = 'node_modules/@fontsource/noto-sans-jp/400.css';
export const OUTPUT = 'src/lib/offline/ja-font-chunks.json';
export const LANGUAGE_NAMES_CSS = 'src/lib/i18n/generated/language-names.css';
/** Japanese fonts a machine may have: used before the bundled piece, so most readers download none. */
const LOCAL_JA_FONTS = [
	'Noto Sans CJK JP Regular',
	'NotoSansCJKjp-Regular',
	'Hiragino Sans W3',
	'HiraginoSans-W3',
	'Yu Gothic Regular',
	'YuGothic-Regular',
	'Meiryo'
];

/**
 * The @font-face rules of a Fontsource stylesheet: each piece's name (`118`, `latin-ext`) and the
 * code points it covers.
 * @param {string} css
 * @returns {{ name: string, ranges: [number, number][] }[]}
 */
export function fontFaces(css) {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, rule]) => {
		const file = /url\([^)]*?noto-sans-jp-([a-z0-9-]+?)-\d{3}-normal\.woff2\)/.exec(rule);
		const range = /unicode-range:\s*([^;]+);/.exec(rule);
		if (!file || !range) throw new Error(`${JA_FONT_CSS}: a @font-face without a file or a range`);
		const ranges = range[1].split(',').map((part) => {
			const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
			return /** @type {[number, number]} */ ([parseInt(from, 16), parseInt(to, 16)]);
		});
		return { name: file[1], ranges };
	});
}

/**
 * The names of the pieces that hold at least one character of `text`, sorted.
 * @param {string} text
 * @param {{ name: string, ranges: [number, number][] }[]} faces
 */
export function chunksFor(text, faces) {
	const points = [...new Set([...text].map((c) => /** @type {number} */ (c.codePointAt(0))))];
	return faces
		.filter((face) => points.some((p) => face.ranges.some(([a, b]) => p >= a && p <= b)))
		.map((face) => face.name)
		.sort();
}

/**
 * The 'Language Names' faces: for each character of `name`, the machine's Japanese font if it has
 * one, else the one piece of Noto Sans JP that holds it.
 * @param {string} name
 * @param {{ name: string, ranges: [number, number][] }[]} faces
 */
export function languageNamesCss(name, faces) {
	const rules = [...new Set(name)].map((char) => {
		const [piece] = chunksFor(char, faces);
		if (!piece) throw new Error(`${JA_FONT_CSS}: no piece holds ${char}`);
		const point = /** @type {number} */ (char.codePointAt(0)).toString(16).toUpperCase();
		const src = [
			...LOCAL_JA_FONTS.map((font) => `local('${font}')`),
			`url('@fontsource/noto-sans-jp/files/noto-sans-jp-${piece}-400-normal.woff2') format('woff2')`
		];
		return `@font-face {\n\tfont-family: 'Language Names';\n\tfont-weight: 100 900;\n\tsrc: ${src.join(', ')};\n\tunicode-range: U+${point}; /* ${char} */\n}\n`;
	});
	return `/* Written by scripts/font-chunks.js: do not edit. */\n${rules.join('')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const text = japaneseText((f) => readFileSync(join(root, f), 'utf8'));
	const chunks = chunksFor(text, fontFaces(readFileSync(join(root, JA_FONT_CSS), 'utf8')));
	writeFileSync(join(root, OUTPUT), JSON.stringify(chunks) + '\n');
	console.log(`${OUTPUT}: ${chunks.length} pieces of Noto Sans JP`);

	const faces = fontFaces(readFileSync(join(root, JA_FONT_CSS), 'utf8'));
	const { language_name } = JSON.parse(readFileSync(join(root, 'messages/ja.json'), 'utf8'));
	mkdirSync(dirname(join(root, LANGUAGE_NAMES_CSS)), { recursive: true });
	writeFileSync(join(root, LANGUAGE_NAMES_CSS), languageNamesCss(language_name, faces));
	console.log(`${LANGUAGE_NAMES_CSS}: ${language_name}`);
}
