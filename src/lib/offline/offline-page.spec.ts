import { describe, expect, it } from 'vitest';
import { offlinePage } from './offline-page';
import { OFFLINE_WORDS } from './offline-words';

describe('the offline message', () => {
	const stored = new Set(['/', '/places/tokyo', '/tour']);
	const html = offlinePage('/ru/places/tokyo', 'ru', OFFLINE_WORDS, (p) => stored.has(p));

	it('speaks the page’s language', () => {
		expect(html).toContain('<html lang="ru">');
		expect(html).toContain(OFFLINE_WORDS.ru.offline_page_heading);
		expect(html).toContain(OFFLINE_WORDS.ru.offline_page_body);
	});

	it('links to what is stored, each link in its own language', () => {
		expect(html).toContain(
			`<li lang="en"><a href="/places/tokyo" hreflang="en">${OFFLINE_WORDS.en.offline_page_this_page}</a></li>`
		);
		expect(html).toContain('href="/" hreflang="en"');
		expect(html).toContain('href="/tour" hreflang="en"');
		expect(html).not.toContain('href="/ru');
		expect(html).not.toContain('href="/ja');
	});

	it('has no script, and says so when nothing is stored', () => {
		expect(html).not.toMatch(/<script/i);
		const empty = offlinePage('/ja', 'ja', OFFLINE_WORDS, () => false, '/atlas');
		expect(empty).toContain(OFFLINE_WORDS.ja.offline_page_nothing);
	});

	it('every language has every word', () => {
		for (const words of Object.values(OFFLINE_WORDS))
			for (const [key, text] of Object.entries(words)) expect(text, key).toMatch(/\S/);
	});
});
