// The static SVG maps as written to build/: the handout's (tour/maps, in each language) and the
// no-WebGL ones (maps/). Each name's box is estimated as the generator estimates it (labelBox),
// from the position, anchor and size the SVG gives it.
import { load } from 'cheerio';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	boxesMeet,
	boxMeetsArea,
	dotBox,
	labelBox,
	pathParts,
	type Anchor,
	type Box
} from '../../src/lib/map/static-map';
import { BUILD, read } from './build';

/** Every static map in the build: build/maps/… and build/{,ru/,ja/}tour/maps/…. */
const svgs = readdirSync(BUILD, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.svg') && /^(maps|tour\/maps|ru\/tour\/maps|ja\/tour\/maps)\//.test(f))
	.sort();

interface Label {
	name: string;
	box: Box;
	geography: boolean;
}

/** A map's names, symbols and areas, per label set (`label`, and `label-narrow` for phones). */
function parse(file: string) {
	const $ = load(read(file), { xml: true });
	const svg = $('svg').first();
	const [, , width, height] = svg.attr('viewBox')!.split(' ').map(Number);
	const style = $('style').text();
	const fontSize = (cls: string) =>
		Number(style.match(new RegExp(`\\.${cls}\\{font:700 ([\\d.]+)px`))?.[1]);
	const num = (el: Parameters<typeof $>[0], name: string) => Number($(el).attr(name));

	// The places' symbols: dots and rings, the rings around places too small to see, line ends.
	const symbols: { slug: string; box: Box }[] = [];
	$('circle').each((_, el) => {
		if ($(el).attr('class')?.startsWith('label')) return; // a town's dot: geography
		const r = num(el, 'r') + num(el, 'stroke-width') / 2;
		symbols.push({
			slug: $(el).attr('data-slug') ?? 'ring',
			box: dotBox(num(el, 'cx'), num(el, 'cy'), r)
		});
	});
	const areas: { slug: string; rings: [number, number][][] }[] = [];
	$('path[data-slug]').each((_, el) => {
		const slug = $(el).attr('data-slug')!;
		const parts = pathParts($(el).attr('d')!);
		if ($(el).attr('fill') !== 'none') return void areas.push({ slug, rings: parts });
		const r = num(el, 'stroke-width') / 2;
		for (const line of parts)
			for (const [x, y] of [line[0], line[line.length - 1]])
				symbols.push({ slug: `${slug} (end)`, box: dotBox(x, y, r) });
	});

	const sets = ['label', 'label-narrow']
		.filter((cls) => fontSize(cls))
		.map((cls) => {
			const labels: Label[] = $(`text.${cls}`)
				.toArray()
				.map((el) => {
					const geography = $(el).attr('data-geography') !== undefined;
					const size = geography
						? Number(
								$(el)
									.attr('style')!
									.match(/font-size:([\d.]+)px/)![1]
							)
						: fontSize(cls);
					const name = $(el).text();
					const anchor = $(el).attr('text-anchor') as Anchor;
					return {
						name,
						geography,
						box: labelBox(
							name,
							num(el, 'x'),
							num(el, 'y'),
							anchor,
							size,
							geography ? 'regular' : 'bold'
						)
					};
				});
			const dots: Box[] = $(`circle.${cls}`)
				.toArray()
				.map((el) =>
					dotBox(num(el, 'cx'), num(el, 'cy'), num(el, 'r') + num(el, 'stroke-width') / 2)
				);
			return { cls, labels, dots };
		});
	return { width, height, symbols, areas, sets };
}

/** What breaks the rules: each as a sentence naming the map, its label set and the names. */
function problems(file: string): string[] {
	const { width, height, symbols, areas, sets } = parse(file);
	const out: string[] = [];
	for (const { cls, labels, dots } of sets) {
		const say = (s: string) => out.push(`${file} (${cls}): ${s}`);
		const places = labels.filter((l) => !l.geography);
		const geography = labels.filter((l) => l.geography);
		for (const l of labels) {
			const [x0, y0, x1, y1] = l.box;
			if (x0 < 0 || y0 < 0 || x1 > width || y1 > height) say(`“${l.name}” runs past the edge`);
		}
		for (const g of geography) {
			for (const p of places)
				if (boxesMeet(g.box, p.box)) say(`“${g.name}” overlaps the place name “${p.name}”`);
			for (const s of symbols)
				if (boxesMeet(g.box, s.box)) say(`“${g.name}” overlaps the symbol of ${s.slug}`);
			for (const a of areas)
				if (boxMeetsArea(g.box, a.rings)) say(`“${g.name}” overlaps the area of ${a.slug}`);
			for (const o of geography)
				if (o !== g && o.name < g.name && boxesMeet(g.box, o.box))
					say(`“${g.name}” overlaps “${o.name}”`);
		}
		for (const dot of dots) {
			for (const p of places)
				if (boxesMeet(dot, p.box)) say(`a town’s dot overlaps the place name “${p.name}”`);
			for (const s of symbols)
				if (boxesMeet(dot, s.box)) say(`a town’s dot overlaps the symbol of ${s.slug}`);
		}
	}
	return out;
}

describe('the static maps’ names', () => {
	it('finds the handout’s maps in every language and the no-WebGL maps', () => {
		for (const dir of [
			'tour/maps',
			'ru/tour/maps',
			'ja/tour/maps',
			'maps/places',
			'maps/ja/places'
		])
			expect(svgs.filter((f) => f.startsWith(`${dir}/`)).length, dir).toBeGreaterThan(10);
	});

	// Geography names (seas, straits, islands, towns) give way to the article's places: none sits
	// on a place's name or symbol, runs off the picture, or on another geography name (issue #19).
	it.each(svgs.map((f) => [relative(BUILD, join(BUILD, f))]))(
		'%s: names keep inside, and geography gives way to the places',
		(file) => {
			expect(problems(file)).toEqual([]);
		}
	);
});
