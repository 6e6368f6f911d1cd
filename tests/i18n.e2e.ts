import { agreementsFor, BUDGET, expect, mapReady, mapSettled, places, test } from './fixtures';
import ja from '../src/lib/content/data/i18n/ja.json' with { type: 'json' };
import ru from '../src/lib/content/data/i18n/ru.json' with { type: 'json' };
import tour from '../src/lib/content/data/tour.json' with { type: 'json' };
import jaMessages from '../messages/ja.json' with { type: 'json' };
import ruMessages from '../messages/ru.json' with { type: 'json' };

const tokyo = places.find((p) => p.slug === 'tokyo')!;
const LANGUAGES = [
	{ locale: 'ru', tr: ru, messages: ruMessages as Record<string, unknown>, name: 'Русский' },
	{ locale: 'ja', tr: ja, messages: jaMessages as Record<string, unknown>, name: '日本語' }
] as const;

/** A URL that ends with exactly this path, query and hash. */
const endsWith = (path: string) =>
	new RegExp(`^https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** A message's text with its placeholders filled. */
const text = (
	messages: Record<string, unknown>,
	key: string,
	values: Record<string, string> = {}
) => (messages[key] as string).replace(/\{(\w+)\}/g, (_, k) => values[k]);

for (const { locale, tr, messages } of LANGUAGES) {
	test.describe(`/${locale}/places/tokyo`, () => {
		test(`is Tokyo in ${locale}, with the article's English beside its translation`, async ({
			page
		}) => {
			await page.goto(`/${locale}/places/tokyo`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const article = page.locator('article.place');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr.places.tokyo.name);
			await expect(article.locator('.lead')).toHaveText(tr.places.tokyo.summary);
			for (const key of ['place_measured', 'place_what_happened'])
				await expect(article.getByRole('heading', { name: text(messages, key) })).toBeVisible();
			// The quote stays as the article has it, in English, and says so; the translation is beside it.
			const quote = article.locator('.quote').first();
			await expect(quote.locator('blockquote[lang="en"]')).toContainText(tokyo.source[0].quote);
			await expect(quote.locator(`.translation[lang="${locale}"]`)).toContainText(
				tr.places.tokyo.quotes[0]
			);
			// The same agreements as in English, in this language's words.
			const expected = agreementsFor('tokyo');
			await expect(article.locator('[data-agreement]')).toHaveCount(expected.length);
			const first = article.locator('[data-agreement]').first();
			const slug = (await first.getAttribute('data-agreement'))!;
			await expect(first.getByRole('heading')).toHaveText(
				(tr.agreements as Record<string, { title: string }>)[slug].title
			);
			await expect(first.getByRole('link').first()).toHaveAttribute(
				'href',
				`/${locale}/agreements/${slug}`
			);
		});

		test(`answers 404 in ${locale} for an address it does not have`, async ({ page }) => {
			const response = await page.goto(`/${locale}/places/atlantis`);
			expect(response!.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(messages, 'not_found'));
			await expect(
				page.getByRole('link', { name: tr.places.nagato.name, exact: true })
			).toHaveAttribute('href', `/${locale}/places/nagato`);
		});
	});
}

