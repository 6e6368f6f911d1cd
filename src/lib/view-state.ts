import { PLACE_KINDS, SECTORS } from '$lib/content/kinds';
import type { PlaceKind, Sector } from '$lib/content/schema';

/**
 * What a reader sets up beyond the selection, kept in the query string so a reload, a shared
 * link, Back and Forward all show the same thing: hidden map layers, the list's search and sector.
 */
export interface ViewState {
	hide: PlaceKind[];
	q: string;
	sector: Sector | '';
}

export const DEFAULT_VIEW_STATE: ViewState = { hide: [], q: '', sector: '' };

const MAX_QUERY = 100;

/** Reads the state from a query string; anything unknown or malformed falls back to the default. */
export function parseViewState(params: URLSearchParams): ViewState {
	const hide = (params.get('hide') ?? '')
		.split(',')
		.filter((k): k is PlaceKind => (PLACE_KINDS as readonly string[]).includes(k));
	const sector = params.get('sector') ?? '';
	return {
		hide: PLACE_KINDS.filter((k) => hide.includes(k)),
		// eslint-disable-next-line no-control-regex
		q: (params.get('q') ?? '').replace(/[\u0000-\u001f]/g, '').slice(0, MAX_QUERY),
		sector: (SECTORS as readonly string[]).includes(sector) ? (sector as Sector) : ''
	};
}

/**
 * Writes the state into `url`'s query string, leaving its other parameters and its hash (the map
 * position) alone; default values are left out so plain URLs stay plain.
 */
export function withViewState(
	url: URL,
	state: ViewState,
	keys: readonly (keyof ViewState)[] = ['hide', 'q', 'sector']
): URL {
	const next = new URL(url);
	const set = (key: keyof ViewState, value: string) => {
		// Only the keys asked for: other pages (the agreements table) keep their own parameters.
		if (!keys.includes(key)) return;
		if (value) next.searchParams.set(key, value);
		else next.searchParams.delete(key);
	};
	set('hide', PLACE_KINDS.filter((k) => state.hide.includes(k)).join(','));
	set('q', state.q.trim());
	set('sector', state.sector);
	return next;
}
