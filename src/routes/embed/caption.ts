import type { Locale } from '$lib/i18n/locale';
import { inLocale } from '$lib/i18n/locale';
import type { PageMeta } from '$lib/page-meta';
import { stepPath } from '$lib/tour/url';
import type { StepData } from '$lib/tour/load';

/** The one-line caption under an embedded map, and the page it opens in full. */
export interface EmbedCaption {
	title: string;
	text: string;
	/** The full page, in the embed's language. */
	href: string;
	/** For an embedded tour: where this step sits, and its neighbours inside the embed. */
	steps?: { label: string; prev?: string; next?: string };
}

/** A full page's data as its embed: the same selection, a caption, kept out of search indexes. */
export function embedded<T extends PageMeta>(data: T, caption: EmbedCaption) {
	return { ...data, meta: { ...data.meta, noindex: true }, caption };
}

/** A tour step as an embed: its caption steps through the tour without leaving the frame. */
export function embeddedStep(data: StepData, locale: Locale) {
	const { number: n, count, step } = data;
	const at = (k: number) =>
		k >= 1 && k <= count ? inLocale(`/embed${stepPath(k)}`, locale) : undefined;
	return embedded(data, {
		title: step.title,
		text: step.narrative,
		href: inLocale(stepPath(n), locale),
		steps: { label: `${n} / ${count}`, prev: at(n - 1), next: at(n + 1) }
	});
}
