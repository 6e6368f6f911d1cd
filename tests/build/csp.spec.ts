// Every page's Content-Security-Policy, read from the built HTML. The browser side (nothing
// refused while pages run) is tests/csp.e2e.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import tour from '../../src/lib/content/data/tour.json' with { type: 'json' };
import { agreements, events, places } from '../content';
import { parsePolicy, STRICT, strictPart } from '../csp-policy';
import { builtPages, read } from './build';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)">/;

describe('content security policy', () => {
	const files = builtPages();

	it('every page that must exist was prerendered', () => {
		// So that an empty or partial build cannot pass the check below.
		const expected = [
			'index.html',
			'404.html',
			'places.html',
			'agreements.html',
			'events.html',
			'tour.html',
			'tour/presenter.html',
			'tour/print.html',
			...places.flatMap((p) => [`places/${p.slug}.html`, `embed/places/${p.slug}.html`]),
			...agreements.flatMap((a) => [
				`agreements/${a.slug}.html`,
				`embed/agreements/${a.slug}.html`
			]),
			...events.map((e) => `events/${e.slug}.html`),
			...tour.map((_, i) => `tour/${i + 1}.html`)
		];
		for (const file of expected) expect(files, 'prerendered pages').toContain(file);
	});

	it('every prerendered page carries the strict policy, with a hash for each inline script', () => {
		for (const file of files) {
			const html = read(file);
			const meta = html.match(META);
			expect(meta, `${file}: CSP meta`).not.toBeNull();
			// The policy governs only what comes after it: every script and module preload.
			expect(html.indexOf(meta![0]), `${file}: CSP first`).toBeLessThan(
				html.search(/<script|<link href="\/_app/)
			);
			const policy = parsePolicy(meta![1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
			expect(strictPart(policy), file).toEqual(STRICT);
			// Inline scripts the browser runs (not src=, not JSON data): each needs its hash.
			const inline = /<script(?![^>]*\b(?:src=|type="application\/))[^>]*>([\s\S]*?)<\/script>/g;
			for (const [, body] of html.matchAll(inline)) {
				const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
				expect(policy.get('script-src'), `${file}: hash of an inline script`).toContain(hash);
			}
		}
	});
});
