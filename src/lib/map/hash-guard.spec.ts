import { describe, expect, it } from 'vitest';
import { parseHash } from './camera';
import { saneHash } from './hash-guard';

/** What MapLibre's own `hash` option accepts (its Hash._isValidHash, for this map's zoom range). */
function maplibreAccepts(hash: string): boolean {
	const parts = hash.replace(/^#/, '').split('/');
	if (parts.length < 3 || parts.some((p) => isNaN(+p))) return false;
	const [zoom, lat] = parts.map(Number);
	return Math.abs(lat) <= 90 && zoom >= 1 && zoom <= 14;
}

describe('saneHash', () => {
	it('keeps a good view, and hashes that are not views at all', () => {
		for (const hash of ['#6/45/147.8', '#4.5/-33.1/151.2', '', '#', '#panel', '#step-3'])
			expect(saneHash(hash)).toBe(hash);
	});

	it('clamps a zoom beyond the map’s range, which MapLibre would ignore for 0/0/0', () => {
		expect(saneHash('#20/45/140')).toBe('#14/45/140');
		expect(saneHash('#0/45/140')).toBe('#1/45/140');
	});

	it.each([
		'#99/999/999',
		'#-5/100/500',
		'#2/NaN/Infinity',
		'#2/10/Infinity',
		'#2/10/1e308',
		'#1e1/45/140',
		'#0x5/45/140',
		'#6/<script>/10',
		'#a/b/c',
		'#6//10'
	])('drops %j, so the map falls back to the page’s own view', (hash) => {
		expect(saneHash(hash)).toBe('');
	});

	it('only ever leaves MapLibre a view that parseHash accepts too', () => {
		const samples = ['#2/10/Infinity', '#20/45/140', '#1e1/45/140', '#6/45/147.8', '#2/0/1e308'];
		for (const hash of samples) {
			const next = saneHash(hash);
			if (maplibreAccepts(next)) expect(parseHash(next), hash).not.toBeNull();
		}
	});
});
