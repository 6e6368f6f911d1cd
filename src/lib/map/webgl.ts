/**
 * MapLibre 6 draws with WebGL2 only. A throwaway canvas tells whether this browser offers it
 * before MapLibre (a large download) is even fetched; the context is released at once rather than
 * left for the garbage collector, as browsers cap how many a page may hold.
 */
export function hasWebGL2(doc: Pick<Document, 'createElement'> = document): boolean {
	try {
		const gl = doc.createElement('canvas').getContext('webgl2');
		if (!gl) return false;
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		// Some privacy settings throw instead of returning null.
		return false;
	}
}
