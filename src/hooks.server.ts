import type { Handle, ServerInit } from '@sveltejs/kit';
import { readContentFrom } from '$lib/content/load';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { contentIn, tourIn } from '$lib/server/content';

/**
 * Pages rendered here (prerendering) read each language's content from the build's modules;
 * browsers fetch the JSON files the build wrote from them (src/lib/content/load.ts).
 */
export const init: ServerInit = () => readContentFrom({ content: contentIn, tour: tourIn });

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
