/**
 * The tours made on this device, kept in localStorage so /tour/new lists them to edit again or
 * delete. Each is kept as its link's text, the one format a tour has; what is read back is checked
 * like a link (a hand-edited or older entry is skipped, never run or shown as HTML).
 */
import * as v from 'valibot';
import { decodeTour, LIMITS } from './custom';

export const SAVED_KEY = 'nagato-atlas:tours';
/** More than a teacher needs; keeps the list (and localStorage) small. */
export const MAX_SAVED = 50;

const Entry = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
	name: v.pipe(v.string(), v.maxLength(LIMITS.name)),
	code: v.pipe(v.string(), v.maxLength(LIMITS.link)),
	/** When it was last saved: ISO 8601. */
	saved: v.pipe(v.string(), v.isoTimestamp())
});
export type SavedTour = v.InferOutput<typeof Entry>;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved tours, newest first; whatever is unreadable is left out (and left in place). */
export function readSaved(store: Store | null): SavedTour[] {
	let raw: unknown;
	try {
		raw = JSON.parse(store?.getItem(SAVED_KEY) ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(raw)) return [];
	return raw
		.map((item) => v.safeParse(Entry, item))
		.filter((r) => r.success && decodeTour(r.output.code).ok)
		.map((r) => r.output as SavedTour)
		.sort((a, b) => b.saved.localeCompare(a.saved));
}

/**
 * Saves (or replaces, by id) one tour. Entries this code cannot read are kept as they were: a
 * newer version of the site may have written them. False when storage is full or refused.
 */
export function writeSaved(store: Store | null, entry: SavedTour): boolean {
	if (!store) return false;
	let raw: unknown[] = [];
	try {
		const parsed: unknown = JSON.parse(store.getItem(SAVED_KEY) ?? '[]');
		if (Array.isArray(parsed)) raw = parsed;
	} catch {
		// An unreadable list is not overwritten: nothing stored is lost.
		return false;
	}
	const others = raw.filter((item) => (item as { id?: unknown })?.id !== entry.id);
	const next = [entry, ...others].slice(0, MAX_SAVED);
	try {
		store.setItem(SAVED_KEY, JSON.stringify(next));
		return true;
	} catch {
		return false;
	}
}

/** Removes one tour by id. */
export function deleteSaved(store: Store | null, id: string): void {
	if (!store) return;
	try {
		const parsed: unknown = JSON.parse(store.getItem(SAVED_KEY) ?? '[]');
		if (!Array.isArray(parsed)) return;
		store.setItem(
			SAVED_KEY,
			JSON.stringify(parsed.filter((item) => (item as { id?: unknown })?.id !== id))
		);
	} catch {
		// Unreadable or full: leave it as it is.
	}
}

/** localStorage where the browser allows it (not in some private modes or sandboxed frames). */
export function deviceStore(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** A new id for a tour: random, so two tabs never pick the same. */
export const newTourId = () => crypto.randomUUID();
