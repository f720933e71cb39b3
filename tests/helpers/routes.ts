import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROUTES = path.resolve('src/routes');

export interface RouteNode {
	id: string;
	/** The form actions its page declares. */
	actions: string[];
	/** The HTTP methods its +server.ts exports. */
	methods: string[];
}

/** Every route id of the tree, as SvelteKit names them: a new route cannot escape a test that walks it. */
export function routeTree(dir = ROUTES): RouteNode[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const found: RouteNode[] = [];
	const files = entries.filter((e) => e.isFile()).map((e) => e.name);
	if (files.some((f) => /^\+(page|server)(\.server)?\.(ts|svelte)$/.test(f))) {
		const id = '/' + path.relative(ROUTES, dir).split(path.sep).join('/');
		const page = files.includes('+page.server.ts') ? readFileSync(path.join(dir, '+page.server.ts'), 'utf8') : '';
		const block = /export const actions[^=]*=\s*\{([\s\S]*)\};?\s*$/.exec(page)?.[1] ?? '';
		const actions = [...block.matchAll(/^\t(\w+): /gm)].map((m) => m[1]);
		const server = files.includes('+server.ts') ? readFileSync(path.join(dir, '+server.ts'), 'utf8') : '';
		const methods = [...server.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
		found.push({ id: id === '/' ? '/' : id.replace(/\/$/, ''), actions, methods });
	}
	for (const e of entries) if (e.isDirectory()) found.push(...routeTree(path.join(dir, e.name)));
	return found;
}
