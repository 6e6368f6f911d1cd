import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.js';

// Several checkouts can test side by side, each on its own port.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	// No retries: a test that fails on a busy machine is fixed (waits follow the app's state, not
	// the clock), not run again until it passes.
	retries: 0,
	reporter: [['list'], ['./tests/step-times-reporter.ts']],
	timeout: 45_000,
	// How long an assertion waits for the page to reach the state it names. Playwright's 5 s was
	// too short on a busy 2-core machine: at load 16 the agreements table took over 5 s to show a
	// search's rows (CI, 3 Dec). A passing assertion returns as soon as the state holds.
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: launchOptions(),
		trace: 'retain-on-failure',
		// The service worker would store the site (1.4 MB gzip, more once saved) beside every test and
		// serve later page loads from its cache; only offline.e2e.ts and offline-save.e2e.ts, which
		// are about it, turn it on.
		serviceWorkers: 'block'
	},
	webServer: {
		command: `node scripts/serve.js`,
		env: { PORT: String(port) },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 850 } },
			grepInvert: /@phone/
		},
		{ name: 'phone', use: { ...devices['Pixel 7'] }, grepInvert: /@desktop/ }
	]
});
