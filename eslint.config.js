import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Not type-aware: the typed rules took minutes per folder, each .svelte file rebuilding the program, where
// this takes seconds; svelte-check does the type checking.
export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'src/lib/paraglide/',
		'test-results/',
		'playwright-report/',
		'drizzle/meta/',
		'bench/tmp/',
		'data/',
		'.e2e-data/'
	]),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	svelte.configs.prettier,
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig }
		}
	},
	{
		rules: {
			// Leaving fields out by destructuring ({ id, ...rest }) and naming an unused parameter _x are house idioms.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// The app is served at the root (no kit.paths.base): resolve() around every link would change nothing.
			'svelte/no-navigation-without-resolve': 'off',
			// It flags any Map, Date or URLSearchParams a component mutates, though those here are locals built and
			// used within one function or derivation; state is declared with $state, never held in them.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['src/**'],
		ignores: ['src/service-worker.ts'],
		languageOptions: { globals: globals.browser }
	},
	{
		files: ['src/lib/server/**', 'src/hooks/**', 'src/**/*.server.ts', 'src/routes/**/+server.ts'],
		languageOptions: { globals: globals.node }
	},
	{
		files: ['src/service-worker.ts'],
		languageOptions: { globals: globals.serviceworker }
	},
	{
		files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}', '*.cjs'],
		languageOptions: { globals: globals.node }
	},
	{
		// Callbacks given to page.evaluate and page.waitForFunction run in the browser.
		files: ['tests/e2e/**'],
		languageOptions: { globals: globals.browser }
	}
);
