import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

/**
 * Runs every prerendered page in its URL's language (messages read it through getLocale), and
 * writes that language into `<html lang>`, so the built HTML is right before any script runs.
 * The route itself was already chosen by `reroute` (src/hooks.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		})
	);
