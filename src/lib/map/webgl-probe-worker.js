// See probeWebGL2 (webgl.ts): a context made here starts the GPU side without blocking the page.
try {
	new OffscreenCanvas(1, 1).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
} catch {
	// Some privacy settings throw; the page's canvas will say so.
}
postMessage('done');
