import { LiquidError, RenderError, UndefinedVariableError } from 'liquidjs';
import { m } from '$lib/paraglide/messages';

/** A Liquid error in the person's words, naming the unknown field, filter or tag. */
export function describeLiquidError(error: unknown): string {
	if (!(error instanceof LiquidError)) throw error;
	const line = error.token?.getPosition()[0] ?? 1;
	if (error instanceof UndefinedVariableError) {
		const name = /undefined variable: (.+?), line:/.exec(error.message)?.[1] ?? '';
		return unknownField(name);
	}
	const filter = /undefined filter: ([^\s,]+)/.exec(error.message)?.[1];
	if (filter) return m.templates_unknown_filter({ filter });
	const tag = /tag "([^"]+)" not found/.exec(error.message)?.[1];
	if (tag) return m.templates_forbidden_tag({ tag: `{% ${tag} %}` });
	return error instanceof RenderError ? m.templates_render_error({ line }) : m.templates_syntax_error({ line });
}

export const unknownField = (name: string) => m.templates_unknown_field({ field: `{{ ${name} }}` });
