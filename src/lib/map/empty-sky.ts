/**
 * MapLibre 6 draws a sky in every frame, also for a style that has none: its default sky is
 * transparent. Drawing it costs a shader program (25–40 ms to compile where WebGL runs in
 * software, before the first picture can show) and a pass over every pixel of every frame. A sky
 * whose colours are all transparent adds nothing to the picture, so it is not drawn; a sky that
 * a style (an online basemap's) does set is drawn as MapLibre would.
 *
 * It replaces one of the painter's draw functions, which are MapLibre's own, not its API: a
 * version without them draws its sky as before.
 */

/** A colour as MapLibre evaluates it. */
interface Colour {
	a: number;
}

interface SkyFrame {
	data: { sky?: Record<string, unknown>; isRenderingGlobe?: boolean };
}

type DrawSky = (mesh: unknown, frame: SkyFrame) => void;

export interface SkyPainter {
	drawFunctions?: { sky?: DrawSky } & Record<string, unknown>;
}

/** Whether drawing this sky would leave every pixel as it was. */
export function isEmptySky({ data: { sky, isRenderingGlobe } }: SkyFrame): boolean {
	const clear = (key: string) => (sky?.[key] as Colour | undefined)?.a === 0;
	return !isRenderingGlobe && clear('sky-color') && clear('horizon-color') && clear('fog-color');
}

/** Makes `painter` skip empty skies. */
export function skipEmptySky(painter: SkyPainter | undefined): void {
	const draw = painter?.drawFunctions?.sky;
	if (!painter?.drawFunctions || typeof draw !== 'function') return;
	// The draw functions are one object shared by every map: this map gets its own copy.
	painter.drawFunctions = {
		...painter.drawFunctions,
		sky: (mesh, frame) => {
			if (!isEmptySky(frame)) draw(mesh, frame);
		}
	};
}
