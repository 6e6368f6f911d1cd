/**
 * A teacher's own tour (`/tour/new`), carried whole in its URL: the site is static, so there is no
 * server to keep it, and a link (or the share dialog's QR code) must open it on any device.
 *
 * What a link holds is only what the teacher chose and wrote: which steps, in which order (each a
 * reference to a built-in step or to a place, agreement or event) and the teacher's own title,
 * narrative and notes where they differ from the record's. Everything else (the camera's places,
 * the article's quotes, the default texts) is looked up in the site's own content when the link
 * opens, in the reader's language. So the quotes cannot be edited: they are never in the link.
 *
 * Encoding, version 1: `1.` + base64url(deflate-raw(UTF-8 JSON)). `fflate` compresses (the
 * project already installs it through Paraglide; about 8 kB for both directions) and its streaming
 * inflater lets decoding stop at a size limit, so a small hostile link cannot expand into a huge
 * one. The version sits outside the compressed part, so a link from a later format is recognised
 * as such before anything is decompressed.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import type { Queries } from '$lib/content/queries';
import type { ShownSource, TourStep } from '$lib/content/schema';
import { CUSTOM_TOUR_STEPS } from './custom-steps.js';

/** The format's version, the link's first characters. */
export const TOUR_VERSION = 1;

/** Limits a custom tour keeps, stated on /tour/new (LIMITS there reads these). */
export const LIMITS = {
	/** Each step number is a prerendered page: src/lib/site-pages.js. */
	steps: CUSTOM_TOUR_STEPS,
	name: 120,
	title: 120,
	narrative: 2000,
	notes: 2000,
	/** Characters after `#t=`: links longer than this are refused unread. */
	link: 60_000,
	/** Bytes of JSON a link may expand to: more than 30 full steps of Japanese text need. */
	json: 600_000
} as const;

/** The kinds of thing a step can be made from, and the letter each has in a reference. */
export const STEP_KINDS = { t: 'tour', p: 'place', a: 'agreement', e: 'event' } as const;
export type StepKind = (typeof STEP_KINDS)[keyof typeof STEP_KINDS];

const REF = /^[tpae]:[a-z0-9]+(?:-[a-z0-9]+)*$/;

const OwnText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** One step as a link holds it: a reference and, where the teacher changed them, their words. */
export const CustomStepSchema = v.strictObject({
	/** `t:<tour step slug>`, `p:<place>`, `a:<agreement>` or `e:<event>`. */
	r: v.pipe(v.string(), v.maxLength(120), v.regex(REF)),
	t: v.optional(OwnText(LIMITS.title)),
	x: v.optional(OwnText(LIMITS.narrative)),
	o: v.optional(OwnText(LIMITS.notes))
});

/** The whole tour as a link holds it. */
export const CustomTourSchema = v.strictObject({
	n: v.optional(OwnText(LIMITS.name)),
	s: v.pipe(v.array(CustomStepSchema), v.minLength(1), v.maxLength(LIMITS.steps))
});

export type CustomStep = v.InferOutput<typeof CustomStepSchema>;
export type CustomTour = v.InferOutput<typeof CustomTourSchema>;

/** Why a link could not be opened: each has its own message on the page. */
export type DecodeError = 'empty' | 'version' | 'size' | 'corrupt' | 'invalid' | 'unknown';

export type Decoded = { ok: true; tour: CustomTour } | { ok: false; error: DecodeError };

