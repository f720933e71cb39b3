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

/**
 * Paraglide's message functions build an Intl formatter (plural rules, number, date) on each
 * call: « 10 000 relances » on a list cost a PluralRules, the slowest line of its page's render.
 * Its registry keeps them here instead, one per kind, locale and options; a registry written
 * otherwise stops the build, so that the change is never lost unseen.
 */
function keptIntlFormatters(): Plugin {
	const built = /new Intl\.(PluralRules|NumberFormat|DateTimeFormat|RelativeTimeFormat)\(locale, options\)/g;
	return {
		name: 'relance:kept-intl-formatters',
		transform(code, id) {
			if (!id.endsWith('/paraglide/registry.js')) return;
			if (!code.match(built)) this.error('paraglide/registry.js no longer builds its formatters as expected');
			return `${code.replace(built, 'kept(Intl.$1, locale, options)')}
const formatters = new Map();
function kept(Formatter, locale, options) {
	const key = \`\${Formatter.name}|\${locale}|\${JSON.stringify(options ?? {})}\`;
	let formatter = formatters.get(key);
	if (!formatter) formatters.set(key, (formatter = new Formatter(locale, options)));
	return formatter;
}
`;
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
		keptIntlFormatters(),
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
