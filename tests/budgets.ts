// How long the slow steps of the browser tests may take, and the record of how long they took.
//
// Each budget is about twice the slowest time measured for that step on a 2-core machine running
// the suite beside two CPU-bound processes (docs/testing.md has the runs). The suite prints each
// step's times against its budget at the end (tests/step-times-reporter.ts), so a budget that
// grows tight shows up before it fails.
import { test } from '@playwright/test';

export const BUDGET = {
	/** Navigation start → the map's first `idle` (`map:ready`), software WebGL. */
	mapReady: 30_000,
	/** A lost WebGL context restored → the map drawn again (MapLibre reloads every source). */
	mapRestored: 30_000,
	/** First request → a service worker that stored the site and controls the page. */
	offlineInstall: 120_000
};

export type Step = keyof typeof BUDGET;

/** Notes how long a step took, for the reporter's table. */
export function recordStep(step: Step, ms: number) {
	test.info().annotations.push({ type: `step:${step}`, description: String(Math.round(ms)) });
}
