import { afterNavigate, goto } from '$app/navigation';
import { DEFAULT_VIEW_STATE, parseViewState, withViewState, type ViewState } from './view-state';

/** The reader's view state for this tab: layers and list filters, mirrored in the query string. */
export const view = $state<ViewState>({ ...DEFAULT_VIEW_STATE, hide: [] });

let pending: ReturnType<typeof setTimeout> | undefined;

/** Changes the view now and records it in the URL shortly after (typing stays responsive). */
export function updateView(patch: Partial<ViewState>, delay = 0) {
	Object.assign(view, patch);
	clearTimeout(pending);
	pending = setTimeout(writeUrl, delay);
}

function writeUrl() {
	const here = new URL(location.href);
	const next = withViewState(here, view);
	// Replace, not push: Back and Forward step through selections, not through every keystroke.
	if (next.href !== here.href) goto(next, { replaceState: true, keepFocus: true, noScroll: true });
}

/**
 * Call once from the root of the app. A fresh load and Back/Forward take the state from the URL;
 * any other navigation (a click on the map or in the list) carries the current state along.
 */
export function syncViewWithUrl() {
	afterNavigate((nav) => {
		if (nav.type === 'enter' || nav.type === 'popstate') {
			// A one-off read, not reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			Object.assign(view, parseViewState(new URLSearchParams(location.search)));
		} else if (nav.type !== 'goto' || !pending) {
			writeUrl();
		}
	});
}
