import type { Spelling } from './schema';

/** Fields that hold the article's own words or its spelling on purpose. */
const EXEMPT = new Set(['source', 'articleSpelling']);

const pattern = (word: string) =>
	new RegExp(
		`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
		'u'
	);

/**
 * Problems for every field of a record that uses one of the article's misspellings outside
 * quotes (“…”), named like every other content problem: file, record, field.
 */
export function misspellings(
	file: string,
	slug: string,
	record: unknown,
	spellings: readonly Spelling[]
): string[] {
	if (!spellings.length) return [];
	const tests = spellings.map((s) => ({ ...s, re: pattern(s.article) }));
	const problems: string[] = [];
	const visit = (value: unknown, path: string) => {
		if (typeof value === 'string') {
			const own = value.replace(/“[^”]*”/g, '');
			for (const s of tests)
				if (s.re.test(own))
					problems.push(
						`${file}: record "${slug}": field "${path}": the article's misspelling “${s.article}” outside quotes; write “${s.correct}”`
					);
		} else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}.${i}`));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value))
				if (!EXEMPT.has(k)) visit(v, path ? `${path}.${k}` : k);
	};
	visit(record, '');
	return problems;
}
