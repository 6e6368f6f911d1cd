// The /data page and its files, as the build writes them.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ja from '../../messages/ja.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import { page, served, text } from './build';

const FILES = [
	'places.geojson',
	'agreements.csv',
	'agreements.json',
	'events.csv',
	'events.json'
];

describe('/data', () => {
	it('lists every file with a link and its real size', () => {
		const $ = page('/data');
		const rows = $('tr[data-file]').toArray();
		expect(rows.map((r) => $(r).attr('data-file'))).toEqual(FILES);
		for (const row of rows) {
			const name = $(row).attr('data-file')!;
			expect($(row).find('a').attr('href')).toBe(`/data/${name}`);
			const file = served(`/data/${name}`);
			expect(file, name).not.toBeNull();
			expect(Number($(row).find('[data-bytes]').attr('data-bytes')), name).toBe(
				statSync(file!).size
			);
		}
		expect(text($('body').text())).toMatch(/Natural Earth \(public domain\)/);
		expect(text($('body').text())).toMatch(/GeoNames \(CC BY 4\.0/);
	});

	it('is in Russian and Japanese too, linking the same files', () => {
		for (const [locale, messages] of [
			['ru', ru],
			['ja', ja]
		] as const) {
			const $ = page(`/${locale}/data`);
			expect(text($('h1').text())).toBe(messages.data_title);
			expect($('tr[data-file] a').first().attr('href')).toBe('/data/places.geojson');
		}
	});

	it('is linked from every page of the explorer', () => {
		const $ = page('/places/tokyo');
		expect($('footer a[href="/data"]').length).toBe(1);
	});
});
