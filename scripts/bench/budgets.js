// The site's speed and size budgets: one list, read by `npm run bench` to say which are met and
// written with its figures into docs/performance.md.

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const APP = ['home', 'place', 'tour'];
/** The largest figure over the site's own pages (not the bare MapLibre page). */
const worst = (r, of) => Math.max(...APP.map((k) => of(r.pages[k])));

export const BUDGETS = [
	{
		name: 'home map:ready ÷ bare MapLibre',
		limit: 1.25,
		unit: '×',
		figure: (r) => Math.round(r.ratio * 100) / 100
	},
	{
		name: 'JavaScript beyond MapLibre, first view',
		limit: 60,
		unit: 'KiB gzip',
		figure: (r) => worst(r, (p) => kib(p.bytes.js - p.bytes.maplibreJs))
	},
	{
		name: 'geo data, first view',
		limit: 250,
		unit: 'KiB gzip',
		figure: (r) => worst(r, (p) => kib(p.bytes.geo))
	},
	{
		// Everything the service worker fetched, the part the HTTP cache answered included
		// (scripts/bench/first-visit.js): the figure for a browser that kept nothing.
		name: 'first visit: service worker fetches, English page',
		limit: 1.5,
		unit: 'MB gzip',
		figure: (r) =>
			r.firstVisit?.en ? Math.round((r.firstVisit.en.gzipBytes / 1_000_000) * 100) / 100 : NaN
	},
	{
		name: 'click → panel p95',
		limit: 100,
		unit: 'ms',
		figure: (r) => r.clickToPanelMs?.p95 ?? NaN
	}
];

/** Each budget with this run's figure and whether it is met. */
export const checkBudgets = (results) =>
	BUDGETS.map((b) => {
		const figure = b.figure(results);
		return { name: b.name, limit: b.limit, unit: b.unit, figure, met: figure <= b.limit };
	});
