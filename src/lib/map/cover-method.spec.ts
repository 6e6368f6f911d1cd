import { describe, expect, it } from 'vitest';
import { coverMethod } from './cover-method';

class Thing {
	name() {
		return 'prototype';
	}
}

describe('coverMethod', () => {
	it('covers a prototype method, and uncovering leaves the prototype’s showing', () => {
		const thing = new Thing();
		const uncover = coverMethod(thing, 'name', () => 'cover');
		expect(thing.name()).toBe('cover');
		uncover();
		expect(thing.name()).toBe('prototype');
		expect(Object.hasOwn(thing, 'name')).toBe(false);
	});

	it('puts back an own method, once, however often it is uncovered', () => {
		const thing = { name: () => 'own' };
		const uncover = coverMethod(thing, 'name', () => 'cover');
		uncover();
		thing.name = () => 'later';
		uncover();
		expect(thing.name()).toBe('later');
	});
});
