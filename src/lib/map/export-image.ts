import type { Map as MapLibreMap } from 'maplibre-gl';
import {
	exportLayout,
	imageFileName,
	imageSize,
	metresPerPixel,
	scaleBar,
	wrapText
} from './export-layout';

export interface ExportOptions {
	/** The record's title, drawn on a white band across the top. */
	title: string;
	/** Credits for the basemap and data, drawn at the bottom right. */
	attribution: string;
	/** The site's name, drawn small at the right of the title band. */
	site?: string;
}

// Noto Sans JP is loaded only on Japanese pages; elsewhere the browser skips it.
const FONT = '"Noto Sans", "Noto Sans JP", system-ui, sans-serif';
const INK = '#1f1b16';
const MUTED = '#57524b';

/**
 * A PNG of the map as the reader sees it, with the title, a scale bar and the attribution.
 *
 * Size: exactly the map container's CSS size (clientWidth × clientHeight) times
 * `window.devicePixelRatio`, rounded to whole pixels (see `imageSize`). That is the resolution
 * the reader's screen shows; MapLibre's canvas has (nearly) the same pixels, and is scaled to fit
 * when the two differ (MapLibre floors its size, and caps very large canvases).
 */
export async function exportMapImage(map: MapLibreMap, options: ExportOptions): Promise<Blob> {
	const container = map.getContainer();
	const { width, height, scale } = imageSize(
		container.clientWidth,
		container.clientHeight,
		window.devicePixelRatio
	);
	await loadFonts(options);

	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('No 2D canvas in this browser');

	await drawMapFrame(map, ctx, width, height);

	const bar = scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()));
	const measureAt = (size: number, weight: number) => {
		ctx.font = `${weight} ${size}px ${FONT}`;
		return (s: string) => ctx.measureText(s).width;
	};

	// Title band: as many lines as the title needs, at most two.
	const probe = exportLayout(width, height, scale, bar.px, 1);
	const siteWidth = options.site ? measureAt(probe.smallSize, 400)(options.site) + probe.pad : 0;
	const lines = wrapText(
		options.title,
		probe.titleWidth - siteWidth,
		measureAt(probe.titleSize, 700),
		2
	);
	const layout = exportLayout(width, height, scale, bar.px, lines.length);

	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, layout.band);
	ctx.fillStyle = 'rgba(0, 0, 0, 0.18)';
	ctx.fillRect(0, layout.band, width, Math.max(1, Math.round(scale)));
	ctx.fillStyle = INK;
	ctx.textBaseline = 'middle';
	ctx.textAlign = 'left';
	ctx.font = `700 ${layout.titleSize}px ${FONT}`;
	lines.forEach((line, i) =>
		ctx.fillText(line, layout.pad, layout.pad + layout.titleLineHeight * (i + 0.5))
	);
	if (options.site) {
		ctx.fillStyle = MUTED;
		ctx.textAlign = 'right';
		ctx.font = `400 ${layout.smallSize}px ${FONT}`;
		ctx.fillText(options.site, width - layout.pad, layout.pad + layout.titleLineHeight / 2);
	}

	drawScaleBar(ctx, layout, bar.label);
	drawAttribution(ctx, layout, options.attribution);

	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))))
	);
}

/**
 * Copies the map's current frame onto `ctx`.
 *
 * MapLibre's WebGL canvas keeps its drawing buffer only until the browser composites the frame
 * (`preserveDrawingBuffer` is off, which keeps every frame cheaper for the whole session). So we
 * ask for one more frame and copy the canvas inside that frame's `render` event, which MapLibre
 * fires right after drawing, in the same task, while the buffer still holds the picture. This
 * costs nothing until someone exports, unlike `preserveDrawingBuffer: true`.
 */
function drawMapFrame(
	map: MapLibreMap,
	ctx: CanvasRenderingContext2D,
	width: number,
	height: number
): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			map.off('render', onRender);
			reject(new Error('The map did not draw a frame'));
		}, 10_000);
		function onRender() {
			clearTimeout(timer);
			try {
				ctx.imageSmoothingQuality = 'high';
				ctx.drawImage(map.getCanvas(), 0, 0, width, height);
				resolve();
			} catch (error) {
				reject(error);
			}
		}
		map.once('render', onRender);
		map.triggerRepaint();
	});
}

function drawScaleBar(
	ctx: CanvasRenderingContext2D,
	layout: ReturnType<typeof exportLayout>,
	label: string
) {
	const { x, y, length, tick } = layout.bar;
	const line = Math.max(2, Math.round(layout.smallSize / 6));
	ctx.font = `700 ${layout.smallSize}px ${FONT}`;
	const labelWidth = ctx.measureText(label).width;
	const boxPad = Math.round(layout.pad / 2);
	const top = y - tick - layout.smallSize - boxPad;
	ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
	ctx.fillRect(
		x - boxPad,
		top - boxPad,
		Math.max(length, labelWidth) + boxPad * 2,
		y + line + boxPad - (top - boxPad)
	);
	ctx.fillStyle = INK;
	// The bar and its end ticks, pointing up.
	ctx.fillRect(x, y, length, line);
	ctx.fillRect(x, y - tick, line, tick + line);
	ctx.fillRect(x + length - line, y - tick, line, tick + line);
	ctx.textAlign = 'left';
	ctx.textBaseline = 'alphabetic';
	ctx.fillText(label, x, y - tick - Math.round(layout.smallSize / 4));
}

function drawAttribution(
	ctx: CanvasRenderingContext2D,
	layout: ReturnType<typeof exportLayout>,
	text: string
) {
	const { right, baseline, maxWidth } = layout.attribution;
	ctx.font = `400 ${layout.smallSize}px ${FONT}`;
	const lines = wrapText(text, maxWidth, (s) => ctx.measureText(s).width, 3);
	const lineHeight = Math.round(layout.smallSize * 1.3);
	const widest = Math.max(...lines.map((l) => ctx.measureText(l).width));
	const boxPad = Math.round(layout.pad / 3);
	const top = baseline - lineHeight * lines.length;
	ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
	ctx.fillRect(
		right - widest - boxPad,
		top - boxPad + Math.round(lineHeight * 0.15),
		widest + boxPad * 2,
		lineHeight * lines.length + boxPad * 2
	);
	ctx.fillStyle = MUTED;
	ctx.textAlign = 'right';
	ctx.textBaseline = 'alphabetic';
	lines.forEach((l, i) =>
		ctx.fillText(l, right, baseline - lineHeight * (lines.length - 1 - i) - layout.smallSize * 0.2)
	);
}

/** Canvas text draws with whatever font is loaded now: make sure Noto Sans is. */
async function loadFonts(options: ExportOptions) {
	const text = `${options.title} ${options.attribution} ${options.site ?? ''} 0123456789 km`;
	try {
		await Promise.all([
			document.fonts.load(`700 16px ${FONT}`, text),
			document.fonts.load(`400 16px ${FONT}`, text)
		]);
	} catch {
		// A fallback font is fine.
	}
}

/** Saves a blob under `fileName` through a temporary download link. */
export function downloadBlob(blob: Blob, fileName: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// The browser has started the download by now; free the blob a little later.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Exports the map and downloads it as `nagato-atlas-<slug>.png`, named after `pathname`. */
export async function downloadMapImage(
	map: MapLibreMap,
	options: ExportOptions,
	pathname: string
): Promise<void> {
	downloadBlob(await exportMapImage(map, options), imageFileName(pathname));
}
