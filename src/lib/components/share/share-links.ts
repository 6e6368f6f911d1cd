/** Pure helpers for the share dialog: the page's URL, the embed code, the QR code's path. */
import { inLocale, localeOf } from '$lib/i18n/locale';
import { deLocalizeHref } from '$lib/paraglide/runtime';

/** The URL a reader shares: this page exactly as it is now, map position (hash) included. */
export function currentUrl(loc: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>) {
	return `${loc.origin}${loc.pathname}${loc.search}${loc.hash}`;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/**
 * The <iframe> that embeds this view: the same path under /embed, on this origin, in the same
 * language (`/ru/places/tokyo` embeds as `/ru/embed/places/tokyo`).
 */
export function embedCode({
	origin,
	pathname,
	title
}: {
	origin: string;
	pathname: string;
	title: string;
}): string {
	const base = deLocalizeHref(pathname);
	const src = `${origin}${inLocale(`/embed${base === '/' ? '' : base}`, localeOf(pathname))}`;
	return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="800" height="500" loading="lazy"></iframe>`;
}

/** The quiet zone around a QR code, in modules: 4 is what the standard asks for. */
export const QR_QUIET_ZONE = 4;

/**
 * One SVG path for the dark modules of a QR code, in module units, shifted by the quiet zone.
 * Runs of dark modules along a row become one rectangle, which keeps the path short and
 * avoids hairline seams between neighbouring squares.
 */
export function qrPath(size: number, isDark: (row: number, col: number) => boolean): string {
	let d = '';
	for (let row = 0; row < size; row++) {
		let col = 0;
		while (col < size) {
			if (!isDark(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < size && isDark(row, col)) col++;
			const run = col - start;
			d += `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${run}v1h-${run}z`;
		}
	}
	return d;
}
