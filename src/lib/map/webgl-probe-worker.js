// See probeWebGL2 in webgl.ts.
try {
	new OffscreenCanvas(1, 1).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
} catch {
	// The page's canvas will answer.
}
postMessage(0);
