import { describe, expect, it } from 'vitest';
import { enabledPatches, PATCHES } from './patches';

describe('enabledPatches', () => {
	it('turns every patch on by default', () => {
		expect([...enabledPatches('all')]).toEqual([...PATCHES]);
		expect([...enabledPatches('')]).toEqual([...PATCHES]);
	});
	it('turns none on for none, and only the named ones for a list', () => {
		expect(enabledPatches('none').size).toBe(0);
		expect([...enabledPatches('click-hold, first-draw')]).toEqual(['first-draw', 'click-hold']);
	});
	it('ignores a name it does not know', () => {
		expect([...enabledPatches('first-draw,warp-drive')]).toEqual(['first-draw']);
	});
});
