import { r as readForm, f as formError } from './forms.js-Dc3ZRNEr.js';
import { b as bulkRejectSchema, a as bulkApproveSchema, d as decisionSchema, c as cancelSchema, r as rejectSchema } from './reminders2.js-DWGYLsjs.js';
import { and, eq, sql } from 'drizzle-orm';
import { a as reminders, u as users, o as organisations } from './reminders.js-1QsuNvTf.js';
import { s as statusLabel } from './reminder-labels.js-DAKPtdMd.js';
import { r as recordEvents } from './history.js-B574EGaj.js';
import { r as reminders_error_changed, c as canTransition, a as reminders_error_not_editable } from './lifecycle.js-vGcytFYN.js';
import { e as error_not_found } from './error_not_found.js-CUBvdG1a.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';
import { r as reminders_by } from './reminders_by.js-CQufNXe8.js';

const fr_reminders_approved = (
  /** @type {(inputs: Reminders_ApprovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relance validée.`
    );
  }
);
const en_reminders_approved = (
  /** @type {(inputs: Reminders_ApprovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder approved.`
    );
  }
);
const reminders_approved = (
  /** @type {((inputs?: Reminders_ApprovedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_ApprovedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_approved();
    return fr_reminders_approved();
  })
);
const fr_reminders_bulk_result = (
  /** @type {(inputs: Reminders_Bulk_ResultInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.done} relance(s) traitée(s), ${i?.failed} refusée(s).`
    );
  }
);
const en_reminders_bulk_result = (
  /** @type {(inputs: Reminders_Bulk_ResultInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.done} reminder(s) handled, ${i?.failed} refused.`
    );
  }
);
const reminders_bulk_result = (
  /** @type {((inputs: Reminders_Bulk_ResultInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Bulk_ResultInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_bulk_result(inputs);
    return fr_reminders_bulk_result(inputs);
  })
);
const fr_reminders_cancelled = (
  /** @type {(inputs: Reminders_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relance annulée.`
    );
  }
);
const en_reminders_cancelled = (
  /** @type {(inputs: Reminders_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder cancelled.`
    );
  }
);
const reminders_cancelled = (
  /** @type {((inputs?: Reminders_CancelledInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_CancelledInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_cancelled();
    return fr_reminders_cancelled();
  })
);
const fr_reminders_error_already_approved = (
  /** @type {(inputs: Reminders_Error_Already_ApprovedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Cette relance a déjà été validée${i?.by}.`
    );
  }
);
const en_reminders_error_already_approved = (
  /** @type {(inputs: Reminders_Error_Already_ApprovedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `This reminder was already approved${i?.by}.`
    );
  }
);
const reminders_error_already_approved = (
  /** @type {((inputs: Reminders_Error_Already_ApprovedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Already_ApprovedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_already_approved(inputs);
    return fr_reminders_error_already_approved(inputs);
  })
);
const fr_reminders_error_already_sent = (
  /** @type {(inputs: Reminders_Error_Already_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cette relance est déjà partie.`
    );
  }
);
const en_reminders_error_already_sent = (
  /** @type {(inputs: Reminders_Error_Already_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This reminder has already left.`
    );
  }
);
const reminders_error_already_sent = (
  /** @type {((inputs?: Reminders_Error_Already_SentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Already_SentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_already_sent();
    return fr_reminders_error_already_sent();
  })
);
const fr_reminders_error_cancelled = (
  /** @type {(inputs: Reminders_Error_CancelledInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Cette relance a été annulée ou rejetée${i?.reason}.`
    );
  }
);
const en_reminders_error_cancelled = (
  /** @type {(inputs: Reminders_Error_CancelledInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `This reminder was cancelled or rejected${i?.reason}.`
    );
  }
);
const reminders_error_cancelled = (
  /** @type {((inputs: Reminders_Error_CancelledInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_CancelledInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_cancelled(inputs);
    return fr_reminders_error_cancelled(inputs);
  })
);
const fr_reminders_error_deleted = (
  /** @type {(inputs: Reminders_Error_DeletedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Cette relance a été supprimée par son scénario${i?.reason}.`
    );
  }
);
const en_reminders_error_deleted = (
  /** @type {(inputs: Reminders_Error_DeletedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `This reminder was deleted by its scenario${i?.reason}.`
    );
  }
);
const reminders_error_deleted = (
  /** @type {((inputs: Reminders_Error_DeletedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_DeletedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_deleted(inputs);
    return fr_reminders_error_deleted(inputs);
  })
);
const fr_reminders_error_not_pending = (
  /** @type {(inputs: Reminders_Error_Not_PendingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Cette relance n'attend pas de validation (état : ${i?.status}).`
    );
  }
);
const en_reminders_error_not_pending = (
  /** @type {(inputs: Reminders_Error_Not_PendingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `This reminder is not awaiting approval (state: ${i?.status}).`
    );
  }
);
const reminders_error_not_pending = (
  /** @type {((inputs: Reminders_Error_Not_PendingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Not_PendingInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_not_pending(inputs);
    return fr_reminders_error_not_pending(inputs);
  })
);
const fr_reminders_error_self_approval = (
  /** @type {(inputs: Reminders_Error_Self_ApprovalInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Votre organisation demande qu'une autre personne valide les relances que vous avez créées ou modifiées.`
    );
  }
);
const en_reminders_error_self_approval = (
  /** @type {(inputs: Reminders_Error_Self_ApprovalInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Your organisation requires someone else to approve the reminders you created or changed.`
    );
  }
);
const reminders_error_self_approval = (
  /** @type {((inputs?: Reminders_Error_Self_ApprovalInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Self_ApprovalInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_self_approval();
    return fr_reminders_error_self_approval();
  })
);
const fr_reminders_rejected = (
  /** @type {(inputs: Reminders_RejectedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relance rejetée.`
    );
  }
);
const en_reminders_rejected = (
  /** @type {(inputs: Reminders_RejectedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder rejected.`
    );
  }
);
const reminders_rejected = (
  /** @type {((inputs?: Reminders_RejectedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_RejectedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_rejected();
    return fr_reminders_rejected();
  })
);
const fr_reminders_updated = (
  /** @type {(inputs: Reminders_UpdatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relance modifiée.`
    );
  }
);
const en_reminders_updated = (
  /** @type {(inputs: Reminders_UpdatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder updated.`
    );
  }
);
const reminders_updated = (
  /** @type {((inputs?: Reminders_UpdatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_UpdatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_updated();
    return fr_reminders_updated();
  })
);
async function decide(db, actor, target, check, approvalMatters, apply) {
  return db.transaction(async (tx) => {
    const [reminder] = await tx.select().from(reminders).where(and(eq(reminders.id, target.id), eq(reminders.organisationId, actor.organisationId))).for("update");
    if (!reminder) return { ok: false, status: 404, message: error_not_found() };
    const refusal = await stateRefusal(tx, reminder, target.version, approvalMatters) ?? await check(tx, reminder);
    if (refusal) return { ok: false, status: 409, message: refusal };
    const next = apply(reminder);
    await tx.update(reminders).set({ ...next.set, status: next.status, version: sql`${reminders.version} + 1`, updatedAt: sql`now()` }).where(eq(reminders.id, reminder.id));
    await recordEvents(tx, [
      {
        organisationId: actor.organisationId,
        reminderId: reminder.id,
        debtorId: reminder.debtorId,
        actorId: actor.userId,
        action: next.action,
        fromStatus: reminder.status,
        toStatus: next.status,
        reason: next.reason ?? ""
      }
    ]);
    return { ok: true };
  });
}
async function stateRefusal(tx, reminder, version, approvalMatters) {
  const reason = reminder.statusReason ? ` : ${reminder.statusReason}` : "";
  switch (reminder.status) {
    case "deleted":
      return reminders_error_deleted({ reason });
    case "sent":
    case "sending":
      return reminders_error_already_sent();
    case "cancelled":
      return reminders_error_cancelled({ reason });
  }
  if (approvalMatters && reminder.approvedBy && reminder.status === "scheduled") {
    const [approver] = await tx.select({ name: users.name }).from(users).where(eq(users.id, reminder.approvedBy));
    return reminders_error_already_approved({ by: approver ? ` ${reminders_by({ name: approver.name })}` : "" });
  }
  if (reminder.version !== version) return reminders_error_changed();
  return null;
}
function approveReminder(db, actor, target) {
  return decide(
    db,
    actor,
    target,
    async (tx, reminder) => {
      if (reminder.status !== "pending_validation")
        return reminders_error_not_pending({ status: statusLabel(reminder.status) });
      const [org] = await tx.select({ fourEyes: organisations.forbidSelfApproval }).from(organisations).where(eq(organisations.id, actor.organisationId));
      if (org?.fourEyes && (reminder.createdBy === actor.userId || reminder.updatedBy === actor.userId))
        return reminders_error_self_approval();
      return null;
    },
    true,
    () => ({ status: "scheduled", action: "approved", set: { approvedBy: actor.userId, approvedAt: /* @__PURE__ */ new Date() } })
  );
}
function rejectReminder(db, actor, target) {
  return decide(
    db,
    actor,
    target,
    async (_tx, reminder) => reminder.status === "pending_validation" ? null : reminders_error_not_pending({ status: statusLabel(reminder.status) }),
    true,
    () => ({ status: "cancelled", action: "rejected", reason: target.reason, set: { statusReason: target.reason } })
  );
}
function cancelReminder(db, actor, target) {
  return decide(
    db,
    actor,
    target,
    async (_tx, reminder) => canTransition(reminder.status, "cancelled") ? null : reminders_error_not_editable({ status: statusLabel(reminder.status) }),
    false,
    () => ({ status: "cancelled", action: "cancelled", reason: target.reason, set: { statusReason: target.reason } })
  );
}
function submitDraft(db, actor, target) {
  return decide(
    db,
    actor,
    target,
    async (_tx, reminder) => reminder.status === "draft" ? null : reminders_error_not_editable({ status: statusLabel(reminder.status) }),
    false,
    (reminder) => ({ status: reminder.requiresValidation ? "pending_validation" : "scheduled", action: "submitted" })
  );
}
async function decideMany(items, one) {
  const outcome = { done: 0, refused: [] };
  for (const item of items) {
    const result = await one(item);
    if (result.ok) outcome.done++;
    else outcome.refused.push({ id: item.id, message: result.message });
  }
  return outcome;
}
const actorOf = (event) => ({ userId: event.locals.user.id, organisationId: event.locals.organisation.id });
function answer(decision, done) {
  return decision.ok ? { done } : formError(decision.status, decision.message);
}
const decisionActions = {
  approve: async (event) => {
    const { data, failure } = await readForm(event.request, decisionSchema);
    if (failure) return failure;
    return answer(await approveReminder(event.locals.db, actorOf(event), data), reminders_approved());
  },
  reject: async (event) => {
    const { data, failure } = await readForm(event.request, rejectSchema);
    if (failure) return failure;
    return answer(await rejectReminder(event.locals.db, actorOf(event), data), reminders_rejected());
  },
  cancel: async (event) => {
    const { data, failure } = await readForm(event.request, cancelSchema);
    if (failure) return failure;
    return answer(await cancelReminder(event.locals.db, actorOf(event), data), reminders_cancelled());
  },
  submit: async (event) => {
    const { data, failure } = await readForm(event.request, decisionSchema);
    if (failure) return failure;
    return answer(await submitDraft(event.locals.db, actorOf(event), data), reminders_updated());
  },
  bulkApprove: async (event) => {
    const { data, failure } = await readForm(event.request, bulkApproveSchema);
    if (failure) return failure;
    const outcome = await decideMany(data.selected, (item) => approveReminder(event.locals.db, actorOf(event), item));
    return { done: reminders_bulk_result({ done: outcome.done, failed: outcome.refused.length }), refused: outcome.refused };
  },
  bulkReject: async (event) => {
    const { data, failure } = await readForm(event.request, bulkRejectSchema);
    if (failure) return failure;
    const outcome = await decideMany(
      data.selected,
      (item) => rejectReminder(event.locals.db, actorOf(event), { ...item, reason: data.reason })
    );
    return { done: reminders_bulk_result({ done: outcome.done, failed: outcome.refused.length }), refused: outcome.refused };
  }
};

export { decisionActions as d };
//# sourceMappingURL=decision-actions.js-C6HOD1Za.js.map
