import jaFontChunks from './ja-font-chunks.json';

/** A piece of Noto Sans JP as Vite names it: `noto-sans-jp-118-400-normal.<hash>.woff2`. */
const JA_PIECE = /\/noto-sans-jp-([a-z0-9-]+?)-\d{3}-normal\.[^/]*woff2$/;

/**
 * Whether the offline store keeps a file of the build. Every browser with service workers reads
 * WOFF2, so the WOFF twins would only double the fonts; of Noto Sans JP's ~120 pieces a weight,
 * only those holding a character of the site's Japanese text (scripts/font-chunks.js) are kept.
 */
export function storedOffline(path: string, needed: readonly string[] = jaFontChunks): boolean {
	if (path.endsWith('.woff')) return false;
	const piece = JA_PIECE.exec(path);
	return !piece || needed.includes(piece[1]);
}
