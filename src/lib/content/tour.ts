import tourJson from './data/tour.json';
import { translationFile, translationOf } from './bundle';
import { content } from './index';
import { localizeTour } from './localize';
import type { TourStep } from './schema';
import type { Locale } from './translations';
import { validateTour } from './validate';

/**
 * The classroom tour's steps, validated against the content. The build reads this module;
 * browsers get its output as `/content/tour/<locale>.json` (src/lib/content/l10n.ts: tourFor).
 */
export const tour = validateTour(tourJson, content);

const localized = new Map<Locale, TourStep[]>([['en', tour]]);

/** The tour in `locale`, localized once. */
export function tourIn(locale: Locale): TourStep[] {
	let steps = localized.get(locale);
	if (!steps) {
		const loc = locale as Exclude<Locale, 'en'>;
		steps = localizeTour(tour, translationOf(loc), translationFile(loc));
		localized.set(locale, steps);
	}
	return steps;
}
