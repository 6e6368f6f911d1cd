/**
 * The one place the app reaches past MapLibre's public API. Both patches save frames that cost
 * 40–200 ms each where WebGL runs on the CPU: Chromium's default path on a machine without a GPU
 * driver (ANGLE on SwiftShader), as on this project's test machines and many school laptops. Each
 * leaves the map as MapLibre made it when what it needs is not there. `maplibre-gl` is pinned to
 * one minor version (`~` in package.json); after an upgrade, tests/maplibre-patches.e2e.ts fails
 * if an internal is gone or a patch no longer acts.
 *
 * | patch      | touches (checked on MapLibre 6.17.0) | why                                      | gain on the default GL path (bench A/B) |
 * | ---------- | ------------------------------------ | ---------------------------------------- | --------------------------------------- |
 * | first-draw | `map.painter.render` (private)       | paint the first complete picture only,   | long tasks per load about halved, CPU   |
 * |            |                                      | not one per source as it arrives         | per load 220–380 ms less                |
 * | click-hold | covers `map.triggerRepaint`; relies  | after a click, one frame with the panel  | click → panel p50 ~100 → ~37 ms,        |
 * |            | on MapLibre asking for frames by it  | and the map, instead of two              | p95 261–349 → 138–168 ms                |
 *
 * The runs, and the patch dropped after measuring (skipping MapLibre's transparent sky):
 * docs/performance.md. Turn patches off at build time, `MAP_PATCHES=none npm run build`, or name
 * those to keep: `MAP_PATCHES=click-hold npm run build`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { holdDrawingOnClick, type ClickHold } from './click-hold';
import { paintWhenLoaded, type LoadingMap } from './first-draw';

export const PATCHES = ['first-draw', 'click-hold'] as const;
export type PatchName = (typeof PATCHES)[number];

/** Off by the build's setting, missing (the internal was not there: left alone), or applied. */
export type PatchState = 'off' | 'missing' | 'applied';

/** What each patch did: read by the test against the real MapLibre, through `window`. */
export interface PatchReport {
	state: Record<PatchName, PatchState>;
	/** How often each acted: frames held back while loading, repaints held after a click. */
	acted: Record<PatchName, number>;
}

/** The patches a build's `MAP_PATCHES` setting turns on: `all` (the default), `none`, or a list. */
export function enabledPatches(setting: string): Set<PatchName> {
	if (setting === 'all' || setting === '') return new Set(PATCHES);
	const named = setting.split(',').map((s) => s.trim());
	return new Set(PATCHES.filter((p) => named.includes(p)));
}

export interface MapPatches {
	report: PatchReport;
	/** A click opened nothing: draw now. */
	clickMissed(): void;
	/** The page a click opened has rendered: draw after its frame. */
	pageShown(): void;
	destroy(): void;
}

/**
 * Applies the enabled patches to a new map. `holdFirstDraw` is false where the picture comes from
 * an online basemap, whose tiles should show as they arrive.
 */
export function patchMap(
	map: MapLibreMap,
	container: HTMLElement,
	{ enabled, holdFirstDraw }: { enabled: Set<PatchName>; holdFirstDraw: boolean }
): MapPatches {
	const report: PatchReport = {
		state: { 'first-draw': 'off', 'click-hold': 'off' },
		acted: { 'first-draw': 0, 'click-hold': 0 }
	};
	const count = (p: PatchName) => () => void report.acted[p]++;

	let stopHolding: (() => void) | null = null;
	if (enabled.has('first-draw') && holdFirstDraw) {
		stopHolding = paintWhenLoaded(map as unknown as LoadingMap, 3000, count('first-draw'));
		report.state['first-draw'] = stopHolding ? 'applied' : 'missing';
	}
	let clickHold: ClickHold | undefined;
	if (enabled.has('click-hold')) {
		clickHold = holdDrawingOnClick(map, container, 250, count('click-hold'));
		report.state['click-hold'] = 'applied';
	}

	return {
		report,
		clickMissed: () => clickHold?.release(),
		pageShown: () => clickHold?.releaseAfterFrame(),
		destroy() {
			clickHold?.destroy();
			stopHolding?.();
		}
	};
}
