/** Pure maths for the map image export: its size, the scale bar, where text goes. */

/** Earth's equatorial circumference in metres (WGS 84), as web-mercator scales use it. */
const EARTH_CIRCUMFERENCE = 40075016.686;
/** MapLibre's tiles are 512 CSS pixels wide: at zoom z the world is 512 × 2^z pixels. */
const TILE_SIZE = 512;

/** Metres on the ground per CSS pixel at a latitude and zoom (web mercator). */
export function metresPerPixel(lat: number, zoom: number): number {
	return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleBar {
	/** Length on the ground, in metres: 1, 2 or 5 × 10^n km. */
	metres: number;
	/** Length on screen, in CSS pixels. */
	px: number;
	label: string;
}

/**
 * The round length (1, 2 or 5 × 10^n km) whose bar comes closest to `targetPx` CSS pixels
 * (closest by ratio, so 50 px and 200 px count as equally far from 100 px).
 */
export function scaleBar(mpp: number, targetPx = 100): ScaleBar {
	if (!(mpp > 0) || !Number.isFinite(mpp)) throw new RangeError(`bad metres per pixel: ${mpp}`);
	const targetKm = (mpp * targetPx) / 1000;
	const exponent = Math.floor(Math.log10(targetKm));
	let best = { km: 1, error: Infinity };
	for (const e of [exponent - 1, exponent, exponent + 1]) {
		for (const m of [1, 2, 5]) {
			const km = m * 10 ** e;
			const error = Math.abs(Math.log(km / targetKm));
			if (error < best.error) best = { km, error };
		}
	}
	// 10 ** e is inexact for negative e (10 ** -1 = 0.1000…01): round to 12 significant digits.
	const km = Number(best.km.toPrecision(12));
	const metres = km * 1000;
	return { metres, px: metres / mpp, label: formatDistance(metres) };
}

/** "500 m", "2 km", "1,000 km". */
export function formatDistance(metres: number): string {
	if (metres < 1000) return `${Math.round(metres)} m`;
	return `${(metres / 1000).toLocaleString('en-GB', { maximumFractionDigits: 3 })} km`;
}

/**
 * The image is exactly the map container's CSS size times the device pixel ratio, rounded to
 * whole pixels: what the reader sees, as sharp as their screen shows it.
 */
export function imageSize(cssWidth: number, cssHeight: number, dpr: number) {
	const scale = dpr > 0 && Number.isFinite(dpr) ? dpr : 1;
	return {
		width: Math.max(1, Math.round(cssWidth * scale)),
		height: Math.max(1, Math.round(cssHeight * scale)),
		scale
	};
}

export interface ExportLayout {
	/** Height of the white title band across the top, in image pixels. */
	band: number;
	/** Inner margin, in image pixels. */
	pad: number;
	titleSize: number;
	titleLineHeight: number;
	/** Widest a title line may be. */
	titleWidth: number;
	smallSize: number;
	/** Scale bar: left end, baseline and length in image pixels. */
	bar: { x: number; y: number; length: number; tick: number };
	/** Attribution: right edge and baseline. */
	attribution: { right: number; baseline: number; maxWidth: number };
}

/**
 * Where things go on an image `width` × `height` drawn at `scale` image pixels per CSS pixel.
 * Sizes are chosen in CSS pixels (so text reads the same as on screen) and scaled; the title gets
 * up to `titleLines` lines.
 */
export function exportLayout(
	width: number,
	height: number,
	scale: number,
	barPx: number,
	titleLines = 1
): ExportLayout {
	const cssWidth = width / scale;
	const s = (css: number) => Math.round(css * scale);
	const narrow = cssWidth < 560;
	const titleSize = narrow ? 17 : 22;
	const titleLineHeight = Math.round(titleSize * 1.25);
	const pad = narrow ? 10 : 16;
	const smallSize = narrow ? 11 : 12;
	const lines = Math.max(1, titleLines);
	const band = pad * 2 + titleLineHeight * lines;
	return {
		band: s(band),
		pad: s(pad),
		titleSize: s(titleSize),
		titleLineHeight: s(titleLineHeight),
		titleWidth: width - s(pad) * 2,
		smallSize: s(smallSize),
		bar: {
			x: s(pad),
			y: height - s(pad) - s(smallSize + 6),
			length: Math.round(barPx * scale),
			tick: s(6)
		},
		attribution: {
			right: width - s(pad),
			baseline: height - s(pad),
			// Leave the bottom-left for the scale bar.
			maxWidth: Math.max(s(80), width - s(pad) * 3 - Math.round(barPx * scale) - s(40))
		}
	};
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` (as `measure` says),
 * ending the last with "…" when it does not fit.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: (s: string) => number,
	maxLines = 2
): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (!line || measure(next) <= maxWidth) {
			line = next;
			continue;
		}
		if (lines.length === maxLines - 1) {
			// Out of lines with words to go: end this one with "…".
			lines.push(ellipsize(line, maxWidth, measure, true));
			return lines;
		}
		lines.push(line);
		line = word;
	}
	if (line) lines.push(ellipsize(line, maxWidth, measure));
	return lines;
}

/** Shortens `text` until it and "…" fit `maxWidth`; with `force`, adds "…" even if it fits. */
export function ellipsize(
	text: string,
	maxWidth: number,
	measure: (s: string) => number,
	force = false
): string {
	if (!force && measure(text) <= maxWidth) return text;
	let cut = text;
	while (cut.length && measure(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

/** The download's file name: `nagato-atlas-<last part of the path>.png`, or `-map` for home. */
export function imageFileName(pathname: string): string {
	const last = pathname.split('/').filter(Boolean).pop() ?? '';
	const slug = last
		.toLowerCase()
		.replace(/[^a-z0-9-]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `nagato-atlas-${slug || 'map'}.png`;
}
