import { m } from '$lib/paraglide/messages';

/**
 * The key help, one row per line, in the page's language: shown by `?` and printed on the
 * presenter view. The keys themselves are src/lib/tour/keys.ts.
 */
export const keyHelp = (): [keys: string, what: string][] => [
	[m.key_next(), m.key_next_what()],
	[m.key_prev(), m.key_prev_what()],
	[m.key_ends(), m.key_ends_what()],
	[m.key_number(), m.key_number_what()],
	[m.key_fullscreen(), m.key_fullscreen_what()],
	[m.key_blank(), m.key_blank_what()],
	[m.key_help(), m.key_help_what()],
	[m.key_escape(), m.key_escape_what()]
];
