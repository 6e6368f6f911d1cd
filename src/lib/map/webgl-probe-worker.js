// Makes a WebGL2 context off the page's thread, then says it is done: the first context a browser
// makes waits for its GPU side to start (hundreds of milliseconds in software), and here that
// wait blocks nothing. Whether WebGL2 works is the page's canvas's answer (see probeWebGL2).
// Plain JavaScript, loaded by URL: a hashed file of the build, so the offline store keeps it.
try {
	new OffscreenCanvas(1, 1).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
} catch {
	// Some privacy settings throw instead of returning null; the page's canvas will say so.
}
postMessage('done');
