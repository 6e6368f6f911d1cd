import type { ParamMatcher } from '@sveltejs/kit';
import { LOCALES } from '$lib/i18n/locale';

/** A language other than English, as the static maps' folder names it (`/maps/ru/…`). */
export const match: ParamMatcher = (param) => param !== 'en' && LOCALES.some((l) => l === param);
