/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-folder-cycle',
			comment: 'Server folders hand work one way: a folder never imports, even indirectly, a folder that imports it.',
			severity: 'error',
			scope: 'folder',
			from: { path: '^src/lib/server/' },
			to: { circular: true }
		},
		{
			name: 'no-file-cycle',
			comment: 'No module imports, even indirectly, a module that imports it.',
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		{
			name: 'client-never-imports-server',
			comment: 'Code that runs in the browser never reaches server-only modules, not even through another module.',
			severity: 'error',
			from: { path: '^src/lib/client/' },
			to: { path: '^src/lib/server/', reachable: true }
		},
		{
			name: 'routes-never-import-routes',
			comment:
				"A route's +page, +layout and +server files are SvelteKit's to load: what two routes share lives in $lib, or beside them as a component or module without a +.",
			severity: 'error',
			from: {},
			to: { path: '^src/routes/.*[+][^/]*$' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)(node_modules|\\.svelte-kit)/|\\.test\\.ts$' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: '.dependency-cruiser-aliases.cjs' },
		enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] }
	}
};
