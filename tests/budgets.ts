// How long the slow steps of the browser tests may take, and the record of how long they took.
//
// Each budget is two to four times the slowest time measured for that step on this 2-core machine
// while it also ran a build, svelte-check and unit tests (load average 10–14; npm run test:browser,
// 286 tests in 14.5 min): map ready p50 3.0 s, p95 5.0 s, max 7.3 s over 199 loads; map restored
// max 2.4 s; offline install 9.4 s. The suite prints each step's times against its budget at the
// end (tests/step-times-reporter.ts), so a budget that grows tight shows before it fails.
import { test } from '@playwright/test';

export const BUDGET = {
	/** Navigation start → the map's first `idle` (`map:ready`), software WebGL. */
	mapReady: 20_000,
	/** A lost WebGL context restored → the map drawn again (MapLibre reloads every source). */
	mapRestored: 10_000,
	/** First request → a service worker that stored the site and controls the page. */
	offlineInstall: 30_000,
	/** "Save for offline" pressed → the whole site in three languages stored (about 10 MB). */
	offlineSave: 120_000
};

export type Step = keyof typeof BUDGET;

/** Notes how long a step took, for the reporter's table. */
export function recordStep(step: Step, ms: number) {
	test.info().annotations.push({ type: `step:${step}`, description: String(Math.round(ms)) });
}
