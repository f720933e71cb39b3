import { a4 as head, a5 as escape_html, a7 as ensure_array_like, a6 as attr, a8 as stringify, _ as derived } from '../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { F as Field } from '../../../../../chunks/Field.js-BWvlJ_cu.js';
import { F as FormError } from '../../../../../chunks/FormError.js-hJx8zaQ-.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { g as groups_none } from '../../../../../chunks/groups_none.js-D8KKXww5.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';

const fr_groups_create_submit = (
  /** @type {(inputs: Groups_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Créer le groupe`
    );
  }
);
const en_groups_create_submit = (
  /** @type {(inputs: Groups_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Create group`
    );
  }
);
const groups_create_submit = (
  /** @type {((inputs?: Groups_Create_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Create_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_create_submit();
    return fr_groups_create_submit();
  })
);
const fr_groups_delete_confirm = (
  /** @type {(inputs: Groups_Delete_ConfirmInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Ses ${i?.count} débiteur(s) le quitteront ; les relances de ce groupe continueront sans groupe.`
    );
  }
);
const en_groups_delete_confirm = (
  /** @type {(inputs: Groups_Delete_ConfirmInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Its ${i?.count} debtor(s) will leave it; this group's reminders will carry on without a group.`
    );
  }
);
const groups_delete_confirm = (
  /** @type {((inputs: Groups_Delete_ConfirmInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Delete_ConfirmInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_delete_confirm(inputs);
    return fr_groups_delete_confirm(inputs);
  })
);
const fr_groups_delete_named = (
  /** @type {(inputs: Groups_Delete_NamedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Supprimer le groupe ${i?.name}`
    );
  }
);
const en_groups_delete_named = (
  /** @type {(inputs: Groups_Delete_NamedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Delete the group ${i?.name}`
    );
  }
);
const groups_delete_named = (
  /** @type {((inputs: Groups_Delete_NamedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Delete_NamedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_delete_named(inputs);
    return fr_groups_delete_named(inputs);
  })
);
const fr_groups_delete_submit = (
  /** @type {(inputs: Groups_Delete_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Supprimer définitivement`
    );
  }
);
const en_groups_delete_submit = (
  /** @type {(inputs: Groups_Delete_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Delete for good`
    );
  }
);
const groups_delete_submit = (
  /** @type {((inputs?: Groups_Delete_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Delete_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_delete_submit();
    return fr_groups_delete_submit();
  })
);
const fr_groups_intro = (
  /** @type {(inputs: Groups_IntroInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Un débiteur peut appartenir à plusieurs groupes ; chaque groupe a son propre scénario.`
    );
  }
);
const en_groups_intro = (
  /** @type {(inputs: Groups_IntroInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `A debtor may belong to several groups; each group has its own scenario.`
    );
  }
);
const groups_intro = (
  /** @type {((inputs?: Groups_IntroInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_IntroInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_intro();
    return fr_groups_intro();
  })
);
const fr_groups_name = (
  /** @type {(inputs: Groups_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nom du groupe`
    );
  }
);
const en_groups_name = (
  /** @type {(inputs: Groups_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Group name`
    );
  }
);
const groups_name = (
  /** @type {((inputs?: Groups_NameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_NameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_name();
    return fr_groups_name();
  })
);
const fr_groups_name_of = (
  /** @type {(inputs: Groups_Name_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Nom (${i?.count} débiteur(s))`
    );
  }
);
const en_groups_name_of = (
  /** @type {(inputs: Groups_Name_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Name (${i?.count} debtor(s))`
    );
  }
);
const groups_name_of = (
  /** @type {((inputs: Groups_Name_OfInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Name_OfInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_name_of(inputs);
    return fr_groups_name_of(inputs);
  })
);
const fr_groups_new = (
  /** @type {(inputs: Groups_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nouveau groupe`
    );
  }
);
const en_groups_new = (
  /** @type {(inputs: Groups_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `New group`
    );
  }
);
const groups_new = (
  /** @type {((inputs?: Groups_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_new();
    return fr_groups_new();
  })
);
const fr_groups_rename = (
  /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Renommer`
    );
  }
);
const en_groups_rename = (
  /** @type {(inputs: Groups_RenameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rename`
    );
  }
);
const groups_rename = (
  /** @type {((inputs?: Groups_RenameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_RenameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_rename();
    return fr_groups_rename();
  })
);
const fr_groups_title = (
  /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groupes de relance`
    );
  }
);
const en_groups_title = (
  /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder groups`
    );
  }
);
const groups_title = (
  /** @type {((inputs?: Groups_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_title();
    return fr_groups_title();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const errors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    const values = derived(() => (form && "values" in form ? form.values : {}) ?? {});
    const renamed = derived(() => typeof values().groupId === "string" ? values().groupId : null);
    head("zpivqq", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(groups_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(groups_title())}</h1> <p class="muted">${escape_html(groups_intro())}</p> `);
    if (form && "done" in form) {
      $$renderer2.push(`<!--[0--><p class="notice ok" role="status">${escape_html(form.done)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <div class="card"><ul class="list">`);
    const each_array = ensure_array_like(data.groups);
    if (each_array.length !== 0) {
      $$renderer2.push("<!--[-->");
      for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
        let group = each_array[$$index];
        const mine = renamed() === group.id;
        $$renderer2.push(`<li class="group svelte-zpivqq"><form method="POST" action="?/rename" class="rename svelte-zpivqq"><input type="hidden" name="groupId"${attr("value", group.id)}/> `);
        Field($$renderer2, {
          id: `group-${stringify(group.id)}`,
          label: groups_name_of({ count: group.debtorCount }),
          name: "name",
          value: mine ? String(values().name ?? "") : group.name,
          error: mine ? errors().name : void 0,
          maxlength: 60,
          required: true
        });
        $$renderer2.push(`<!----> <button class="button secondary" type="submit">${escape_html(groups_rename())}</button></form> <details class="delete svelte-zpivqq"><summary class="svelte-zpivqq">${escape_html(groups_delete_named({ name: group.name }))}</summary> <p class="svelte-zpivqq">${escape_html(groups_delete_confirm({ count: group.debtorCount }))}</p> <form method="POST" action="?/delete"><input type="hidden" name="groupId"${attr("value", group.id)}/> <button class="button danger" type="submit">${escape_html(groups_delete_submit())}</button></form></details></li>`);
      }
    } else {
      $$renderer2.push(`<!--[!--><li class="empty">${escape_html(groups_none())}</li>`);
    }
    $$renderer2.push(`<!--]--></ul></div> <h2>${escape_html(groups_new())}</h2> <div class="card"><form method="POST" action="?/create">`);
    Field($$renderer2, {
      label: groups_name(),
      name: "name",
      value: renamed() ? "" : String(values().name ?? ""),
      error: renamed() ? void 0 : errors().name,
      maxlength: 60,
      required: true
    });
    $$renderer2.push(`<!----> <button class="button" type="submit">${escape_html(groups_create_submit())}</button></form></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Drb_UrHm.js.map
