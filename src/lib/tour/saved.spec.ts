import { describe, expect, it } from 'vitest';
import { encodeTour } from './custom';
import { deleteSaved, readSaved, SAVED_KEY, writeSaved, type SavedTour } from './saved';

function memory(initial?: string) {
	const data = new Map<string, string>();
	if (initial !== undefined) data.set(SAVED_KEY, initial);
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v)
	};
}

const entry = (id: string, saved: string): SavedTour => ({
	id,
	name: `Tour ${id}`,
	code: encodeTour({ s: [{ r: 'p:nagato' }] }),
	saved
});

describe('saved tours', () => {
	it('saves, replaces by id, lists newest first and deletes', () => {
		const store = memory();
		writeSaved(store, entry('a', '2026-01-01T00:00:00.000Z'));
		writeSaved(store, entry('b', '2026-01-02T00:00:00.000Z'));
		writeSaved(store, { ...entry('a', '2026-01-03T00:00:00.000Z'), name: 'Renamed' });
		expect(readSaved(store).map((t) => [t.id, t.name])).toEqual([
			['a', 'Renamed'],
			['b', 'Tour b']
		]);
		deleteSaved(store, 'a');
		expect(readSaved(store).map((t) => t.id)).toEqual(['b']);
	});

	it('skips entries it cannot read, and keeps them', () => {
		const good = entry('a', '2026-01-01T00:00:00.000Z');
		const store = memory(
			JSON.stringify([good, { id: 'x', code: '9.zzz' }, { ...good, id: 'c', code: '1.AAAA' }, 7])
		);
		expect(readSaved(store).map((t) => t.id)).toEqual(['a']);
		writeSaved(store, entry('b', '2026-01-02T00:00:00.000Z'));
		expect(JSON.parse(store.data.get(SAVED_KEY)!)).toHaveLength(5);
	});

	it('never overwrites an unreadable list', () => {
		const store = memory('{broken');
		expect(readSaved(store)).toEqual([]);
		expect(writeSaved(store, entry('a', '2026-01-01T00:00:00.000Z'))).toBe(false);
		expect(store.data.get(SAVED_KEY)).toBe('{broken');
	});

	it('works without storage', () => {
		expect(readSaved(null)).toEqual([]);
		expect(writeSaved(null, entry('a', '2026-01-01T00:00:00.000Z'))).toBe(false);
	});
});
