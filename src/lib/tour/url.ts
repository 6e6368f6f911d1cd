/** Step numbers in URLs: `/tour/3` is step 3 of the tour, counted from 1. */

/**
 * The step a URL segment names, or null when it is malformed ("03", "3a", "-1", "1e1") or out of
 * range (0, or past the last step).
 */
export function stepFromParam(param: string | null | undefined, count: number): number | null {
	if (typeof param !== 'string' || !/^[1-9]\d{0,3}$/.test(param)) return null;
	const n = Number(param);
	return n <= count ? n : null;
}

/** The URL of a step. Step 1 also answers at `/tour`; navigation always uses the numbered URL. */
export function stepPath(step: number): string {
	return `/tour/${step}`;
}

/** A step number kept within 1…count. */
export function clampStep(step: number, count: number): number {
	return Math.min(count, Math.max(1, Math.round(step)));
}
