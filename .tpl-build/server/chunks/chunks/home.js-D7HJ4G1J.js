function homeFor(role) {
  if (role === "approver") return "/a-valider";
  if (role === null) return "/compte";
  return "/aujourdhui";
}
function safeRedirectTarget(target, fallback) {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}

export { homeFor as h, safeRedirectTarget as s };
//# sourceMappingURL=home.js-D7HJ4G1J.js.map
