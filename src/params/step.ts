import type { ParamMatcher } from '@sveltejs/kit';

/** A tour step number as it appears in a URL: 1, 2, … (no leading zeros, signs or decimals). */
export const match: ParamMatcher = (param) => /^[1-9]\d{0,3}$/.test(param);
