import tourJson from './data/tour.json';
import { content } from './index';
import type { TourStep } from './schema';
import { validateTour } from './validate';

/**
 * The classroom tour's steps, validated against the content. Only the tour's routes import this
 * module, so the other pages do not carry the tour's text.
 */
export const tour = import.meta.env.SSR
	? validateTour(tourJson, content)
	: (tourJson as unknown as TourStep[]); // checked by the build, like the rest of the content
