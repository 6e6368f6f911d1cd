import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { localizeHref } from '$lib/paraglide/runtime';
import { customPaths, openTour, tourParam, type Lookup } from './custom';

/**
 * The tour a custom tour page's address carries, for its components. The hash never reaches the
 * host or the prerenderer, so the prerendered page is a shell and the tour is read once the page
 * runs (hence `mounted`: the first render matches the prerendered HTML). A link that does not open
 * goes to the editor, which says what is wrong with it; nothing is stored or run on the way.
 */
export function useCustomTour(lookup: () => Lookup) {
	let mounted = $state(false);
	onMount(() => (mounted = true));
	const code = $derived(mounted ? (tourParam(page.url.hash) ?? '') : null);
	const opened = $derived(code === null ? null : openTour(code, lookup()));
	$effect(() => {
		if (opened && !opened.ok && code !== null)
			void goto(localizeHref(customPaths.editor(code)), { replaceState: true });
	});
	return {
		/** The link's text after `#t=`; null until the page runs. */
		get code() {
			return code;
		},
		/** The tour, once read and found whole; null before, or when the link is broken. */
		get tour() {
			return opened?.ok ? opened : null;
		}
	};
}
