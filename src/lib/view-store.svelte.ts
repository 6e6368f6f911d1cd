import { afterNavigate, goto } from '$app/navigation';
import { DEFAULT_VIEW_STATE, parseViewState, withViewState, type ViewState } from './view-state';

/** The reader's view state for this tab: layers and list filters, mirrored in the query string. */
export const view = $state<ViewState>({ ...DEFAULT_VIEW_STATE, hide: [] });

let pending: ReturnType<typeof setTimeout> | undefined;
// Bookkeeping, not reactive state.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const dirty = new Set<keyof ViewState>();

/** Changes the view now and records it in the URL shortly after (typing stays responsive). */
export function updateView(patch: Partial<ViewState>, delay = 0) {
	Object.assign(view, patch);
	for (const key of Object.keys(patch) as (keyof ViewState)[]) dirty.add(key);
	clearTimeout(pending);
	pending = setTimeout(() => {
		pending = undefined;
		writeUrl([...dirty]);
		dirty.clear();
	}, delay);
}

function writeUrl(keys: (keyof ViewState)[]) {
	const here = new URL(location.href);
	const next = withViewState(here, view, keys);
	// Replace, not push: Back and Forward step through selections, not through every keystroke.
	if (next.href !== here.href) goto(next, { replaceState: true, keepFocus: true, noScroll: true });
}

/**
 * Call once from the root of the app. A fresh load and Back/Forward take the state from the URL;
 * a followed link carries the hidden layers along.
 */
export function syncViewWithUrl() {
	afterNavigate((nav) => {
		if (nav.type === 'enter' || nav.type === 'popstate') {
			// A one-off read, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			Object.assign(view, parseViewState(new URLSearchParams(location.search)));
		} else if (nav.type === 'link' || nav.type === 'goto') {
			// Hidden layers follow the reader from page to page; the list's filters stay on the list.
			writeUrl(['hide']);
		}
	});
}
