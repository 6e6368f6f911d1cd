import type { Locale } from '$lib/i18n/locale';
import jaBold from '@fontsource/noto-sans-jp/700.css?url';
import jaRegular from '@fontsource/noto-sans-jp/400.css?url';
import cyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicRegular from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';

/**
 * Stylesheets only one language needs, linked from that language's pages alone. Noto Sans JP's
 * @font-face rules (about 120 `unicode-range` subsets per weight, ~30 KiB of CSS each) would
 * otherwise weigh on every English page; its font files load only for the characters a page
 * shows. Noto Sans itself (Latin and Cyrillic) is imported by the root layout for everyone.
 */
export const LOCALE_STYLESHEETS: Partial<Record<Locale, string[]>> = { ja: [jaRegular, jaBold] };

/**
 * The font files a page's first paint uses, preloaded from its head: found only once the CSS has
 * been parsed, they arrived after the text had been laid out in a fallback font, and the panel
 * moved by some 20 px when they swapped in. Every page shows Latin text and names Russian in
 * Cyrillic in its language switch; Russian pages set bold Cyrillic too.
 */
export function firstPaintFonts(locale: Locale): string[] {
	return [latinRegular, latinBold, cyrillicRegular, ...(locale === 'ru' ? [cyrillicBold] : [])];
}
