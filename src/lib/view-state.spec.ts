import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, withViewState } from './view-state';

const parse = (qs: string) => parseViewState(new URLSearchParams(qs));

describe('parseViewState', () => {
	it('reads hidden layers, search and sector', () => {
		expect(parse('hide=railway,energy&q=Mitsui&sector=energy')).toEqual({
			hide: ['energy', 'railway'],
			q: 'Mitsui',
			sector: 'energy'
		});
	});

	it.each([
		'',
		'hide=',
		'hide=,,,',
		'hide=bogus',
		'sector=weapons',
		'sector=__proto__',
		'hide=constructor&sector=toString',
		'%E0%A4%A',
		'q=%00%01%02',
		'sector=%3Cb%3Ex%3C%2Fb%3E',
		'hide=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		'hide=venue%00',
		'sector=%%%25%zz',
		'sector=ENERGY&hide=VENUE'
	])('falls back to the default for %j without throwing', (qs) => {
		expect(parse(qs)).toEqual(DEFAULT_VIEW_STATE);
	});

	it('keeps hostile text as text, cut to a sane length', () => {
		const hostile = '<img src=x onerror=alert(1)>';
		expect(parse(`q=${encodeURIComponent(hostile)}`).q).toBe(hostile);
		const script = '<script>alert(1)</script>';
		expect(parse(`q=${encodeURIComponent(script)}`).q).toBe(script);
		expect(parse(`q=${'a'.repeat(5000)}`).q).toHaveLength(100);
		expect(parse(`q=${'<'.repeat(1_000_000)}`).q).toBe('<'.repeat(100));
	});

	it('drops line breaks and other control characters from the search', () => {
		expect(parse('q=Mit%0Asui%0D%09').q).toBe('Mitsui');
	});

	it('ignores repeated and unknown kinds but keeps the known ones', () => {
		expect(parse('hide=venue,venue,nope,disputed').hide).toEqual(['venue', 'disputed']);
	});
});

describe('withViewState', () => {
	const base = new URL('http://x.example.org/places/tokyo?other=1#6/45/147.8');

	it('round-trips through the query string', () => {
		const state = { hide: ['railway' as const], q: 'LNG', sector: 'energy' as const };
		const url = withViewState(base, state);
		expect(parseViewState(url.searchParams)).toEqual(state);
	});

	it('keeps the path, other parameters and the map hash', () => {
		const url = withViewState(base, { hide: ['venue'], q: '', sector: '' });
		expect(url.pathname).toBe('/places/tokyo');
		expect(url.searchParams.get('other')).toBe('1');
		expect(url.hash).toBe('#6/45/147.8');
	});

	it('writes only the keys asked for', () => {
		const url = withViewState(
			new URL('http://x.example.org/agreements?sector=energy&q=lng'),
			{ hide: ['railway'], q: '', sector: '' },
			['hide']
		);
		expect(url.search).toBe('?sector=energy&q=lng&hide=railway');
	});

	it('leaves defaults out of the URL', () => {
		const url = withViewState(new URL('http://x.example.org/?hide=venue&q=a'), DEFAULT_VIEW_STATE);
		expect(url.search).toBe('');
	});
});
