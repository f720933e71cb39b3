import { and, eq, sql } from 'drizzle-orm';
import { t as templates, g as groups } from './reminders.js-1QsuNvTf.js';
import { M as MERGE_FIELDS, c as checkMergeFields, l as loadMergeContext, r as renderContent, T as TemplateError } from './render.js-DuaqjfoX.js';
import { e as error_choice } from './zod-messages.js-Dlwf9NDY.js';
import { r as readForm, i as invalid } from './forms.js-Dc3ZRNEr.js';
import { t as templatePreviewSchema } from './templates.js-DXltUXkq.js';
import { a as listGroups, b as listPreviewDebtors } from './queries3.js-DSBB69Wt.js';
import { e as error_not_found } from './error_not_found.js-CUBvdG1a.js';

async function refusal(db, organisationId, input) {
  const errors = checkMergeFields(input);
  if (input.groupId) {
    const [group] = await db.select({ id: groups.id }).from(groups).where(and(eq(groups.id, input.groupId), eq(groups.organisationId, organisationId)));
    if (!group) errors.groupId = error_choice();
  }
  return Object.keys(errors).length ? errors : null;
}
async function createTemplate(db, organisationId, input) {
  const errors = await refusal(db, organisationId, input);
  if (errors) return { kind: "invalid", errors };
  const [row] = await db.insert(templates).values({ ...input, organisationId }).returning({ id: templates.id });
  return { kind: "saved", id: row.id };
}
async function updateTemplate(db, organisationId, id, input) {
  const errors = await refusal(db, organisationId, input);
  if (errors) return { kind: "invalid", errors };
  const [row] = await db.update(templates).set({ ...input, updatedAt: sql`now()` }).where(and(eq(templates.id, id), eq(templates.organisationId, organisationId))).returning({ id: templates.id });
  return row ? { kind: "saved", id: row.id } : { kind: "not_found" };
}
async function deleteTemplate(db, organisationId, id) {
  const deleted = await db.delete(templates).where(and(eq(templates.id, id), eq(templates.organisationId, organisationId))).returning({ id: templates.id });
  return deleted.length > 0;
}
async function previewTemplate(db, organisationId, content, debtorId, contactId) {
  const errors = checkMergeFields(content);
  if (Object.keys(errors).length) return { kind: "invalid", errors };
  const context = await loadMergeContext(db, organisationId, debtorId, contactId);
  if (!context) return { kind: "not_found" };
  try {
    const recipient = context.nom_complet === context.debiteur ? context.debiteur : `${context.nom_complet} (${context.debiteur})`;
    return { kind: "rendered", recipient, rendered: await renderContent(content, context) };
  } catch (error) {
    if (error instanceof TemplateError) return { kind: "invalid", errors: { [error.field]: error.message } };
    throw error;
  }
}
async function loadEditor(db, organisationId) {
  const [groups2, previewDebtors] = await Promise.all([listGroups(db, organisationId), listPreviewDebtors(db, organisationId)]);
  return {
    groups: groups2,
    previewDebtors,
    mergeFields: MERGE_FIELDS.map((field) => ({ name: field.name, description: field.description(), snippets: field.snippets }))
  };
}
async function previewAction({ request, locals }) {
  const { data, failure, values } = await readForm(request, templatePreviewSchema);
  if (failure) return failure;
  const { previewFor, ...content } = data;
  const outcome = await previewTemplate(locals.db, locals.organisation.id, content, previewFor.debtorId, previewFor.contactId);
  if (outcome.kind === "not_found") return invalid(404, { previewFor: error_not_found() }, values);
  if (outcome.kind === "invalid") return invalid(400, outcome.errors, values);
  const preview = { recipient: outcome.recipient, ...outcome.rendered };
  return { values, preview };
}

export { createTemplate as c, deleteTemplate as d, loadEditor as l, previewAction as p, updateTemplate as u };
//# sourceMappingURL=editor.js-CyJqQYgx.js.map
