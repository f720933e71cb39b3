// SvelteKit's $lib, for the resolver of dependency-cruiser: its tsconfig reader takes the paths of
// .svelte-kit/tsconfig.json as relative to the project's root, not to their own folder, and misses them.
module.exports = { resolve: { alias: { $lib: `${__dirname}/src/lib` } } };
