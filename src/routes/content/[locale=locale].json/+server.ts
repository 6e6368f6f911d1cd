import { json } from '@sveltejs/kit';
import { bundleIn } from '$lib/server/content';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import type { EntryGenerator, RequestHandler } from './$types';

/** Each language's content, written once by the build and read by every page (l10nFor). */
export const prerender = true;
export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ locale }));

export const GET: RequestHandler = ({ params }) => json(bundleIn(params.locale as Locale));
