import type { Component } from 'svelte';

export type ShareButtonComponent = Component<{ title: string }>;

/**
 * The share control, for the loads of the pages that show it: the home page's first view does
 * without its code, and a page that shows it has it before it renders (prerendered HTML included).
 */
export const shareButton = async (): Promise<ShareButtonComponent> =>
	(await import('./ShareButton.svelte')).default;
