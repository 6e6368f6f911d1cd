import { describe, expect, it } from 'vitest';
import { currentUrl, embedCode, escapeAttribute, qrPath, QR_QUIET_ZONE } from './share-links';

describe('currentUrl', () => {
	it('keeps the path, query and map hash', () => {
		expect(
			currentUrl({
				origin: 'https://atlas.example.org',
				pathname: '/places/tokyo',
				search: '?q=1',
				hash: '#6/35.6/139.7'
			})
		).toBe('https://atlas.example.org/places/tokyo?q=1#6/35.6/139.7');
	});
});

describe('embedCode', () => {
	it('points at the /embed twin of the path', () => {
		expect(
			embedCode({ origin: 'http://127.0.0.1:4173', pathname: '/places/tokyo', title: 'Tokyo' })
		).toBe(
			'<iframe src="http://127.0.0.1:4173/embed/places/tokyo" title="Tokyo" width="800" height="500" loading="lazy"></iframe>'
		);
	});
	it('keeps the language of the page', () => {
		expect(
			embedCode({ origin: 'https://a.example.org', pathname: '/ru/places/tokyo', title: 'Токио' })
		).toContain('src="https://a.example.org/ru/embed/places/tokyo"');
		expect(embedCode({ origin: 'https://a.example.org', pathname: '/ja', title: 'x' })).toContain(
			'src="https://a.example.org/ja/embed"'
		);
	});
	it('embeds the home page as /embed', () => {
		expect(embedCode({ origin: 'https://a.example.org', pathname: '/', title: 'Map' })).toContain(
			'src="https://a.example.org/embed"'
		);
	});
	it('escapes quotes and markup in the title', () => {
		expect(escapeAttribute('A "B" <c> & d')).toBe('A &quot;B&quot; &lt;c&gt; &amp; d');
		expect(embedCode({ origin: 'o', pathname: '/x', title: '"><script>' })).not.toContain(
			'<script>'
		);
	});
});

describe('qrPath', () => {
	it('merges runs of dark modules and offsets them by the quiet zone', () => {
		const grid = [
			[1, 1, 0],
			[0, 0, 0],
			[1, 0, 1]
		];
		const q = QR_QUIET_ZONE;
		expect(qrPath(3, (r, c) => grid[r][c] === 1)).toBe(
			`M${q} ${q}h2v1h-2zM${q} ${q + 2}h1v1h-1zM${q + 2} ${q + 2}h1v1h-1z`
		);
	});
	it('is empty for an empty grid', () => {
		expect(qrPath(5, () => false)).toBe('');
	});
});
