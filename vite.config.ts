import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The browser's scripts in fewer, larger files: chunks under 10 KB are merged where that changes
 * nothing of what runs first (a screen made 40 requests for its scripts, most of them a few
 * hundred bytes). SvelteKit's `bundleStrategy: 'single'` would send every screen's code to each;
 * merging up to 20 KB sent each screen a few KB of others' code for one request less.
 * The server's build keeps its chunks: SvelteKit reads each route module's exports.
 */
function fewerBrowserChunks(): Plugin {
	let ssr = false;
	return {
		name: 'relance:fewer-browser-chunks',
		apply: 'build',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		outputOptions(options) {
			if (!ssr) return { ...options, experimentalMinChunkSize: 10_000 };
		}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'baseLocale']
		}),
		sveltekit(),
		fewerBrowserChunks()
	],
	// Dexie's modern ES build: its package's import path wraps the older UMD build (~10% larger).
	resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
	// The cache's worker in one file (its Dexie included), which the service worker keeps by name.
	worker: { format: 'es', rollupOptions: { output: { inlineDynamicImports: true } } },
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
