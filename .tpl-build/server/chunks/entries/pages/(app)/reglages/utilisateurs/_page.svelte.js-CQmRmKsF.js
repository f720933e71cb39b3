import { a4 as head, a5 as escape_html, a7 as ensure_array_like, a6 as attr, a8 as stringify, _ as derived } from '../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { R as ROLES } from '../../../../../chunks/roles.js-4KpuCuL8.js';
import { r as roleLabel } from '../../../../../chunks/role-labels.js-IVMoSspU.js';
import { F as Field } from '../../../../../chunks/Field.js-BWvlJ_cu.js';
import { F as FormError } from '../../../../../chunks/FormError.js-hJx8zaQ-.js';
import { u as users_title } from '../../../../../chunks/users_title.js-BgxqaG6k.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';

const fr_users_add_submit = (
  /** @type {(inputs: Users_Add_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ajouter`
    );
  }
);
const en_users_add_submit = (
  /** @type {(inputs: Users_Add_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Add`
    );
  }
);
const users_add_submit = (
  /** @type {((inputs?: Users_Add_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Add_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_add_submit();
    return fr_users_add_submit();
  })
);
const fr_users_add_title = (
  /** @type {(inputs: Users_Add_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ajouter un utilisateur`
    );
  }
);
const en_users_add_title = (
  /** @type {(inputs: Users_Add_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Add a user`
    );
  }
);
const users_add_title = (
  /** @type {((inputs?: Users_Add_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Add_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_add_title();
    return fr_users_add_title();
  })
);
const fr_users_change_role = (
  /** @type {(inputs: Users_Change_RoleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Changer le rôle`
    );
  }
);
const en_users_change_role = (
  /** @type {(inputs: Users_Change_RoleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Change role`
    );
  }
);
const users_change_role = (
  /** @type {((inputs?: Users_Change_RoleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Change_RoleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_change_role();
    return fr_users_change_role();
  })
);
const fr_users_email = (
  /** @type {(inputs: Users_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `E-mail`
    );
  }
);
const en_users_email = (
  /** @type {(inputs: Users_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email`
    );
  }
);
const users_email = (
  /** @type {((inputs?: Users_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_email();
    return fr_users_email();
  })
);
const fr_users_name = (
  /** @type {(inputs: Users_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nom`
    );
  }
);
const en_users_name = (
  /** @type {(inputs: Users_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Name`
    );
  }
);
const users_name = (
  /** @type {((inputs?: Users_NameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_NameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_name();
    return fr_users_name();
  })
);
const fr_users_remove = (
  /** @type {(inputs: Users_RemoveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Retirer de l'organisation`
    );
  }
);
const en_users_remove = (
  /** @type {(inputs: Users_RemoveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Remove from the organisation`
    );
  }
);
const users_remove = (
  /** @type {((inputs?: Users_RemoveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_RemoveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_remove();
    return fr_users_remove();
  })
);
const fr_users_role = (
  /** @type {(inputs: Users_RoleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rôle`
    );
  }
);
const en_users_role = (
  /** @type {(inputs: Users_RoleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Role`
    );
  }
);
const users_role = (
  /** @type {((inputs?: Users_RoleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_RoleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_role();
    return fr_users_role();
  })
);
const fr_users_role_of = (
  /** @type {(inputs: Users_Role_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Rôle de ${i?.name}`
    );
  }
);
const en_users_role_of = (
  /** @type {(inputs: Users_Role_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Role of ${i?.name}`
    );
  }
);
const users_role_of = (
  /** @type {((inputs: Users_Role_OfInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Role_OfInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_role_of(inputs);
    return fr_users_role_of(inputs);
  })
);
const fr_users_you = (
  /** @type {(inputs: Users_YouInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `vous`
    );
  }
);
const en_users_you = (
  /** @type {(inputs: Users_YouInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `you`
    );
  }
);
const users_you = (
  /** @type {((inputs?: Users_YouInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_YouInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_you();
    return fr_users_you();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const errors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    const values = derived(() => (form && "values" in form ? form.values : {}) ?? {});
    head("lmucnd", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(users_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(users_title())}</h1> `);
    if (form && "done" in form) {
      $$renderer2.push(`<!--[0--><p class="notice ok" role="status">${escape_html(form.done)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <div class="card"><ul class="list"><!--[-->`);
    const each_array = ensure_array_like(data.members);
    for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
      let member = each_array[$$index_1];
      $$renderer2.push(`<li class="member svelte-lmucnd"><span><strong>${escape_html(member.name)}</strong>`);
      if (member.userId === data.me) {
        $$renderer2.push(`<!--[0-->(${escape_html(users_you())})`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--><br/> <span class="muted">${escape_html(member.email)}</span></span> <form method="POST" action="?/role" class="inline svelte-lmucnd"><input type="hidden" name="userId"${attr("value", member.userId)}/> <label class="visually-hidden"${attr("for", `role-${stringify(member.userId)}`)}>${escape_html(users_role_of({ name: member.name }))}</label> <select${attr("id", `role-${stringify(member.userId)}`)} name="role" class="svelte-lmucnd"><!--[-->`);
      const each_array_1 = ensure_array_like(ROLES);
      for (let $$index = 0, $$length2 = each_array_1.length; $$index < $$length2; $$index++) {
        let role = each_array_1[$$index];
        $$renderer2.option({ value: role, selected: role === member.role }, ($$renderer3) => {
          $$renderer3.push(`${escape_html(roleLabel(role))}`);
        });
      }
      $$renderer2.push(`<!--]--></select> <button class="button secondary" type="submit">${escape_html(users_change_role())}</button></form> `);
      if (member.userId !== data.me) {
        $$renderer2.push(`<!--[0--><form method="POST" action="?/remove"><input type="hidden" name="userId"${attr("value", member.userId)}/> <button class="button danger" type="submit">${escape_html(users_remove())}</button></form>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></li>`);
    }
    $$renderer2.push(`<!--]--></ul></div> <h2>${escape_html(users_add_title())}</h2> <div class="card"><form method="POST" action="?/add" novalidate="">`);
    Field($$renderer2, {
      label: users_name(),
      name: "name",
      value: String(values().name ?? ""),
      error: errors().name,
      maxlength: 120
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: users_email(),
      name: "email",
      type: "email",
      value: String(values().email ?? ""),
      error: errors().email
    });
    $$renderer2.push(`<!----> <div class="field"><label for="new-role">${escape_html(users_role())}</label> <select id="new-role" name="role"${attr("aria-invalid", errors().role ? "true" : void 0)}><!--[-->`);
    const each_array_2 = ensure_array_like(ROLES);
    for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
      let role = each_array_2[$$index_2];
      $$renderer2.option({ value: role, selected: role === (values().role ?? "manager") }, ($$renderer3) => {
        $$renderer3.push(`${escape_html(roleLabel(role))}`);
      });
    }
    $$renderer2.push(`<!--]--></select> `);
    if (errors().role) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().role)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <button class="button" type="submit">${escape_html(users_add_submit())}</button></form></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CQmRmKsF.js.map
