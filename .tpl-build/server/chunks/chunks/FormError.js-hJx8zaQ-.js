import { a5 as escape_html } from './index.js-COLKlL0x.js';

function FormError($$renderer, $$props) {
  let { message } = $$props;
  if (message) {
    $$renderer.push(`<!--[0--><p class="notice bad" role="alert">${escape_html(message)}</p>`);
  } else {
    $$renderer.push("<!--[-1-->");
  }
  $$renderer.push(`<!--]-->`);
}

export { FormError as F };
//# sourceMappingURL=FormError.js-hJx8zaQ-.js.map
