// How many steps a teacher's own tour may have. Plain JavaScript with no imports: the page list
// (src/lib/site-pages.js, read by svelte.config.js before Vite runs) prerenders one page for each
// number, and the browser's tour code (./custom.ts) reads the same limit without the page list,
// which would bring every content file into the browser's bundle.
export const CUSTOM_TOUR_STEPS = 30;
