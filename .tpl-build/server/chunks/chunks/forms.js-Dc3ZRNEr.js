import { Q as fail } from './utils.js-BmkJLse3.js';
import './zod-messages.js-Dlwf9NDY.js';

const SECRET$1 = /password/i;
function formValues(form) {
  const out = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v) => typeof v === "string");
    out[key] = all.length > 1 || key.endsWith("[]") ? all : all[0] ?? "";
  }
  return out;
}
function parseForm(schema, form) {
  const values = form instanceof FormData ? formValues(form) : form;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    errors[field] ??= issue.message;
  }
  const safeValues = {};
  for (const [k, v] of Object.entries(values)) if (!SECRET$1.test(k)) safeValues[k] = v;
  return { ok: false, errors, values: safeValues };
}
function invalid(status, errors, values = {}) {
  return fail(status, { errors, values });
}
function formError(status, message, values = {}) {
  return invalid(status, { _form: message }, values);
}
const SECRET = /password/i;
async function readForm(request, schema) {
  const all = formValues(await request.formData());
  const values = Object.fromEntries(Object.entries(all).filter(([k]) => !SECRET.test(k)));
  const parsed = parseForm(schema, all);
  return parsed.ok ? { data: parsed.data, failure: null, values } : { data: null, failure: invalid(400, parsed.errors, parsed.values), values };
}

export { formValues as a, formError as f, invalid as i, parseForm as p, readForm as r };
//# sourceMappingURL=forms.js-Dc3ZRNEr.js.map
