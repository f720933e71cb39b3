import './zod-messages.js-Dlwf9NDY.js';
import { z } from 'zod';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';
import { e as error_date } from './error_date.js-CxrjOK98.js';

const fr_invoices_amount_invalid = (
  /** @type {(inputs: Invoices_Amount_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Montant invalide. Exemple : 1 234,56`
    );
  }
);
const en_invoices_amount_invalid = (
  /** @type {(inputs: Invoices_Amount_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invalid amount. Example: 1234.56`
    );
  }
);
const invoices_amount_invalid = (
  /** @type {((inputs?: Invoices_Amount_InvalidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Amount_InvalidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_amount_invalid();
    return fr_invoices_amount_invalid();
  })
);
const fr_invoices_amount_positive = (
  /** @type {(inputs: Invoices_Amount_PositiveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Le montant doit être supérieur à zéro.`
    );
  }
);
const en_invoices_amount_positive = (
  /** @type {(inputs: Invoices_Amount_PositiveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The amount must be greater than zero.`
    );
  }
);
const invoices_amount_positive = (
  /** @type {((inputs?: Invoices_Amount_PositiveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Amount_PositiveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_amount_positive();
    return fr_invoices_amount_positive();
  })
);
const fr_invoices_amount_too_big = (
  /** @type {(inputs: Invoices_Amount_Too_BigInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Montant trop élevé : 10 000 000 € au maximum.`
    );
  }
);
const en_invoices_amount_too_big = (
  /** @type {(inputs: Invoices_Amount_Too_BigInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Amount too high: €10,000,000 at most.`
    );
  }
);
const invoices_amount_too_big = (
  /** @type {((inputs?: Invoices_Amount_Too_BigInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Amount_Too_BigInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_amount_too_big();
    return fr_invoices_amount_too_big();
  })
);
const fr_invoices_due_before_issue = (
  /** @type {(inputs: Invoices_Due_Before_IssueInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `L'échéance ne peut pas précéder la date d'émission.`
    );
  }
);
const en_invoices_due_before_issue = (
  /** @type {(inputs: Invoices_Due_Before_IssueInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The due date cannot be before the issue date.`
    );
  }
);
const invoices_due_before_issue = (
  /** @type {((inputs?: Invoices_Due_Before_IssueInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Due_Before_IssueInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_due_before_issue();
    return fr_invoices_due_before_issue();
  })
);
const MAX_AMOUNT_CENTS = 1e9;
function parseEuroCents(text) {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}
const amount = z.string().trim().min(1).max(30).transform((text, ctx) => {
  const cents = parseEuroCents(text);
  const message = cents === null ? invoices_amount_invalid() : cents <= 0 ? invoices_amount_positive() : cents > MAX_AMOUNT_CENTS ? invoices_amount_too_big() : null;
  if (message === null) return cents;
  ctx.addIssue({ code: "custom", message, continue: true });
  return 0;
});
const day = z.string().trim().min(1).pipe(z.iso.date({ error: () => error_date() }));
const isDay = (v) => day.safeParse(v).success;
const checkedIds = z.preprocess((v) => v === void 0 ? [] : [v].flat(), z.array(z.uuid()).max(100));
const debtorSchema = z.object({
  accountNumber: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(160),
  leaseReference: z.string().trim().max(300).default(""),
  groupIds: checkedIds
});
const invoiceSchema = z.object({
  number: z.string().trim().min(1).max(40),
  issueDate: day,
  dueDate: day,
  amount
}).refine((v) => !isDay(v.issueDate) || !isDay(v.dueDate) || v.dueDate >= v.issueDate, {
  path: ["dueDate"],
  error: () => invoices_due_before_issue()
}).transform(({ amount: amount2, ...rest }) => ({ ...rest, amountCents: amount2 }));
const paymentSchema = z.object({
  amount,
  paidOn: day,
  invoiceId: z.union([z.literal(""), z.uuid()]).optional().transform((v) => v || null),
  reference: z.string().trim().max(120).default("")
}).transform(({ amount: amount2, ...rest }) => ({ ...rest, amountCents: amount2 }));
const groupSchema = z.object({ name: z.string().trim().min(1).max(60) });
const groupRenameSchema = z.object({ groupId: z.uuid(), name: z.string().trim().min(1).max(60) });
const groupIdSchema = z.object({ groupId: z.uuid() });

export { groupRenameSchema as a, groupSchema as b, debtorSchema as d, groupIdSchema as g, invoiceSchema as i, paymentSchema as p };
//# sourceMappingURL=debtors.js-CoyJEW0s.js.map
