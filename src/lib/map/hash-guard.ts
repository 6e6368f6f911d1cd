import { formatHash, parseHash, type View } from './camera';

/** The map view the address asks for, or null (no view, or a malformed or out-of-range one). */
export const readHash = (): View | null => parseHash(location.hash);

/**
 * What the address's hash should become so that MapLibre's own `hash` option, which trusts
 * anything numeric (`#2/10/Infinity`, or a zoom beyond the map's range, which it then ignores
 * in favour of 0/0/0), reads only views parseHash accepts: the same hash when it is fine or is not
 * a map view at all (`#panel`), the clamped view, or nothing.
 */
export function saneHash(hash: string): string {
	if (!hash.includes('/')) return hash;
	const view = parseHash(hash);
	if (!view) return '';
	const exact = hash.replace(/^#/, '').split('/').slice(0, 3).map(Number);
	return exact[0] === view.zoom ? hash : formatHash(view);
}

function sanitise() {
	const next = saneHash(location.hash);
	if (next === location.hash) return;
	const url = location.href.replace(/#.*$/, '') + next;
	history.replaceState(history.state, '', url);
}

/**
 * Cleans the hash now, before MapLibre reads it, and on every later change, before MapLibre's own
 * `hashchange` listener (registered after this one) reads it. Returns the stop function.
 */
export function claimHash(): () => void {
	sanitise();
	addEventListener('hashchange', sanitise);
	return () => removeEventListener('hashchange', sanitise);
}
