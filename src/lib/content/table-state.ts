/**
 * The agreements table's filters and sort order, kept in the URL query string
 * (`?sector=energy&party=mitsui&status=signed&q=lng&sort=value&dir=desc`) so a reload or a shared
 * link restores them. Parsing never throws: anything unknown falls back to its default.
 */
import { matches, searchText, type Queries } from './queries';
import {
	CURRENCIES,
	SECTORS,
	STATUSES,
	type Agreement,
	type Sector,
	type Site,
	type Status
} from './schema';

export const SORT_KEYS = ['title', 'parties', 'sector', 'value', 'date', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface TableState {
	sector: Sector | '';
	/** An organisation slug. */
	party: string;
	status: Status | '';
	q: string;
	sort: SortKey;
	dir: SortDir;
}

/** The order a column sorts in on its first click: the largest value first, the rest A→Z. */
export const FIRST_DIR: Record<SortKey, SortDir> = {
	title: 'asc',
	parties: 'asc',
	sector: 'asc',
	value: 'desc',
	date: 'asc',
	status: 'asc'
};

export const DEFAULT_STATE: TableState = {
	sector: '',
	party: '',
	status: '',
	q: '',
	sort: 'date',
	dir: 'asc'
};

/** Long enough for any real search; a longer `q` is cut so a hostile URL cannot bloat the page. */
export const MAX_QUERY = 100;

/** What the filters may hold: the sectors and parties that occur in the agreements. */
export interface TableOptions {
	sectors: readonly Sector[];
	parties: readonly string[];
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
	allowed.find((a) => a === value);

export function parseTableState(
	input: URLSearchParams | string | null | undefined,
	options: TableOptions
): TableState {
	try {
		const params = input instanceof URLSearchParams ? input : new URLSearchParams(input ?? '');
		const sort = pick(params.get('sort'), SORT_KEYS) ?? DEFAULT_STATE.sort;
		const defaultDir = params.has('sort') ? FIRST_DIR[sort] : DEFAULT_STATE.dir;
		return {
			sector: pick(params.get('sector'), options.sectors) ?? '',
			party: pick(params.get('party'), options.parties) ?? '',
			status: pick(params.get('status'), STATUSES) ?? '',
			q: (params.get('q') ?? '').slice(0, MAX_QUERY),
			sort,
			dir: pick(params.get('dir'), ['asc', 'desc'] as const) ?? defaultDir
		};
	} catch {
		return { ...DEFAULT_STATE };
	}
}

/** The query string for a state, `?…` or '' when everything is at its default. */
export function serializeTableState(state: TableState): string {
	const params = new URLSearchParams();
	if (state.sector) params.set('sector', state.sector);
	if (state.party) params.set('party', state.party);
	if (state.status) params.set('status', state.status);
	if (state.q) params.set('q', state.q);
	if (state.sort !== DEFAULT_STATE.sort) {
		params.set('sort', state.sort);
		params.set('dir', state.dir);
	} else if (state.dir !== DEFAULT_STATE.dir) params.set('dir', state.dir);
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** Clicking a header: the same column flips its order, another starts at its first order. */
export function toggleSort(state: TableState, key: SortKey): TableState {
	const dir = state.sort === key ? (state.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[key];
	return { ...state, sort: key, dir };
}

/** One table row: the agreement and the text its cells show, computed once. */
export interface Row {
	agreement: Agreement;
	/** Lowercased search text (`searchText` from queries). */
	text: string;
	parties: string;
	sector: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The rows of every agreement, and the sectors and parties that occur in them (A→Z). */
export function buildTable(
	agreements: readonly Agreement[],
	q: Queries,
	sectorLabels: Site['sectors'],
	/** What joins the parties' names: ", " in English, "、" in Japanese. */
	separator = ', '
): { rows: Row[]; options: TableOptions } {
	const rows = agreements.map((agreement) => ({
		agreement,
		text: searchText({ kind: 'agreement', agreement }, q),
		parties: q
			.partiesOf(agreement)
			.map((o) => o.name)
			.join(separator),
		sector: sectorLabels[agreement.sector]
	}));
	const sectors = SECTORS.filter((s) => agreements.some((a) => a.sector === s)).sort((a, b) =>
		collator.compare(sectorLabels[a], sectorLabels[b])
	);
	const parties = [...new Set(agreements.flatMap((a) => a.parties))].sort((a, b) =>
		collator.compare(q.organisation(a)?.name ?? a, q.organisation(b)?.name ?? b)
	);
	return { rows, options: { sectors, parties } };
}

/**
 * Sorting by value never converts currencies: dollar amounts come first, then euro amounts, each
 * ordered by amount in the chosen direction; agreements without a figure always come last.
 */
function compareValue(a: Agreement, b: Agreement, sign: number): number {
	if (!a.value || !b.value) return (a.value ? 0 : 1) - (b.value ? 0 : 1);
	const byCurrency = CURRENCIES.indexOf(a.value.currency) - CURRENCIES.indexOf(b.value.currency);
	return byCurrency || sign * (a.value.amount - b.value.amount);
}

function compareBy(key: SortKey, a: Row, b: Row): number {
	switch (key) {
		case 'title':
			return collator.compare(a.agreement.title, b.agreement.title);
		case 'parties':
			return collator.compare(a.parties, b.parties);
		case 'sector':
			return collator.compare(a.sector, b.sector);
		case 'date':
			return a.agreement.date.localeCompare(b.agreement.date);
		// From firmest to loosest, as the schema lists them: signed, agreed, proposed, discussed.
		case 'status':
			return STATUSES.indexOf(a.agreement.status) - STATUSES.indexOf(b.agreement.status);
		default:
			return 0;
	}
}

/** The rows the state's filters keep, in its sort order (ties: by date, then title). */
export function applyTableState(rows: readonly Row[], state: TableState): Row[] {
	const sign = state.dir === 'desc' ? -1 : 1;
	const primary = (a: Row, b: Row) =>
		state.sort === 'value'
			? compareValue(a.agreement, b.agreement, sign)
			: sign * compareBy(state.sort, a, b);
	return rows
		.filter(
			({ agreement: a, text }) =>
				(!state.sector || a.sector === state.sector) &&
				(!state.party || a.parties.includes(state.party)) &&
				(!state.status || a.status === state.status) &&
				matches(text, state.q)
		)
		.sort(
			(a, b) =>
				primary(a, b) ||
				compareBy('date', a, b) ||
				collator.compare(a.agreement.title, b.agreement.title)
		);
}
