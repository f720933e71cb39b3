import { a5 as escape_html, a6 as attr, a7 as ensure_array_like, _ as derived } from '../../../chunks/index.js-COLKlL0x.js';
import { p as page } from '../../../chunks/index2.js-Dtf9Hh0X.js';
import { N as NAV_ITEMS } from '../../../chunks/navigation.js-DbeohZ6Y.js';
import { r as roleLabel } from '../../../chunks/role-labels.js-IVMoSspU.js';
import { a as app_name } from '../../../chunks/app_name.js-Ctfp6dIQ.js';
import { g as getLocale } from '../../../chunks/runtime.js-CK3d4wQN.js';
import '../../../chunks/utils.js-BmkJLse3.js';
import '../../../chunks/utils2.js-ejsMtG81.js';
import '../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../chunks/root.js-Duy9cqKt.js';

const fr_nav_main = (
  /** @type {(inputs: Nav_MainInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Navigation principale`
    );
  }
);
const en_nav_main = (
  /** @type {(inputs: Nav_MainInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Main navigation`
    );
  }
);
const nav_main = (
  /** @type {((inputs?: Nav_MainInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_MainInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_nav_main();
    return fr_nav_main();
  })
);
function _layout($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, children } = $$props;
    const items = derived(() => NAV_ITEMS.filter((item) => data.nav.includes(item.href)));
    $$renderer2.push(`<div class="shell svelte-1v2axqk"><header class="top svelte-1v2axqk"><a class="brand svelte-1v2axqk" href="/">${escape_html(app_name())}</a> <span class="org svelte-1v2axqk"><span class="org-name svelte-1v2axqk">${escape_html(data.organisation.name)}</span> <span class="pill" data-testid="role">${escape_html(roleLabel(data.organisation.role))}</span></span></header> <nav${attr("aria-label", nav_main())} class="svelte-1v2axqk"><ul class="svelte-1v2axqk"><!--[-->`);
    const each_array = ensure_array_like(items());
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let item = each_array[$$index];
      const current = page.url.pathname === item.href || page.url.pathname.startsWith(`${item.href}/`);
      $$renderer2.push(`<li class="svelte-1v2axqk"><a${attr("href", item.href)}${attr("aria-current", current ? "page" : void 0)} class="svelte-1v2axqk"><svg viewBox="0 0 24 24" aria-hidden="true" class="svelte-1v2axqk"><path${attr("d", item.icon)}></path></svg> <span>${escape_html(item.label())}</span></a></li>`);
    }
    $$renderer2.push(`<!--]--></ul></nav> <main id="main" class="svelte-1v2axqk">`);
    children($$renderer2);
    $$renderer2.push(`<!----></main></div>`);
  });
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-BJQlVDPc.js.map
