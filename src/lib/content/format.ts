/** How dates, values and measurements read in the panels: one place, so every panel agrees. */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';

/** The regional conventions each language's dates and numbers follow. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', ja: 'ja-JP' };

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, withYear = true): Intl.DateTimeFormat {
	const key = `${locale}:${withYear}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
			day: 'numeric',
			month: 'long',
			...(withYear ? { year: 'numeric' } : {}),
			timeZone: 'UTC'
		});
		formats.set(key, f);
	}
	return f;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "15 December 2016", "15 декабря 2016 г.", "2016年12月15日". */
export function formatDate(iso: string, locale: Locale = 'en'): string {
	return dateFormat(locale).format(utc(iso));
}

/**
 * "15–16 December 2016", "30 June – 2 July 2017", "31 December 2016 – 1 January 2017"; Russian
 * shortens the same way ("15–16 декабря 2016 г."), Japanese keeps the year first and drops what
 * the end shares with the start ("2016年12月15日～16日").
 */
export function formatDateRange(start: string, end?: string, locale: Locale = 'en'): string {
	if (!end || end === start) return formatDate(start, locale);
	const [sy, sm] = start.split('-');
	const [ey, em] = end.split('-');
	const b = utc(end);
	if (locale === 'ja') {
		const tail =
			sy !== ey
				? formatDate(end, locale)
				: sm !== em
					? `${b.getUTCMonth() + 1}月${b.getUTCDate()}日`
					: `${b.getUTCDate()}日`;
		return `${formatDate(start, locale)}～${tail}`;
	}
	const a = utc(start);
	if (sy === ey && sm === em) return `${a.getUTCDate()}–${formatDate(end, locale)}`;
	if (sy === ey) return `${dateFormat(locale, false).format(a)} – ${formatDate(end, locale)}`;
	return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** "3,168" in English, "3 168" in Russian, "3,168" in Japanese. */
export function formatNumber(value: number, locale: Locale = 'en'): string {
	return new Intl.NumberFormat(INTL_LOCALES[locale]).format(value);
}

/** "3,168 km²", "3 168 км²": the number in the language's way, the unit in its words. */
export function formatMeasurement(
	measure: { value: number; unit: string },
	locale: Locale = 'en'
): string {
	const value = formatNumber(measure.value, locale);
	return measure.unit === 'km²'
		? m.unit_km2({ value }, { locale })
		: m.unit_km({ value }, { locale });
}

/**
 * A file size as a reader reads it, in the page's language: "36 kB", "1.2 MB", "3,2 МБ" (1 kB =
 * 1,000 bytes, as browsers show). One decimal under ten, none above: "13 MB", not "12.6 MB". The
 * units are the language's own (Intl's), joined to the number by a no-break space so "11 MB" never
 * breaks across lines. Used by /data's table and the save dialog alike.
 */
export function formatBytes(bytes: number, locale: Locale = 'en'): string {
	const [value, unit] =
		bytes < 1e6
			? [bytes / 1e3, 'kilobyte']
			: bytes < 1e9
				? [bytes / 1e6, 'megabyte']
				: [bytes / 1e9, 'gigabyte'];
	return new Intl.NumberFormat(INTL_LOCALES[locale], {
		style: 'unit',
		unit,
		maximumFractionDigits: value < 10 ? 1 : 0
	})
		.format(value)
		.replace(/\s/g, '\u00a0');
}

/** A published figure: "9,289 km", or "about 800 km" when its source gives a round figure. */
export function formatPublished(
	published: { value: number; unit: string; approximate?: boolean },
	locale: Locale = 'en'
): string {
	const value = formatMeasurement(published, locale);
	return published.approximate ? m.measure_about({ value }, { locale }) : value;
}
