import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Debian's Chromium where it is installed (CI, this machine); Playwright's own elsewhere. */
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	// One retry: under a loaded 2-core machine a login answer has been seen to come late; the flake is noted in the issues.
	retries: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], browserName: 'chromium' },
			testIgnore: /(files-lists|operations)\.spec\.ts/
		},
		// Imports debtors into the shared demo: runs after the specs that count the demo's 200.
		{
			name: 'phone-imports',
			use: { ...devices['Pixel 7'], browserName: 'chromium' },
			testMatch: /(files-lists|operations)\.spec\.ts/,
			dependencies: ['phone']
		}
	],
	webServer: {
		command: 'rm -rf .e2e-data && node scripts/start.js',
		url: `http://localhost:${PORT}/login`,
		reuseExistingServer: false,
		timeout: 60_000,
		// Chunks of one: a long operation moves in many steps, which a spec can watch. The demo's
		// lists of debtors are large exports, made in the background.
		env: {
			PORT: String(PORT),
			PGLITE_DATA_DIR: '.e2e-data',
			DEMO_PASSWORD: 'relance-demo',
			OPERATION_CHUNK_SIZE: '1',
			EXPORT_OPERATION_ROWS: '50'
		}
	}
});
