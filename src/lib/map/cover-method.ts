/**
 * Puts `replacement` in place of `target[key]` until the returned function is called. MapLibre's
 * methods are its classes' prototypes': the cover is an own property, and uncovering deletes it
 * (or puts back an own method that was there). Calling it again does nothing.
 */
export function coverMethod<T extends object, K extends keyof T>(
	target: T,
	key: K,
	replacement: T[K]
): () => void {
	const own = Object.hasOwn(target, key);
	const original = target[key];
	target[key] = replacement;
	let covered = true;
	return () => {
		if (!covered) return;
		covered = false;
		if (own) target[key] = original;
		else delete target[key];
	};
}
