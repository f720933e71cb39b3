import { a6 as attr, a5 as escape_html, a9 as attributes, a8 as stringify } from './index.js-COLKlL0x.js';

function Field($$renderer, $$props) {
  let {
    label,
    name,
    error,
    id = `field-${name}`,
    $$slots,
    $$events,
    ...rest
  } = $$props;
  $$renderer.push(`<div class="field"><label${attr("for", id)}>${escape_html(label)}</label> <input${attributes(
    {
      id,
      name,
      "aria-invalid": error ? "true" : void 0,
      "aria-describedby": error ? `${id}-error` : void 0,
      ...rest
    },
    void 0,
    void 0,
    void 0,
    4
  )}/> `);
  if (error) {
    $$renderer.push(`<!--[0--><p class="error"${attr("id", `${stringify(id)}-error`)} role="alert">${escape_html(error)}</p>`);
  } else {
    $$renderer.push("<!--[-1-->");
  }
  $$renderer.push(`<!--]--></div>`);
}

export { Field as F };
//# sourceMappingURL=Field.js-BWvlJ_cu.js.map
