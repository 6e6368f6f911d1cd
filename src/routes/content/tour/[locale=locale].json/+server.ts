import { json } from '@sveltejs/kit';
import { tourIn } from '$lib/server/content';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import type { EntryGenerator, RequestHandler } from './$types';

/** The tour's steps in each language, read by the tour's pages only (tourFor). */
export const prerender = true;
export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = ({ params }) => json(tourIn(params.locale as Locale));
