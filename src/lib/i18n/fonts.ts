import type { Locale } from '$lib/content/translations';
import jaBold from '@fontsource/noto-sans-jp/700.css?url';
import jaRegular from '@fontsource/noto-sans-jp/400.css?url';

/**
 * Stylesheets only one language needs, linked from that language's pages alone. Noto Sans JP's
 * @font-face rules (about 120 `unicode-range` subsets per weight, ~30 KiB of CSS each) would
 * otherwise weigh on every English page; its font files load only for the characters a page
 * shows. Noto Sans itself (Latin and Cyrillic) is imported by the root layout for everyone.
 */
export const LOCALE_STYLESHEETS: Partial<Record<Locale, string[]>> = { ja: [jaRegular, jaBold] };
