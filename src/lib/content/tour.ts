import tourJson from './data/tour.json';
import { content } from './index';
import { validateTour } from './validate';

/**
 * The classroom tour's steps, validated against the content. Only the tour's routes import this
 * module, so the other pages do not carry the tour's text.
 */
export const tour = validateTour(tourJson, content);