/** Bytes as URL-safe base64 without padding (RFC 4648 §5): nothing in it needs escaping. */
function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** A tour as the text after `#t=`. */
export function encodeTour(tour: CustomTour): string {
	const json = JSON.stringify(v.parse(CustomTourSchema, tour));
	return `${TOUR_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** Inflates at most `limit` bytes; null if the data is broken, unfinished or larger. */
function inflateCapped(data: Uint8Array, limit: number): Uint8Array | null {
	const parts: Uint8Array[] = [];
	let size = 0;
	let done = false;
	const inflater = new Inflate((chunk, final) => {
		size += chunk.length;
		// Thrown out of push(): inflating stops here instead of running to the end.
		if (size > limit) throw new RangeError('over the limit');
		parts.push(chunk);
		if (final) done = true;
	});
	try {
		inflater.push(data, true);
	} catch {
		return null;
	}
	if (!done) return null;
	const out = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/**
 * The tour a link's text holds, checked: never throws, whatever the text. It says only whether
 * the link is well-formed; whether its references exist is `resolveTour`'s question.
 */
export function decodeTour(text: string | null | undefined): Decoded {
	if (!text) return { ok: false, error: 'empty' };
	if (text.length > LIMITS.link) return { ok: false, error: 'size' };
	const dot = text.indexOf('.');
	if (dot < 0 || text.slice(0, dot) !== String(TOUR_VERSION))
		return { ok: false, error: /^\d+\./.test(text) ? 'version' : 'corrupt' };
	const bytes = fromBase64Url(text.slice(dot + 1));
	if (!bytes || !bytes.length) return { ok: false, error: 'corrupt' };
	const json = inflateCapped(bytes, LIMITS.json);
	if (!json) return { ok: false, error: 'corrupt' };
	let raw: unknown;
	try {
		raw = JSON.parse(strFromU8(json));
	} catch {
		return { ok: false, error: 'corrupt' };
	}
	const parsed = v.safeParse(CustomTourSchema, raw);
	return parsed.success ? { ok: true, tour: parsed.output } : { ok: false, error: 'invalid' };
}

/** The `t` of a URL's hash (`#t=1.abc`), or null. */
export function tourParam(hash: string): string | null {
	return new URLSearchParams(hash.replace(/^#/, '')).get('t');
}

/** Where a custom tour's pages are; the tour rides along in the hash, never sent to the host. */
export const customPaths = {
	step: (n: number, code: string) => `/tour/custom/${n}#t=${code}`,
	presenter: (code: string) => `/tour/custom/presenter#t=${code}`,
	print: (code: string) => `/tour/custom/print#t=${code}`,
	/** The editor; with a link's text (even a broken one), it opens that tour or says what is wrong. */
	editor: (code?: string) => (code === undefined ? '/tour/new' : `/tour/new#t=${code}`)
};

/** A step ready to show: what the projected step, the presenter view and the handout read. */
export interface ShownStep {
	ref: string;
	kind: StepKind;
	title: string;
	narrative: string;
	/** The article's sentences, verbatim (with their translation on a translated page). */
	source: ShownSource[];
	/** Highlighted and fitted: the camera comes from these. */
	places: string[];
	agreements: string[];
	notes: string[];
}

/** What a reference points at, in the page's language. */
export interface Lookup {
	q: Queries;
	tour: readonly TourStep[];
}

/** The notes as a list: one per line, blank lines dropped. */
export const notesList = (notes: string): string[] =>
	notes
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/**
 * A step from what a reference points at, before the teacher's changes: a built-in step as it is;
 * a place, agreement or event with its own places (for the camera), its summary as the narrative
 * and its sentences of the article. Null when the reference names nothing the site has, or
 * something with no place to show.
 */
export function baseStep(ref: string, { q, tour }: Lookup): ShownStep | null {
	if (!REF.test(ref)) return null;
	const kind = STEP_KINDS[ref[0] as keyof typeof STEP_KINDS];
	const slug = ref.slice(2);
	const made = (s: Omit<ShownStep, 'ref' | 'kind'>): ShownStep | null =>
		s.places.length ? { ref, kind, ...s } : null;
	switch (kind) {
		case 'tour': {
			const step = tour.find((t) => t.slug === slug);
			return step
				? made({
						title: step.title,
						narrative: step.narrative,
						source: step.source,
						places: step.places,
						agreements: step.agreements,
						notes: step.notes ?? []
					})
				: null;
		}
		case 'place': {
			const place = q.place(slug);
			return place
				? made({
						title: place.name,
						narrative: place.summary,
						source: place.source,
						places: [place.slug],
						agreements: q.agreementsFor(place.slug).concerning.map((a) => a.slug),
						notes: []
					})
				: null;
		}
		case 'agreement': {
			const agreement = q.agreement(slug);
			return agreement
				? made({
						title: agreement.title,
						narrative: agreement.summary,
						source: agreement.source,
						// The same set the agreement's own page selects, so the handout's map exists.
						places: q.involvedPlaces(agreement).map((p) => p.slug),
						agreements: [agreement.slug],
						notes: []
					})
				: null;
		}
		case 'event': {
			const event = q.event(slug);
			return event
				? made({
						title: event.title,
						narrative: event.summary,
						source: event.source,
						places: event.places,
						agreements: q.agreementsAt(event.slug).map((a) => a.slug),
						notes: []
					})
				: null;
		}
	}
}

/** A step with the teacher's words over the record's; the quotes stay the record's own. */
export function shownStep(step: CustomStep, lookup: Lookup): ShownStep | null {
	const base = baseStep(step.r, lookup);
	if (!base) return null;
	return {
		...base,
		title: step.t?.trim() || base.title,
		narrative: step.x?.trim() || base.narrative,
		notes: step.o !== undefined ? notesList(step.o) : base.notes
	};
}

/** Every step of a tour, or null if any names something the site does not have. */
export function resolveTour(tour: CustomTour, lookup: Lookup): ShownStep[] | null {
	const steps = tour.s.map((s) => shownStep(s, lookup));
	return steps.every((s) => s !== null) ? (steps as ShownStep[]) : null;
}

/** A link's tour, decoded and resolved: the one call the tour's pages make. */
export function openTour(
	text: string | null,
	lookup: Lookup
): { ok: true; tour: CustomTour; steps: ShownStep[] } | { ok: false; error: DecodeError } {
	const decoded = decodeTour(text);
	if (!decoded.ok) return decoded;
	const steps = resolveTour(decoded.tour, lookup);
	return steps ? { ok: true, tour: decoded.tour, steps } : { ok: false, error: 'unknown' };
}
