const ALL = ["admin", "manager", "approver", "agent"];
const SENDERS = ["admin", "manager", "agent"];
const APPROVERS = ["admin", "approver"];
const ADMINS = ["admin"];
const TEMPLATE_EDITORS = ["admin", "manager"];
const EDITORS = ["admin", "manager"];
const REMINDER_EDITORS = ["admin", "manager"];
const ROUTE_RULES = {
  "/": { view: "authenticated" },
  "/(auth)/login": { view: "public", actions: { default: "public" } },
  "/(auth)/logout": { view: "public", actions: { default: "public" } },
  "/langue": { view: "public", actions: { default: "public" } },
  "/(app)/aujourdhui": { view: SENDERS },
  "/(app)/a-valider": {
    view: APPROVERS,
    actions: { approve: APPROVERS, reject: APPROVERS, bulkApprove: APPROVERS, bulkReject: APPROVERS }
  },
  "/(app)/relances": { view: ALL },
  "/(app)/relances/nouvelle": { view: REMINDER_EDITORS, actions: { save: REMINDER_EDITORS, preview: REMINDER_EDITORS } },
  "/(app)/relances/[id]": {
    view: ALL,
    actions: { approve: APPROVERS, reject: APPROVERS, cancel: REMINDER_EDITORS, submit: REMINDER_EDITORS }
  },
  "/(app)/relances/[id]/modifier": { view: REMINDER_EDITORS, actions: { save: REMINDER_EDITORS, preview: REMINDER_EDITORS } },
  "/(app)/debiteurs": { view: ALL },
  "/(app)/debiteurs/nouveau": { view: EDITORS, actions: { default: EDITORS } },
  "/(app)/debiteurs/[id]": { view: ALL, actions: { useSuggestion: EDITORS, keepEmail: EDITORS } },
  "/(app)/debiteurs/[id]/modifier": { view: EDITORS, actions: { default: EDITORS } },
  "/(app)/debiteurs/[id]/contacts/nouveau": { view: EDITORS, actions: { default: EDITORS } },
  "/(app)/debiteurs/[id]/contacts/[contactId]": { view: EDITORS, actions: { save: EDITORS, delete: EDITORS } },
  "/(app)/debiteurs/[id]/factures/nouvelle": { view: EDITORS, actions: { default: EDITORS } },
  "/(app)/debiteurs/[id]/paiements/nouveau": { view: EDITORS, actions: { default: EDITORS } },
  "/(app)/plus": { view: ALL },
  "/(app)/modeles": { view: ALL },
  "/(app)/modeles/nouveau": { view: TEMPLATE_EDITORS, actions: { create: TEMPLATE_EDITORS, preview: TEMPLATE_EDITORS } },
  "/(app)/modeles/[id]": { view: ALL, actions: { update: TEMPLATE_EDITORS, delete: TEMPLATE_EDITORS, preview: ALL } },
  "/(app)/compte": { view: "authenticated", actions: { password: "authenticated" } },
  "/(app)/organisation": { view: "authenticated", actions: { switch: "authenticated" } },
  "/(app)/reglages/utilisateurs": {
    view: ADMINS,
    actions: { add: ADMINS, role: ADMINS, remove: ADMINS }
  },
  "/(app)/reglages/groupes": { view: ADMINS, actions: { create: ADMINS, rename: ADMINS, delete: ADMINS } }
};
function decide(routeId, method, actionName, role, loggedIn) {
  const rule = routeId ? ROUTE_RULES[routeId] : void 0;
  if (!rule) return "not_found";
  const access = method === "GET" || method === "HEAD" ? rule.view : rule.actions?.[actionName ?? "default"] ?? (actionName ? void 0 : rule.actions?.[method]);
  if (!access) return "forbidden";
  if (access === "public") return "allow";
  if (!loggedIn) return "login";
  if (access === "authenticated") return "allow";
  return role && access.includes(role) ? "allow" : "forbidden";
}
function canView(routeId, role) {
  return decide(routeId, "GET", null, role, true) === "allow";
}
function canAct(routeId, action, role) {
  return decide(routeId, "POST", action, role, true) === "allow";
}

export { canAct as a, canView as c, decide as d };
//# sourceMappingURL=permissions.js-B377RYEP.js.map
