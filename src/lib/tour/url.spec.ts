import { describe, expect, it } from 'vitest';
import { clampStep, stepFromParam, stepPath } from './url';

describe('stepFromParam', () => {
	it('reads step numbers within the tour', () => {
		expect(stepFromParam('3', 13)).toBe(3);
		expect(stepFromParam('1', 13)).toBe(1);
		expect(stepFromParam('13', 13)).toBe(13);
	});

	it.each(['0', '14', '99', '100000'])('rejects %j as out of range', (param) => {
		expect(stepFromParam(param, 13)).toBeNull();
	});

	it.each(['', '03', '3a', 'a3', '-1', '+3', '1.0', '1e1', ' 3', '3 ', 'three', '٣'])(
		'rejects malformed %j',
		(param) => {
			expect(stepFromParam(param, 13)).toBeNull();
		}
	);

	it('rejects missing values', () => {
		expect(stepFromParam(undefined, 13)).toBeNull();
		expect(stepFromParam(null, 13)).toBeNull();
	});
});

describe('stepPath', () => {
	it('round-trips with stepFromParam', () => {
		for (let n = 1; n <= 13; n++) {
			const path = stepPath(n);
			expect(path).toBe(`/tour/${n}`);
			expect(stepFromParam(path.split('/').at(-1), 13)).toBe(n);
		}
	});
});

describe('clampStep', () => {
	it('keeps steps within the tour', () => {
		expect(clampStep(0, 9)).toBe(1);
		expect(clampStep(10, 9)).toBe(9);
		expect(clampStep(4, 9)).toBe(4);
	});
});
