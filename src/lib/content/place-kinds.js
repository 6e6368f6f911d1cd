// The kinds of place, in the legend's order. Plain JavaScript, so that scripts/build-geo.js (plain
// Node, run before Vite) checks geometry.json against the same list the schema (kinds.ts) uses.
export const PLACE_KINDS = /** @type {const} */ ([
	'venue',
	'energy',
	'infrastructure',
	'disputed',
	'railway'
]);
