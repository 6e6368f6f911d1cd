import { describe, expect, it } from 'vitest';
import { content, q, site } from '$lib/server/content';
import {
	applyTableState,
	buildTable,
	DEFAULT_STATE,
	MAX_QUERY,
	parseTableState,
	serializeTableState,
	toggleSort,
	type TableState
} from './table-state';

const { rows, options } = buildTable(content.agreements, q, site.sectors);
const parse = (search: string) => parseTableState(search, options);
const slugs = (state: Partial<TableState>) =>
	applyTableState(rows, { ...DEFAULT_STATE, ...state }).map((r) => r.agreement.slug);

describe('parseTableState', () => {
	it('reads every filter and the sort order', () => {
		expect(parse('?sector=energy&party=mitsui&status=signed&q=lng&sort=value&dir=desc')).toEqual({
			sector: 'energy',
			party: 'mitsui',
			status: 'signed',
			q: 'lng',
			sort: 'value',
			dir: 'desc'
		});
	});

	it('gives the defaults for an empty or missing query', () => {
		expect(parse('')).toEqual(DEFAULT_STATE);
		expect(parseTableState(undefined, options)).toEqual(DEFAULT_STATE);
		expect(parseTableState(null, options)).toEqual(DEFAULT_STATE);
		expect(parseTableState(new URLSearchParams(), options)).toEqual(DEFAULT_STATE);
	});

	it('falls back to defaults for unknown values, one field at a time', () => {
		const state = parse('?sector=mining&party=acme&status=maybe&sort=colour&dir=up&q=gas');
		expect(state).toEqual({ ...DEFAULT_STATE, q: 'gas' });
		expect(parse('?sector=ENERGY').sector).toBe('');
		expect(parse('?party=__proto__').party).toBe('');
		expect(parse('?sort=constructor').sort).toBe('date');
	});

	it('starts a sorted column in its first direction when none is given', () => {
		expect(parse('?sort=value')).toMatchObject({ sort: 'value', dir: 'desc' });
		expect(parse('?sort=title')).toMatchObject({ sort: 'title', dir: 'asc' });
		expect(parse('?dir=desc')).toMatchObject({ sort: 'date', dir: 'desc' });
	});

	it('never throws on malformed or hostile input', () => {
		const hostile = [
			'%',
			'%E0%A4%A',
			'?q=%ZZ',
			'&&&==&',
			'?q=<script>alert(1)</script>',
			'?sector[]=energy&sector=energy',
			'?q=' + 'x'.repeat(10_000),
			'?\u0000=\u0000',
			'?q=\uD800'
		];
		for (const h of hostile) expect(() => parse(h)).not.toThrow();
		expect(() => parseTableState(42 as unknown as string, options)).not.toThrow();
	});

	it('keeps a hostile search as plain text, cut to a sane length', () => {
		expect(parse('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').q).toBe('<script>alert(1)</script>');
		expect(parse('?q=' + 'x'.repeat(10_000)).q).toHaveLength(MAX_QUERY);
		expect(parse('?q=two+words').q).toBe('two words');
	});

	it('takes the first of repeated parameters', () => {
		expect(parse('?sector=energy&sector=health').sector).toBe('energy');
	});
});

describe('serializeTableState', () => {
	it('writes nothing for the defaults', () => {
		expect(serializeTableState(DEFAULT_STATE)).toBe('');
	});

	it('round-trips through parse', () => {
		const states: TableState[] = [
			{ sector: 'energy', party: 'mitsui', status: 'signed', q: 'lng', sort: 'value', dir: 'desc' },
			{ ...DEFAULT_STATE, q: '<img src=x onerror=alert(1)> & more' },
			{ ...DEFAULT_STATE, dir: 'desc' },
			{ ...DEFAULT_STATE, sort: 'status', dir: 'asc' }
		];
		for (const s of states) expect(parse(serializeTableState(s))).toEqual(s);
	});

	it('writes the documented form', () => {
		const s = serializeTableState({
			sector: 'energy',
			party: 'mitsui',
			status: 'signed',
			q: 'lng',
			sort: 'value',
			dir: 'desc'
		});
		expect(s).toBe('?sector=energy&party=mitsui&status=signed&q=lng&sort=value&dir=desc');
	});
});

describe('toggleSort', () => {
	it('flips the same column and starts another in its first direction', () => {
		const byValue = toggleSort(DEFAULT_STATE, 'value');
		expect(byValue).toMatchObject({ sort: 'value', dir: 'desc' });
		expect(toggleSort(byValue, 'value')).toMatchObject({ sort: 'value', dir: 'asc' });
		expect(toggleSort(DEFAULT_STATE, 'date')).toMatchObject({ sort: 'date', dir: 'desc' });
	});
});

describe('applyTableState', () => {
	it('keeps every agreement, by date, with no filters', () => {
		const all = applyTableState(rows, DEFAULT_STATE);
		expect(all).toHaveLength(content.agreements.length);
		const dates = all.map((r) => r.agreement.date);
		expect(dates).toEqual([...dates].sort());
	});

	it('filters by sector, party and status together', () => {
		const expected = content.agreements
			.filter((a) => a.sector === 'energy' && a.parties.includes('mitsui') && a.status === 'signed')
			.map((a) => a.slug);
		expect(expected.length).toBeGreaterThan(0);
		expect(slugs({ sector: 'energy', party: 'mitsui', status: 'signed' }).sort()).toEqual(
			expected.sort()
		);
	});

	it('searches with the explorer’s rules, including the article’s spellings', () => {
		const found = slugs({ q: 'Sojits' });
		expect(found).toEqual(
			content.agreements.filter((a) => a.parties.includes('sojitz')).map((a) => a.slug)
		);
		expect(slugs({ q: '<script>' })).toEqual([]);
	});

	it('sorts values by currency, then amount, never converting; no figure comes last', () => {
		const desc = applyTableState(rows, { ...DEFAULT_STATE, sort: 'value', dir: 'desc' });
		const values = desc.map((r) => r.agreement.value);
		const usd = content.agreements
			.flatMap((a) => (a.value?.currency === 'USD' ? [a.value.amount] : []))
			.sort((a, b) => b - a);
		expect(values[0]).toMatchObject({ currency: 'USD', amount: usd[0] });
		const currencies = values.flatMap((v) => (v ? [v.currency] : []));
		expect(currencies).toEqual(
			[...currencies].sort((a, b) => (a === b ? 0 : a === 'USD' ? -1 : 1))
		);
		const firstMissing = values.findIndex((v) => !v);
		expect(values.slice(firstMissing).every((v) => !v)).toBe(true);

		const asc = applyTableState(rows, { ...DEFAULT_STATE, sort: 'value', dir: 'asc' });
		expect(asc[0].agreement.value).toMatchObject({ currency: 'USD', amount: usd.at(-1) });
		expect(asc.at(-1)?.agreement.value).toBeUndefined();
	});

	it('sorts statuses from firmest to loosest', () => {
		const order = applyTableState(rows, { ...DEFAULT_STATE, sort: 'status' }).map(
			(r) => r.agreement.status
		);
		expect(order[0]).toBe('signed');
		expect(order.at(-1)).toBe('discussed');
	});

	it('sorts titles alphabetically both ways', () => {
		const asc = slugs({ sort: 'title', dir: 'asc' });
		expect(slugs({ sort: 'title', dir: 'desc' })).toEqual([...asc].reverse());
	});
});
