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
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		{
			name: 'client-never-imports-server',
			comment: 'Code that runs in the browser never reaches server-only modules.',
			severity: 'error',
			from: { path: '^src/lib/client/' },
			to: { path: '^src/lib/server/' }
		},
		{
			name: 'routes-never-import-routes',
			comment: 'A route reaches shared code through $lib, never through another route.',
			severity: 'error',
			from: { path: '^src/routes/' },
			to: { path: '^src/routes/', pathNot: '^src/routes/$1' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(^|/)(node_modules|\\.svelte-kit)/|\\.test\\.ts$' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] }
	}
};
