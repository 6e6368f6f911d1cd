// The one place that says how Chromium is started, for the end-to-end tests, the benchmark,
// Lighthouse and the screenshots alike: Debian's Chromium as a reader's browser starts, on its
// default GL path. No `--use-angle` flag: in session 8 a phone-layout bug showed only on the
// default path (ANGLE on Vulkan), while every tool here had been forcing ANGLE's SwiftShader GL
// backend and drew the page correctly.
import { existsSync } from 'node:fs';

/** Debian's Chromium when present (Playwright's own download cannot reach its host here). */
export const executablePath = (() => {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	return existsSync(path) ? path : undefined;
})();

/**
 * Only what a test machine needs: running as root needs `--no-sandbox`; the rest stops Chromium's
 * own calls home, which this machine's closed network refuses (noise, not behaviour).
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** Options for Playwright's `chromium.launch`, with any extra flags a test needs. */
export function launchOptions(extraArgs = []) {
	return { executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] };
}

/** Starts Chromium through Playwright. */
export async function launchChromium(extraArgs = []) {
	const { chromium } = await import('@playwright/test');
	return chromium.launch(launchOptions(extraArgs));
}
