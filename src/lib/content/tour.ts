import tourJson from './data/tour.json';
import { content } from './index';
import type { L10n } from './l10n';
import { translationFile } from './l10n';
import { localizeTour } from './localize';
import type { TourStep } from './schema';
import type { TranslatedLocale } from './translations';
import { validateTour } from './validate';

/**
 * The classroom tour's steps, validated against the content. Only the tour's routes import this
 * module, so the other pages do not carry the tour's text.
 */
export const tour = import.meta.env.SSR
	? validateTour(tourJson, content)
	: (tourJson as unknown as TourStep[]); // checked by the build, like the rest of the content

const localized = new Map<string, TourStep[]>();

/** The tour in a page's language (the translation is already loaded with the page's content). */
export function tourFor(l10n: L10n): TourStep[] {
	if (!l10n.translation) return tour;
	let steps = localized.get(l10n.locale);
	if (!steps) {
		const file = translationFile(l10n.locale as TranslatedLocale);
		steps = localizeTour(tour, l10n.translation, file);
		localized.set(l10n.locale, steps);
	}
	return steps;
}