test.describe('English', () => {
	test('keeps the addresses it had, unprefixed and in English', async ({ page }) => {
		const response = await page.goto('/places/tokyo');
		expect(response!.status()).toBe(200);
		await expect(page).toHaveURL(/\/places\/tokyo(#.*)?$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tokyo');
		await expect(page.locator('.quote .translation')).toHaveCount(0);
		const missing = await page.goto('/nowhere');
		expect(missing!.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	});
});

test.describe('the language switch', () => {
	test('keeps the page, the query string and the map position', async ({ page }) => {
		// Three full page loads, each waiting for its map.
		test.setTimeout(4 * BUDGET.mapReady);
		await page.goto('/places/tokyo?hide=railway');
		await mapReady(page);
		await mapSettled(page);
		await expect(page).toHaveURL(/#[\d.]+\/[\d.-]+\/[\d.-]+$/);
		const hash = new URL(page.url()).hash;
		const language = page.locator('.masthead').getByRole('navigation', { name: 'Language' });
		await language.getByRole('link', { name: 'Русский' }).click();
		await expect(page).toHaveURL(endsWith(`/ru/places/tokyo?hide=railway${hash}`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.places.tokyo.name);
		await mapReady(page);
		await page
			.locator('.masthead')
			.getByRole('navigation', { name: text(ruMessages, 'language_nav') })
			.getByRole('link', { name: '日本語' })
			.click();
		await expect(page).toHaveURL(endsWith(`/ja/places/tokyo?hide=railway${hash}`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await mapReady(page);
		await page
			.locator('.masthead')
			.getByRole('navigation', { name: text(jaMessages, 'language_nav') })
			.getByRole('link', { name: 'English' })
			.click();
		await expect(page).toHaveURL(endsWith(`/places/tokyo?hide=railway${hash}`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tokyo');
	});

	test('is on every kind of page, marking the current language', async ({ page }) => {
		for (const path of ['/ja', '/ja/agreements', '/ja/events', '/ja/tour/print', '/ja/nowhere']) {
			await page.goto(path);
			const nav = page.getByRole('navigation', { name: text(jaMessages, 'language_nav') });
			await expect(nav.locator('[aria-current="true"]'), path).toHaveAttribute('lang', 'ja');
			// The link leads to this address in English as soon as the reader reaches for it.
			const english = nav.getByRole('link', { name: 'English' });
			await english.focus();
			const target = path.replace(/^\/ja/, '') || '/';
			await expect(english, path).toHaveAttribute('href', new RegExp(`^${target}(#.*)?$`));
		}
	});
});

test.describe('the map in Japanese', () => {
	test('labels places and countries in Japanese, with the bundled font @desktop', async ({
		page
	}) => {
		await page.goto('/ja#4/40/135');
		await mapReady(page);
		await mapSettled(page);
		const labels = await page.evaluate(() => {
			type M = {
				queryRenderedFeatures(o: object): { properties: Record<string, string> }[];
				getLayoutProperty(layer: string, name: string): unknown;
			};
			const m = (window as unknown as { __atlasMap: M }).__atlasMap;
			return {
				places: m.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => f.properties.name),
				countries: m
					.queryRenderedFeatures({ layers: ['country-labels'] })
					.map((f) => f.properties.name_ja),
				font: m.getLayoutProperty('place-labels', 'text-font')
			};
		});
		expect(labels.places).toContain(ja.places.tokyo.name);
		expect(labels.places).toContain(ja.places['south-kurils'].name);
		expect(labels.countries).toContain(ja.countries.Japan);
		expect(labels.font).toContain('Noto Sans JP');
		// The glyphs came from the site's own font files, loaded before the map drew them.
		const loaded = await page.evaluate(
			(names) => document.fonts.check('16px "Noto Sans JP"', names.join('')),
			[ja.places.tokyo.name, ja.countries.Japan]
		);
		expect(loaded).toBe(true);
	});
});

test.describe('the tour in Japanese', () => {
	test('shows the step, moves on in Japanese, and leaves to the Japanese map @desktop', async ({
		page
	}) => {
		const step = (n: number) => (ja.tour as Record<string, { title: string }>)[tour[n - 1].slug];
		await page.goto('/ja/tour/3');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.locator('.step-title')).toContainText(step(3).title);
		await expect(page.locator('.caption .quote blockquote[lang="en"]').first()).toContainText(
			tour[2].source[0].quote
		);
		await mapReady(page);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/\/ja\/tour\/4$/);
		await expect(page.locator('.step-title')).toContainText(step(4).title);
		await page.getByRole('button', { name: text(jaMessages, 'next') }).click();
		await expect(page).toHaveURL(/\/ja\/tour\/5$/);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/ja(#.*)?$/);
	});
});

test.describe('every language', () => {
	test('an embed stays in its language, and opens the full map in it', async ({ page }) => {
		await page.goto('/ja/embed/places/tokyo');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ja.places.tokyo.name);
		await expect(
			page.getByRole('link', { name: text(jaMessages, 'embed_open_full') })
		).toHaveAttribute('href', '/ja/places/tokyo');
		await mapReady(page);
	});
});
