import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestSection, replaceSection } from './write-docs.js';

const results = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
const START = '<!-- bench:latest:start (written by npm run bench; do not edit) -->';
const END = '<!-- bench:latest:end -->';

describe('the bench’s section of docs/performance.md', () => {
	it('holds the table of every page and each budget with its figure', () => {
		const section = latestSection(results);
		for (const name of Object.keys(results.pages)) expect(section).toContain(`| ${name} \``);
		expect(section).toMatch(/\| click → panel p95 \| ≤ 100 ms \| [\d.]+ ms \| (yes|no) \|/);
	});

	it('replaces only what lies between the markers', () => {
		const doc = `# Title\n\nbefore\n\n${START}\n\nold table\n\n${END}\n\nafter\n`;
		const next = replaceSection(doc, 'new table');
		expect(next).toBe(`# Title\n\nbefore\n\n${START}\n\nnew table\n\n${END}\n\nafter\n`);
		expect(replaceSection(next, 'new table')).toBe(next);
	});

	it('refuses a page without its markers', () => {
		expect(() => replaceSection('# Title\n', 'table')).toThrow(/markers are missing/);
	});
});
