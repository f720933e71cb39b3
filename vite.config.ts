import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'baseLocale']
		}),
		sveltekit()
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		// One database per worker, reused across files and truncated between tests: a cold
		// PGlite costs seconds, a truncate milliseconds.
		pool: 'forks',
		isolate: false,
		// The built app is loaded by Node as it runs in production, not re-compiled by Vite.
		server: { deps: { external: [/\/build\//] } },
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
