import { LABEL_FONTS, type LabelLanguage } from './layers';

/**
 * Loads the font files that draw these labels, before the map draws them.
 *
 * MapLibre draws each glyph once and keeps it. It asks the browser only for the font that covers a
 * space, so a Cyrillic or Japanese subset file (the fonts come split by `unicode-range`) that has
 * not arrived yet is replaced by whatever system font the browser falls back to — on a machine
 * without Japanese fonts, a box — for as long as the map lives. Asking for the labels' own text
 * loads exactly the subsets they need. English needs nothing more than MapLibre loads itself.
 * Never waits longer than `timeout` ms: a label in a fallback font beats no map.
 */
export async function labelFontsReady(
	language: LabelLanguage | undefined,
	names: readonly string[],
	timeout = 5000
): Promise<void> {
	if (!language || language.locale === 'en' || typeof document === 'undefined' || !document.fonts)
		return;
	const families = LABEL_FONTS[language.locale].map((f) => `"${f}"`).join(', ');
	const text = [...names, ...language.countries].join(' ');
	let timer: ReturnType<typeof setTimeout> | undefined;
	await Promise.race([
		document.fonts.load(`400 16px ${families}`, text).catch(() => {}),
		new Promise((done) => (timer = setTimeout(done, timeout)))
	]);
	clearTimeout(timer);
}
