import type { PageMeta } from '$lib/page-meta';
import { stepPath } from '$lib/tour/url';
import type { StepData } from '$lib/tour/load';

/** The one-line caption under an embedded map, and the page it opens in full. */
export interface EmbedCaption {
	title: string;
	text: string;
	href: string;
	/** For an embedded tour: where this step sits, and its neighbours inside the embed. */
	steps?: { label: string; prev?: string; next?: string };
}

/** A full page's data as its embed: the same selection, a caption, kept out of search indexes. */
export function embedded<T extends PageMeta>(data: T, caption: EmbedCaption) {
	return { ...data, meta: { ...data.meta, noindex: true }, caption };
}

/** A tour step as an embed: its caption steps through the tour without leaving the frame. */
export function embeddedStep(data: StepData) {
	const { number: n, count, step } = data;
	const at = (k: number) => (k >= 1 && k <= count ? `/embed${stepPath(k)}` : undefined);
	return embedded(data, {
		title: step.title,
		text: step.narrative,
		href: stepPath(n),
		steps: { label: `${n} / ${count}`, prev: at(n - 1), next: at(n + 1) }
	});
}
