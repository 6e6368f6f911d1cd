import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/**
 * `/ru/places/tokyo` and `/ja/places/tokyo` are the route `/places/[slug]` in another language:
 * one set of routes serves every language, and English keeps its unprefixed URLs.
 */
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
