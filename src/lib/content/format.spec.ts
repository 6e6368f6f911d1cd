import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatMeasurement, plural } from './format';

describe('format', () => {
	it('writes dates the way the article’s readers do', () => {
		expect(formatDate('2016-12-15')).toBe('15 December 2016');
	});
	it('shortens ranges within a month or a year', () => {
		expect(formatDateRange('2016-12-15', '2016-12-16')).toBe('15–16 December 2016');
		expect(formatDateRange('2017-06-30', '2017-07-02')).toBe('30 June – 2 July 2017');
		expect(formatDateRange('2016-12-31', '2017-01-01')).toBe('31 December 2016 – 1 January 2017');
		expect(formatDateRange('2016-05-06')).toBe('6 May 2016');
	});
	it('groups thousands in measurements', () => {
		expect(formatMeasurement({ value: 3168, unit: 'km²' })).toBe('3,168 km²');
		expect(formatMeasurement({ value: 42.3, unit: 'km' })).toBe('42.3 km');
	});
	it('counts in words', () => {
		expect(plural(1, 'agreement')).toBe('1 agreement');
		expect(plural(0, 'agreement')).toBe('0 agreements');
	});
});
