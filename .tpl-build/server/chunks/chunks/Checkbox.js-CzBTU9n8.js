import { a9 as attributes, a5 as escape_html } from './index.js-COLKlL0x.js';

function Checkbox($$renderer, $$props) {
  let { label, name, $$slots, $$events, ...rest } = $$props;
  $$renderer.push(`<label class="check svelte-156vvk"><input${attributes({ type: "checkbox", name, ...rest }, "svelte-156vvk", void 0, void 0, 4)}/> <span>${escape_html(label)}</span></label>`);
}

export { Checkbox as C };
//# sourceMappingURL=Checkbox.js-CzBTU9n8.js.map
