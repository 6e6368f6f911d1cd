import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatDate,
	formatDateRange,
	formatMeasurement,
	formatPublished
} from './format';

describe('format', () => {
	it('writes dates the way the article’s readers do', () => {
		expect(formatDate('2016-12-15')).toBe('15 December 2016');
		expect(formatDate('2016-12-15', 'ru')).toBe('15 декабря 2016 г.');
		expect(formatDate('2016-12-15', 'ja')).toBe('2016年12月15日');
	});
	it('shortens ranges within a month or a year', () => {
		expect(formatDateRange('2016-12-15', '2016-12-16')).toBe('15–16 December 2016');
		expect(formatDateRange('2017-06-30', '2017-07-02')).toBe('30 June – 2 July 2017');
		expect(formatDateRange('2016-12-31', '2017-01-01')).toBe('31 December 2016 – 1 January 2017');
		expect(formatDateRange('2016-05-06')).toBe('6 May 2016');
	});
	it('shortens ranges in Russian and Japanese the way each writes them', () => {
		expect(formatDateRange('2016-12-15', '2016-12-16', 'ru')).toBe('15–16 декабря 2016 г.');
		expect(formatDateRange('2017-06-30', '2017-07-02', 'ru')).toBe('30 июня – 2 июля 2017 г.');
		expect(formatDateRange('2016-12-15', '2016-12-16', 'ja')).toBe('2016年12月15日～16日');
		expect(formatDateRange('2017-06-30', '2017-07-02', 'ja')).toBe('2017年6月30日～7月2日');
		expect(formatDateRange('2016-12-31', '2017-01-01', 'ja')).toBe('2016年12月31日～2017年1月1日');
	});
	it('groups thousands in measurements, with the unit in the reader’s language', () => {
		expect(formatMeasurement({ value: 3168, unit: 'km²' })).toBe('3,168 km²');
		expect(formatMeasurement({ value: 42.3, unit: 'km' })).toBe('42.3 km');
		// Russian groups with a (no-break) space and writes the decimal comma.
		expect(formatMeasurement({ value: 3168, unit: 'km²' }, 'ru')).toBe('3\u00a0168 км²');
		expect(formatMeasurement({ value: 42.3, unit: 'km' }, 'ru')).toBe('42,3 км');
		expect(formatMeasurement({ value: 3168, unit: 'km²' }, 'ja')).toBe('3,168 km²');
	});
	it('writes a published figure, “about” when its source gives a round figure', () => {
		expect(formatPublished({ value: 9289, unit: 'km' })).toBe('9,289 km');
		expect(formatPublished({ value: 800, unit: 'km', approximate: true })).toBe('about 800 km');
		expect(formatPublished({ value: 800, unit: 'km', approximate: true }, 'ru')).toBe(
			'около 800 км'
		);
		expect(formatPublished({ value: 800, unit: 'km', approximate: true }, 'ja')).toBe('約800 km');
		expect(formatPublished({ value: 3166.6, unit: 'km²' }, 'ru')).toBe('3\u00a0166,6 км²');
	});
});

describe('formatBytes', () => {
	const nbsp = '\u00a0';
	it('reads as browsers show sizes, in the page’s language', () => {
		expect(formatBytes(12_345)).toBe(`12${nbsp}kB`);
		expect(formatBytes(1_234)).toBe(`1.2${nbsp}kB`);
		expect(formatBytes(1_234_567)).toBe(`1.2${nbsp}MB`);
		expect(formatBytes(35_840, 'ru')).toBe(`36${nbsp}кБ`);
		expect(formatBytes(3_210_000, 'ru')).toBe(`3,2${nbsp}МБ`);
		expect(formatBytes(12_600_000, 'ja')).toBe(`13${nbsp}MB`);
		expect(formatBytes(10_737_418_240, 'en')).toBe(`11${nbsp}GB`);
		expect(formatBytes(2_150_000_000, 'ru')).toBe(`2,2${nbsp}ГБ`);
	});
});
