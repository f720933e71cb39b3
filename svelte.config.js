import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Set, the build goes there instead of .svelte-kit/ and build/: a second build beside the one
 * the tests serve (tests/integration/client-bundle.test.ts builds with marker secrets).
 */
const buildDir = process.env.RELANCE_BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(buildDir ? { out: `${buildDir}/build` } : undefined),
		outDir: buildDir ? `${buildDir}/.svelte-kit` : '.svelte-kit',
		// Scripts only from the app itself and SvelteKit's own inline start-up (by nonce or hash).
		// Inline style attributes stay allowed: components and transitions set them.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
