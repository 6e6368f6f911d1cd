import type { ParamMatcher } from '@sveltejs/kit';
import { LOCALES } from '$lib/i18n/locale';

/** Any language of the site, English included (`/content/en.json`). */
export const match: ParamMatcher = (param) => LOCALES.some((l) => l === param);
